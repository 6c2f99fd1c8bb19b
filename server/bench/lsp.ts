/**
 * Over LSP, with the bundled server (out/server.js --stdio) as a child process, started as shipped:
 * `didOpen` → complete diagnostics (the canon loaded), then VS Code's traffic while a writer types 300 keys
 * (`traffic.ts`) at 500k and at 1M words, the server's peak memory under it, and the edits again for a
 * client that gets diagnostics pushed (`publishDiagnostics`, as Neovim does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startServer, until, type TestServer } from '../test/lsp/harness';
import { replayTyping, type TrafficResult } from './traffic';
import { typingScript } from './typing';
import { median, quantile } from './util';

export interface OpenResult {
  /** didOpen → the first pull's reply. */
  firstMs: number;
  firstCount: number;
  /** didOpen → the last full report (after every refresh the server asked for): complete diagnostics. */
  completeMs: number;
  completeCount: number;
  /** Pulls it took (1 when the first answer was already complete). */
  pulls: number;
  /**
   * didOpen → the last `semanticTokens/full` reply: VS Code asks for the tokens beside the first pull, and
   * again on each `workspace/semanticTokens/refresh` (the canon coming in); the last reply is the tokens
   * with the canon's names. Undefined when the request failed.
   */
  tokensMs?: number;
  /** `semanticTokens/full` requests it took. */
  tokenRequests: number;
}

export interface LspResult {
  initializeMs: number[];
  open500?: OpenResult;
  open1m?: OpenResult;
  traffic500?: TrafficResult;
  traffic1m?: TrafficResult;
  /** Peak RSS of the server that took the 1M-word traffic (as shipped). */
  peakRss1mMiB?: number;
  openToDiagnosticsMs?: number;
  diagnosticsOnOpen?: number;
  /** The last edit's publish: how many diagnostics, and their JSON size in bytes each. */
  diagnosticsPerEdit?: number;
  bytesPerDiagnostic?: number;
  /** Edit → pulled diagnostics report (VS Code's way), ms per edit. */
  editDiagnostics: number[];
  /** `editDiagnostics` split by the kind of report: `full`, and `unchanged`. */
  editFull: number[];
  editUnchanged: number[];
  /** Edit → pushed diagnostics for that version (clients without pull), ms per edit. */
  editDiagnosticsPush: number[];
  editWordCount: number[];
  wordCountAfterEdits?: number | string;
  /** Peak RSS with the 1M-word fic open, spawned bare (`node out/server.js --stdio`, no flags). */
  peakRssMiB?: number;
  /** The same, spawned as shipped: with `serverFlags`, as VS Code and `fic-language-server` start it. */
  peakRssClientFlagsMiB?: number;
  notes: string[];
}

/** The server's peak resident set (VmHWM) in MiB, from /proc; undefined off Linux. */
function peakRss(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const settings = { canon: { words: [], files: ['**/*.canon'] } };

/**
 * The Node flags the server is shipped with: the VS Code client starts it with them
 * (client/src/languageClient.ts `serverExecArgv`; not imported, since that module needs `vscode`), and so
 * does the `fic-language-server` command (its `#!` line, scripts/build.mjs, which also makes the server's
 * code cache under them: V8 keys a cache by the flags). Every measure runs with them; peak memory is also
 * measured bare. The harness spawns `node out/server.js --stdio` with our environment, so the flags
 * travel in NODE_OPTIONS.
 */
export const serverFlags = ['--max-semi-space-size=1', '--v8-pool-size=1'];

/** `workspace/semanticTokens/refresh` requests each bench server has sent. */
const tokenRefreshes = new WeakMap<TestServer, { n: number }>();

async function start(dir: string, flags: readonly string[] = serverFlags, pull = true): Promise<TestServer> {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = [saved ?? '', ...flags].join(' ').trim();
  try {
    // Token refreshes, as VS Code supports them: the server asks again for tokens once the canon is in.
    const server = await startServer({ settings, pull, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }], workspaceCapabilities: { semanticTokens: { refreshSupport: true } } });
    const counter = { n: 0 };
    tokenRefreshes.set(server, counter);
    server.connection.onRequest('workspace/semanticTokens/refresh', () => {
      counter.n++;
      return null;
    });
    return server;
  } finally {
    if (saved === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved;
  }
}

/** Offsets of `count` word starts spread over `text`, deterministic. */
function editOffsets(text: string, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    let o = Math.floor(((i * 7919) % count) * (text.length / count)) + 17;
    while (o < text.length && !/[a-z]/.test(text[o]!)) o++;
    out.push(Math.min(o, text.length));
  }
  return out;
}

async function wordCount(server: TestServer, uri: string): Promise<{ ms: number; story?: number; error?: string }> {
  const t = performance.now();
  try {
    const r = (await server.connection.sendRequest('fic/wordCount', { textDocument: { uri } })) as { story?: number };
    return { ms: performance.now() - t, story: r?.story };
  } catch (e) {
    return { ms: NaN, error: String((e as Error).message ?? e).slice(0, 80) };
  }
}

/**
 * Edits the open document `edits` times, each a one-character insertion, timing the replies: with `pull`,
 * each edit is followed by a diagnostics pull (last result id) and a totals request, as VS Code sends them;
 * otherwise by a totals request, timing the push of that version's diagnostics.
 */
async function typeInto(server: TestServer, uri: string, text: string, edits: number, pull: boolean, result?: LspResult): Promise<void> {
  // Positions from line starts kept up to date by hand (each edit adds one character to one line), not a
  // TextDocument copied per edit: a 6 MB string of garbage per edit would put the bench's own GC pauses
  // into the times it takes (an editor keeps its text in a piece tree, with no such copies).
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const positionAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lineStarts[mid]! > offset) hi = mid;
      else lo = mid + 1;
    }
    return { line: lo - 1, character: offset - lineStarts[lo - 1]! };
  };
  const offsets = editOffsets(text, edits);
  let wordCountBroken = false;
  let resultId: string | undefined;
  if (pull) resultId = (await server.pull(uri)).resultId;
  for (let i = 0; i < edits; i++) {
    const version = i + 2;
    // Offsets were chosen in the original text; the edits before this one each added a character.
    const offset = offsets[i]! + offsets.slice(0, i).filter((o) => o <= offsets[i]!).length;
    const pos = positionAt(offset);
    const change = { range: { start: pos, end: pos }, text: 'e' };
    for (let l = pos.line + 1; l < lineStarts.length; l++) lineStarts[l]!++;
    const t = performance.now();
    const pushed = pull ? undefined : server.nextDiagnostics(uri, (p) => p.version === version, 20_000);
    server.change(uri, version, [change]);
    const report = pull ? server.pull(uri, resultId) : undefined;
    const count = wordCountBroken ? undefined : wordCount(server, uri);
    const diagnostics = report ? await report.then((r) => (r.kind === 'full' ? r.items : undefined)) : (await pushed!).diagnostics;
    const ms = performance.now() - t;
    if (report) {
      result?.editDiagnostics.push(ms);
      const r = await report;
      resultId = r.resultId;
      (r.kind === 'full' ? result?.editFull : result?.editUnchanged)?.push(ms);
    } else result?.editDiagnosticsPush.push(ms);
    if (result && diagnostics && diagnostics.length > 0) {
      result.diagnosticsPerEdit = diagnostics.length;
      result.bytesPerDiagnostic = Buffer.byteLength(JSON.stringify(diagnostics)) / diagnostics.length;
    }
    const c = await count;
    if (c?.error) {
      wordCountBroken = true;
      result?.notes.push(`fic/wordCount: ${c.error}`);
    } else if (c && pull) result?.editWordCount.push(c.ms);
  }
}

/**
 * Asks for `uri`'s semantic tokens as VS Code does after an open (at once, then again on each
 * `workspace/semanticTokens/refresh`) until no refresh comes for 1.5 s; the time from `t` to the last reply.
 */
async function tokensAfterOpen(server: TestServer, uri: string, t: number, onReply?: () => void): Promise<{ tokensMs?: number; tokenRequests: number }> {
  const counter = tokenRefreshes.get(server) ?? { n: 0 };
  let seen = counter.n;
  let tokensMs: number | undefined;
  let tokenRequests = 0;
  for (;;) {
    tokenRequests++;
    const ok = await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }).then(
      () => true,
      () => false,
    );
    tokensMs = ok ? performance.now() - t : undefined;
    onReply?.();
    if (counter.n === seen && !(await until(() => counter.n > seen, 1500))) break;
    seen = counter.n;
    if (tokenRequests >= 20) break;
  }
  return { tokensMs, tokenRequests };
}

/**
 * Opens `text` and pulls diagnostics as VS Code does (at once, then again on each
 * `workspace/diagnostic/refresh`) until no refresh comes for 1.5 s; times the first and the last full report.
 * Beside the first pull it asks for the semantic tokens, as VS Code does (`tokensAfterOpen`).
 */
export async function openToComplete(
  server: TestServer,
  uri: string,
  text: string,
  onFirstReply?: () => void,
  onTokensReply?: () => void,
): Promise<OpenResult & { resultId?: string }> {
  const t = performance.now();
  let refreshes = server.refreshes;
  server.open(uri, text);
  const firstPull = server.pull(uri);
  const tokens = tokensAfterOpen(server, uri, t, onTokensReply);
  let report = await firstPull;
  const firstMs = performance.now() - t;
  onFirstReply?.();
  const firstCount = report.kind === 'full' ? report.items.length : 0;
  let completeMs = firstMs;
  let completeCount = firstCount;
  let pulls = 1;
  for (;;) {
    if (server.refreshes === refreshes && !(await until(() => server.refreshes > refreshes, 1500))) break;
    refreshes = server.refreshes;
    const sent = performance.now();
    report = await server.pull(uri, report.resultId);
    pulls++;
    if (report.kind === 'full') {
      completeMs = performance.now() - t;
      completeCount = report.items.length;
    }
    if (performance.now() - sent > 60_000) break;
  }
  return { firstMs, firstCount, completeMs, completeCount, pulls, ...(await tokens), resultId: report.resultId };
}

/** A fresh server as shipped: opens the fic, waits for complete diagnostics, replays the typing. */
async function typedSession(dir: string, file: string, text: string, names: readonly string[], keys: number, flags: readonly string[]) {
  const server = await start(dir, flags);
  const uri = pathToFileURL(`${dir}/${file}`).href;
  const open = await openToComplete(server, uri, text);
  const traffic = await replayTyping(server, uri, text, typingScript(keys, names), open.resultId);
  const peak = peakRss(server.process.pid);
  await server.stop();
  return { open, traffic, peak, initializeMs: server.initializeMs };
}

/** Runs the LSP measurements; `dir` holds `fic500k.fic`, `fic1m.fic` and `bench.canon`. `names` are typed in. */
export async function measureLsp(dir: string, text500: string, text1m: string, names: readonly string[], edits = 300, options: { skipMemory?: boolean; skipPush?: boolean } = {}): Promise<LspResult> {
  const result: LspResult = { initializeMs: [], editDiagnostics: [], editFull: [], editUnchanged: [], editDiagnosticsPush: [], editWordCount: [], notes: [] };
  const s500 = await typedSession(dir, 'fic500k.fic', text500, names, edits, serverFlags);
  result.initializeMs.push(s500.initializeMs);
  result.open500 = s500.open;
  result.traffic500 = s500.traffic;
  result.openToDiagnosticsMs = s500.open.completeMs;
  result.diagnosticsOnOpen = s500.open.completeCount;
  result.editDiagnostics = s500.traffic.requests['diagnostic pull'] ?? [];
  result.editWordCount = s500.traffic.requests['fic/wordCount'] ?? [];
  result.wordCountAfterEdits = s500.traffic.wordCountAfter;
  result.notes.push(...s500.traffic.errors);

  if (!options.skipPush) {
    // The same kind of edits for a client that gets diagnostics pushed.
    const uri = pathToFileURL(`${dir}/fic500k.fic`).href;
    const pushServer = await start(dir, serverFlags, false);
    try {
      const pushed = pushServer.nextDiagnostics(uri, () => true, 60_000);
      pushServer.open(uri, text500);
      await pushed;
      await settle(pushServer, uri);
      await typeInto(pushServer, uri, text500, edits, false, result);
    } finally {
      await pushServer.stop(); // also when a step failed: a live server would keep the bench from ending
    }
  }

  if (options.skipMemory) return result;
  // 1M words under the same traffic: latencies and the peak memory, as shipped and bare.
  const s1m = await typedSession(dir, 'fic1m.fic', text1m, names, edits, serverFlags);
  result.open1m = s1m.open;
  result.traffic1m = s1m.traffic;
  result.peakRssClientFlagsMiB = s1m.peak;
  result.notes.push(...s1m.traffic.errors.map((e) => `1M: ${e}`));
  result.peakRssMiB = (await typedSession(dir, 'fic1m.fic', text1m, names, edits, [])).peak;
  return result;
}

/**
 * CPU time the server spent between two moments, from /proc (Linux; undefined elsewhere): on its main
 * thread, and on all its threads (V8's compile and GC threads, libuv's pool); ms.
 */
export interface ServerCpu {
  mainMs: number;
  allMs: number;
}

function serverCpuNow(pid: number | undefined): ServerCpu | undefined {
  try {
    const onCpu = (task: string) => Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    let allMs = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        allMs += onCpu(task);
      } catch {
        // A thread that ended meanwhile.
      }
    }
    return { mainMs: onCpu(String(pid)), allMs };
  } catch {
    return undefined;
  }
}

/**
 * A fresh server as shipped: opens `file` and waits for complete diagnostics (`lspOnly.ts --open`), with the server's CPU from
 * the open to the first full reply: where its wall time goes (the main thread's own work, or waiting).
 * The open is sent right after `initialized`, as the bench does, so the server's start-up work after
 * `initialized` (the English lists, the canon files) is in it too. `tokensCpu`: the same from the open to
 * the last semantic-tokens reply (the tokens asked for beside the pull, and again on the canon's refresh).
 */
export async function openOnly(dir: string, file: string, text: string): Promise<OpenResult & { cpu?: ServerCpu; tokensCpu?: ServerCpu }> {
  const server = await start(dir);
  const pid = server.process.pid;
  const before = serverCpuNow(pid);
  const since = (): ServerCpu | undefined => {
    const after = serverCpuNow(pid);
    return before && after ? { mainMs: after.mainMs - before.mainMs, allMs: after.allMs - before.allMs } : undefined;
  };
  let cpu: ServerCpu | undefined;
  let tokensCpu: ServerCpu | undefined;
  const open = await openToComplete(
    server,
    pathToFileURL(`${dir}/${file}`).href,
    text,
    () => (cpu = since()),
    () => (tokensCpu = since()),
  );
  await server.stop();
  return { ...open, cpu, tokensCpu };
}

/** Peak memory with the 1M-word fic open under the typing traffic (`lspOnly.ts --mem`). */
export async function peakWithBigFic(dir: string, text1m: string, names: readonly string[], flags: readonly string[]): Promise<number | undefined> {
  return (await typedSession(dir, 'fic1m.fic', text1m, names, 300, flags)).peak;
}

/** Waits (at most 3 s) for a second publish, e.g. after the canon index loads, so edits start clean. */
async function settle(server: TestServer, uri: string): Promise<void> {
  await server.nextDiagnostics(uri, () => true, 3000).catch(() => undefined);
}

export function summarize(r: LspResult) {
  return {
    initialize: median(r.initializeMs),
    editP50: quantile(r.editDiagnostics, 0.5),
    editP95: quantile(r.editDiagnostics, 0.95),
    fullP50: quantile(r.editFull, 0.5),
    unchangedP50: quantile(r.editUnchanged, 0.5),
    pushP50: quantile(r.editDiagnosticsPush, 0.5),
    pushP95: quantile(r.editDiagnosticsPush, 0.95),
    countP50: quantile(r.editWordCount, 0.5),
    countP95: quantile(r.editWordCount, 0.95),
  };
}
