// `npm run test:vscode`: the same mocha suite (out/test/suite/index.js) in VS Code desktop through
// @vscode/test-electron, on a temporary copy of the fixture workspace. It downloads VS Code into
// .vscode-test/ unless FIC_VSCODE_EXECUTABLE names an installed one; where VS Code cannot be downloaded
// (no internet) it stops with a clear message: use `npm run test:e2e` (code-server) there.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suite = path.join(repo, 'out/test/suite/index.js');
if (!fs.existsSync(suite)) {
  console.error(`[test:vscode] ${suite} is missing: run \`npm run build\` first`);
  process.exit(1);
}

const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');

let vscodeExecutablePath = process.env.FIC_VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  try {
    // Fail fast when offline instead of waiting on the download's own retries.
    const probe = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(10_000) });
    if (!probe.ok) throw new Error(`HTTP ${probe.status}`);
    vscodeExecutablePath = await downloadAndUnzipVSCode(process.env.FIC_VSCODE_VERSION || 'stable');
  } catch (error) {
    console.error(
      `[test:vscode] cannot download VS Code (${error instanceof Error ? error.cause?.code ?? error.message : error}).\n` +
        '  This machine seems to be offline. Either set FIC_VSCODE_EXECUTABLE to an installed VS Code binary,\n' +
        '  or run the same suite in code-server with `npm run test:e2e` (what CI does).',
    );
    process.exit(1);
  }
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fic-electron-'));
const workspace = path.join(root, 'workspace');
fs.cpSync(path.join(repo, 'client/test/fixtures/workspace'), workspace, { recursive: true });
const report = path.join(root, 'mocha.txt');
try {
  const code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repo,
    extensionTestsPath: suite,
    extensionTestsEnv: { FIC_E2E_REPORT: report },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(root, 'user')],
  });
  if (fs.existsSync(report)) process.stdout.write(fs.readFileSync(report, 'utf8'));
  process.exitCode = code;
} catch (error) {
  if (fs.existsSync(report)) process.stdout.write(fs.readFileSync(report, 'utf8'));
  console.error(`[test:vscode] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
