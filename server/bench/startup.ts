/**
 * Spawn → `initialize` reply, for our server as shipped and for a bare JSON-RPC server (`bareServer.ts`)
 * started the same way in the same run: `node FLAGS FILE --stdio`, the same `initialize` request written
 * at once, the clock stopped when the reply's bytes arrive. Runs alternate between the servers, so the
 * machine's load falls on each alike; the medians and their ratio are reported.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { median } from './util';
import { serverFlags } from './lsp';

const root = resolve(__dirname, '../..');

export interface StartupSubject {
  name: string;
  file: string;
  flags: readonly string[];
  /** Extra environment (the VS Code client sets `FIC_CODE_CACHE_DIR`). */
  env?: Record<string, string>;
  /** Stop with `shutdown` + `exit` (our server: lets it write its code cache) rather than a kill. */
  graceful?: boolean;
}

export interface StartupResult {
  name: string;
  /** The unmeasured first start (for our server: before any code cache). */
  first: number;
  samples: number[];
  median: number;
}

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** One cold start: ms from spawn to the `initialize` reply. */
export function timeInitialize(subject: StartupSubject, workspace: string): Promise<number> {
  const params = {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: {}, publishDiagnostics: { versionSupport: true } } },
  };
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...subject.flags, subject.file, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, ...subject.env } });
    let output = '';
    let answered = false;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${subject.name}: no initialize reply in 20 s`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!answered && /"id":\s*1[,}]/.test(output)) {
        answered = true;
        const ms = performance.now() - t0;
        clearTimeout(timer);
        if (subject.graceful) {
          child.stdin.write(frame({ id: 2, method: 'shutdown' }) + frame({ method: 'exit' }));
          child.once('exit', () => resolvePromise(ms));
          setTimeout(() => child.kill(), 5000).unref();
        } else {
          child.kill();
          child.once('exit', () => resolvePromise(ms));
        }
      }
    });
    child.on('error', reject);
    child.stdin.on('error', () => undefined); // killed before reading it all
    child.stdin.write(frame({ id: 1, method: 'initialize', params }));
  });
}

/** Bundles `bareServer.ts` into `dir` (as our server is bundled: one CommonJS file); returns its path. */
export function buildBareServer(dir: string): string {
  const file = join(dir, 'bare-server.js');
  buildSync({ entryPoints: [join(__dirname, 'bareServer.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node18', minify: true, outfile: file, logLevel: 'warning' });
  return file;
}

/**
 * Builds the server as the .vsix ships it (`scripts/build.mjs --production`) into `dir`; returns the path of
 * its out/server.js. The development build's out/server.js (loader + V8 code cache) is what
 * `fic-language-server` runs from a clone.
 */
export async function buildShippedServer(dir: string): Promise<string> {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production', `--out=${dir}`], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`production build failed: ${r.stderr}`);
  return join(dir, 'server.js');
}

/**
 * `runs` alternating cold starts of every subject, after one unmeasured start each (it warms the disk
 * cache and, for our server, writes the code cache that every later start uses: `first` keeps its time).
 */
export async function measureStartup(subjects: readonly StartupSubject[], workspace: string, runs = 11): Promise<StartupResult[]> {
  const samples = subjects.map(() => [] as number[]);
  const first: number[] = [];
  for (const s of subjects) first.push(await timeInitialize({ ...s, graceful: s.graceful }, workspace));
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < subjects.length; k++) samples[k]!.push(await timeInitialize(subjects[k]!, workspace));
  }
  return subjects.map((s, k) => ({ name: s.name, samples: samples[k]!, median: median(samples[k]!), first: first[k]! }));
}

/** For `node --import tsx server/bench/startup.ts`: the pair alone, quickly. */
if (require.main === module) {
  void (async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'fic-startup-'));
    writeFileSync(join(dir, 'empty.canon'), '');
    const flags = serverFlags;
    const subjects = [
      { name: 'bare', file: buildBareServer(dir), flags },
      { name: 'vsix', file: await buildShippedServer(join(dir, 'vsix')), flags, env: { FIC_CODE_CACHE_DIR: join(dir, 'storage') }, graceful: true },
      { name: 'vsix-nocache', file: join(dir, 'vsix', 'server.js'), flags, env: { FIC_CODE_CACHE_DIR: '' } },
      { name: 'dev', file: join(root, 'out/server.js'), flags, graceful: true },
    ];
    const runs = Number(process.argv[2] ?? 11);
    for (const r of await measureStartup(subjects, dir, runs)) console.log(`${r.name.padEnd(12)} first ${r.first.toFixed(0)} median ${r.median.toFixed(1)} ms  [${r.samples.map((x) => x.toFixed(0)).join(' ')}]`);
  })();
}
