/** The `fic` command's entry point (bundled to out/cli.js; package.json `bin`). */
import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
});
