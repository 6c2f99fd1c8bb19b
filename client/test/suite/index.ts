/**
 * The end-to-end suite's entry (`extensionTestsPath`): both runners (code-server + Chromium, and
 * @vscode/test-electron) load out/test/suite/index.js in VS Code's extension host and call `run()`.
 * The suite is one bundle, so test files are required after mocha has set up its globals.
 */
import Mocha from 'mocha';
import * as fs from 'node:fs';
import { notes } from './util';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  // A grep from the runner (FIC_E2E_GREP) runs a subset while debugging.
  if (process.env.FIC_E2E_GREP) mocha.grep(process.env.FIC_E2E_GREP);
  mocha.suite.emit('pre-require', globalThis, 'fic-e2e', mocha);
  require('./fic.e2e');
  require('./ao3.e2e');
  require('./works.e2e');
  // The typing lab (lab.e2e.ts) is an experiment, loaded only when asked for by name.
  if (process.env.FIC_E2E_GREP?.startsWith('lab')) require('./lab.e2e');

  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    const runner = mocha.run((failures) => {
      lines.push(...notes.map((n) => `note ${n}`), `done: ${runner.stats?.passes ?? 0} passing, ${failures} failing`);
      // The extension host's stdout is not the runner's: leave the results where the runner reads them.
      if (process.env.FIC_E2E_REPORT) fs.writeFileSync(process.env.FIC_E2E_REPORT, lines.join('\n') + '\n');
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => lines.push(`ok   ${t.fullTitle()}`));
    runner.on('fail', (t, err) => lines.push(`FAIL ${t.fullTitle()}\n     ${String((err as Error)?.stack ?? err).split('\n').slice(0, 6).join('\n     ')}`));
    runner.on('pending', (t) => lines.push(`skip ${t.fullTitle()}`));
  });
}
