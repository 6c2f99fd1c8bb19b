/**
 * Over LSP, with the bundled server (out/server.js --stdio) as a child process: spawn → `initialize`,
 * `didOpen` → first diagnostics, one-character edits → diagnostics for that version and `fic/wordCount`,
 * and the server's peak memory with the 1M-word fic open.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type TestServer } from '../test/lsp/harness';
import { median, quantile } from './util';

export interface LspResult {
  initializeMs: number[];
  openToDiagnosticsMs?: number;
  diagnosticsOnOpen?: number;
  /** The last edit's publish: how many diagnostics, and their JSON size in bytes each. */
  diagnosticsPerEdit?: number;
  bytesPerDiagnostic?: number;
  editDiagnostics: number[];
  editWordCount: number[];
  wordCountAfterEdits?: number | string;
  /** Peak RSS with the 1M-word fic open, spawned bare (as `fic-language-server --stdio`). */
  peakRssMiB?: number;
  /** The same, spawned with the VS Code client's Node flags (`serverFlags`). */
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
 * The Node flags the VS Code client starts the server with (client/src/languageClient.ts `serverExecArgv`;
 * not imported, since that module needs `vscode`). Memory is measured both bare and with them; everything
 * else bare, as stdio editors run `fic-language-server --stdio` (any V8 heap flag also costs ~10 ms of
 * start-up: Node's built-in code cache is keyed by the flags). The harness spawns `node out/server.js
 * --stdio` with our environment, so the flags travel in NODE_OPTIONS.
 */
export const serverFlags = ['--max-semi-space-size=1'];

async function start(dir: string, flags: readonly string[] = []): Promise<TestServer> {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = [saved ?? '', ...flags].join(' ').trim();
  try {
    return await startServer({ settings, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }] });
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

/** Edits the open document `edits` times, each a one-character insertion, timing the replies. */
async function typeInto(server: TestServer, uri: string, text: string, edits: number, result?: LspResult): Promise<void> {
  let doc = TextDocument.create(uri, 'fic', 1, text);
  const offsets = editOffsets(text, edits);
  let wordCountBroken = false;
  for (let i = 0; i < edits; i++) {
    const version = i + 2;
    const pos = doc.positionAt(offsets[i]!);
    const change = { range: { start: pos, end: pos }, text: 'e' };
    doc = TextDocument.update(doc, [change], version);
    const t = performance.now();
    const diagnostics = server.nextDiagnostics(uri, (p) => p.version === version, 20_000);
    server.change(uri, version, [change]);
    const count = wordCountBroken ? undefined : wordCount(server, uri);
    const published = await diagnostics;
    result?.editDiagnostics.push(performance.now() - t);
    if (result && i === edits - 1 && published.diagnostics.length > 0) {
      result.diagnosticsPerEdit = published.diagnostics.length;
      result.bytesPerDiagnostic = Buffer.byteLength(JSON.stringify(published.diagnostics)) / published.diagnostics.length;
    }
    const c = await count;
    if (c?.error) {
      wordCountBroken = true;
      result?.notes.push(`fic/wordCount: ${c.error}`);
    } else if (c) result?.editWordCount.push(c.ms);
  }
}

/** Runs the LSP measurements; `dir` holds `fic500k.fic`, `fic1m.fic` and `bench.canon`. */
export async function measureLsp(dir: string, text500: string, text1m: string, edits = 300, options: { skipMemory?: boolean } = {}): Promise<LspResult> {
  const result: LspResult = { initializeMs: [], editDiagnostics: [], editWordCount: [], notes: [] };
  for (let i = 0; i < 2; i++) {
    const s = await start(dir);
    result.initializeMs.push(s.initializeMs);
    await s.stop();
  }

  const server = await start(dir);
  result.initializeMs.push(server.initializeMs);
  const uri = pathToFileURL(`${dir}/fic500k.fic`).href;
  const t = performance.now();
  const first = server.nextDiagnostics(uri, () => true, 60_000);
  server.open(uri, text500);
  const opened = await first;
  result.openToDiagnosticsMs = performance.now() - t;
  result.diagnosticsOnOpen = opened.diagnostics.length;
  await settle(server, uri);
  await typeInto(server, uri, text500, edits, result);
  const after = await wordCount(server, uri);
  result.wordCountAfterEdits = after.error ? 'n/a' : after.story;
  await server.stop();

  if (options.skipMemory) return result;
  // Peak memory with the 1M-word fic open, after typing into it and asking for every view of it.
  result.peakRssMiB = await peakWithBigFic(dir, text1m, []);
  result.peakRssClientFlagsMiB = await peakWithBigFic(dir, text1m, serverFlags);
  return result;
}

export async function peakWithBigFic(dir: string, text1m: string, flags: readonly string[]): Promise<number | undefined> {
  const big = await start(dir, flags);
  const bigUri = pathToFileURL(`${dir}/fic1m.fic`).href;
  const opening = big.nextDiagnostics(bigUri, () => true, 60_000);
  big.open(bigUri, text1m);
  await opening;
  await typeInto(big, bigUri, text1m, 20);
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
    countP50: quantile(r.editWordCount, 0.5),
    countP95: quantile(r.editWordCount, 0.95),
  };
}
