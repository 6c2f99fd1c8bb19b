// `npm run test:e2e`: runs the extension's mocha suite (out/test/suite/index.js) inside a real VS Code,
// code-server driven by headless Chromium, on a temporary copy of the fixture workspace; exits with the
// suite's result. Then checks what the writer sees in the page (status bar, Problems panel) and saves a
// screenshot to test-results/screenshot.png (`npm run screenshot` writes the README's
// docs/images/screenshot.png); skip that with --no-screenshot.
// The suite finds this run's processes (for CPU time) under FIC_E2E_RUNNER_PID; with FIC_E2E_PROFILE=DIR,
// a suite line `fic-profile start NAME` … `fic-profile stop NAME` saves the page's CPU profile there
// (client/test/suite/lab.e2e.ts uses it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureTools, launchBrowser, makeSandbox, remote, repo, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { takeScreenshot } from './screenshot.mjs';

const SUITE_TIMEOUT_MS = Number(process.env.FIC_E2E_TIMEOUT_MS || 300_000);
const keep = process.argv.includes('--keep');

async function runSuite() {
  const suite = path.join(repo, 'out/test/suite/index.js');
  if (!fs.existsSync(suite)) throw new Error(`${suite} is missing: run \`npm run build\` first`);
  const sandbox = makeSandbox('suite');
  const report = path.join(sandbox.root, 'mocha.txt');
  const server = await startCodeServer(sandbox, { env: { FIC_E2E_REPORT: report, FIC_E2E_GREP: process.env.FIC_E2E_GREP ?? '', FIC_E2E_RUNNER_PID: String(process.pid) } });
  const browser = await launchBrowser();
  const started = Date.now();
  try {
    // Clipboard permissions: the suite's copy commands write and read the clipboard through the workbench.
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const logs = [];
    page.on('console', (m) => logs.push(`[page ${m.type()}] ${m.text()}`));
    const exit = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    const profiles = process.env.FIC_E2E_PROFILE; // a folder: the suite's `fic-profile start|stop NAME` lines profile the page
    let cdp;
    await page.exposeFunction('codeAutomationLog', async (level, args) => {
      // printf-style arguments from the workbench; mocha's reporter output arrives here too
      const text = Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args);
      logs.push(`[log ${level}] ${text}`);
      const m = profiles && /fic-profile (start|stop) (\S+)/.exec(text);
      if (!m) return;
      cdp ??= await page.context().newCDPSession(page);
      if (m[1] === 'start') {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
        await cdp.send('Profiler.start');
      } else {
        const { profile } = await cdp.send('Profiler.stop');
        fs.mkdirSync(profiles, { recursive: true });
        fs.writeFileSync(path.join(profiles, `${m[2]}.renderer.cpuprofile`), JSON.stringify(profile));
      }
    });
    const payload = [
      ['extensionDevelopmentPath', remote(server, repo)],
      ['extensionTestsPath', remote(server, path.join(repo, 'out/test/suite/index.js'))],
    ];
    await page.goto(workbenchUrl(server, sandbox.workspace, payload));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS).unref());
    const code = await Promise.race([exit, timeout]);
    const results = fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : '(the suite wrote no results)\n';
    process.stdout.write(results);
    if (code === 'timeout' || code !== 0 || process.env.FIC_E2E_VERBOSE) {
      console.log(logs.filter((l) => !/open-vsx|ENOTFOUND|Failed to load resource/.test(l)).slice(-80).join('\n'));
    }
    if (code === 'timeout') {
      console.error(`[e2e] the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s; code-server log: ${server.logFile}`);
      return 1;
    }
    console.log(`[e2e] suite exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s in code-server`);
    if (code === 0 && process.env.FIC_E2E_GREP && /done: 0 passing, 0 failing/.test(results)) {
      console.error(`[e2e] FIC_E2E_GREP='${process.env.FIC_E2E_GREP}' matches no test title in client/test/suite/fic.e2e.ts`);
      return 1;
    }
    return code;
  } finally {
    await browser.close();
    server.stop();
    if (!keep) sandbox.cleanup();
    else console.log(`[e2e] kept ${sandbox.root}`);
  }
}

try {
  ensureTools();
  let code = await runSuite();
  if (code === 0 && !process.argv.includes('--no-screenshot')) {
    try {
      await takeScreenshot({ keep, out: path.join(repo, 'test-results/screenshot.png') });
    } catch (error) {
      console.error(`[e2e] page check failed: ${error instanceof Error ? error.message : error}`);
      code = 1;
    }
  }
  process.exit(code);
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
}
