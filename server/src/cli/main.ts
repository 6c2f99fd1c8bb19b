/** The `fic` command's entry point (bundled to out/cli.js; package.json `bin`). */
import { runCli } from './run';
import { processOutput } from './output';
import { quickRunTiering } from './tiering';

// Written straight to file descriptors 1 and 2 (`output.ts`); the process exits as soon as all is handed
// over instead of idling through the event loop, where V8 finishes a garbage collection nobody needs
// (~5–10 ms of every `fic check`).
const output = processOutput();
const argv = process.argv.slice(2);
const restoreTiering = quickRunTiering(argv);
let code: number;
try {
  code = runCli(argv, output);
} finally {
  restoreTiering();
}
output.exit(code);
