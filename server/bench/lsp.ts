/**
 * Over LSP, with the bundled server (out/server.js --stdio) as a child process: spawn → `initialize`,
 * `didOpen` → first diagnostics, one-character edits → diagnostics for that version and `fic/wordCount`,
 * and the server's peak memory with the 1M-word fic open.
 *
 * Edits are measured twice, as the two kinds of client get diagnostics: pulled (VS Code: after each
 * change it sends `textDocument/diagnostic` with the last result id, and the status bar asks for the
 * totals) and pushed (`publishDiagnostics` for the new version, for clients without pull).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startServer, until, type TestServer } from '../test/lsp/harness';
import { median, quantile } from './util';

export interface LspResult {
  initializeMs: number[];
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
export const serverFlags = ['--max-semi-space-size=1'];

async function start(dir: string, flags: readonly string[] = serverFlags, pull = true): Promise<TestServer> {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = [saved ?? '', ...flags].join(' ').trim();
  try {
    return await startServer({ settings, pull, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }] });
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

/** Runs the LSP measurements; `dir` holds `fic500k.fic`, `fic1m.fic` and `bench.canon`. */
export async function measureLsp(dir: string, text500: string, text1m: string, edits = 300, options: { skipMemory?: boolean } = {}): Promise<LspResult> {
  const result: LspResult = { initializeMs: [], editDiagnostics: [], editFull: [], editUnchanged: [], editDiagnosticsPush: [], editWordCount: [], notes: [] };
  for (let i = 0; i < 2; i++) {
    const s = await start(dir);
    result.initializeMs.push(s.initializeMs);
    await s.stop();
  }

  const server = await start(dir);
  result.initializeMs.push(server.initializeMs);
  const uri = pathToFileURL(`${dir}/fic500k.fic`).href;
  const t = performance.now();
  server.open(uri, text500);
  const opened = await server.pull(uri);
  result.openToDiagnosticsMs = performance.now() - t;
  result.diagnosticsOnOpen = opened.kind === 'full' ? opened.items.length : undefined;
  await until(() => server.refreshes > 0, 3000); // the canon index is in: edits start from the full check
  await typeInto(server, uri, text500, edits, true, result);
  const after = await wordCount(server, uri);
  result.wordCountAfterEdits = after.error ? 'n/a' : after.story;
  await server.stop();

  // The same edits for a client that gets diagnostics pushed.
  const pushServer = await start(dir, serverFlags, false);
  const pushed = pushServer.nextDiagnostics(uri, () => true, 60_000);
  pushServer.open(uri, text500);
  await pushed;
  await settle(pushServer, uri);
  await typeInto(pushServer, uri, text500, edits, false, result);
  await pushServer.stop();

  if (options.skipMemory) return result;
  // Peak memory with the 1M-word fic open, after typing into it and asking for every view of it.
  result.peakRssMiB = await peakWithBigFic(dir, text1m, []);
  result.peakRssClientFlagsMiB = await peakWithBigFic(dir, text1m, serverFlags);
  return result;
}

export async function peakWithBigFic(dir: string, text1m: string, flags: readonly string[]): Promise<number | undefined> {
  const big = await start(dir, flags);
  const bigUri = pathToFileURL(`${dir}/fic1m.fic`).href;
  big.open(bigUri, text1m);
  await big.pull(bigUri);
  await typeInto(big, bigUri, text1m, 20, true);
  for (const method of ['textDocument/semanticTokens/full', 'textDocument/foldingRange', 'textDocument/documentSymbol']) {
    await big.connection.sendRequest(method, { textDocument: { uri: bigUri } }).catch(() => undefined);
  }
  const peak = peakRss(big.process.pid);
  await big.stop();
  return peak;
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
