/**
 * VS Code's traffic while a writer types, replayed against the server: after each key a `didChange`, then
 * `textDocument/semanticTokens/full/delta` (with the last result id), the diagnostics pull (with the last
 * result id) and `fic/wordCount` (the status bar); when the writer pauses, after VS Code's debounce,
 * `documentSymbol` (outline, breadcrumbs), `foldingRange` and `codeAction` at the cursor (the light bulb).
 *
 * Keys go out at the typist's pace (`Keystroke.gapMs`), so the server has the idle time it has in an
 * editor. Each request is timed from the edit that preceded it to its reply; the whole keystroke from the
 * edit to the last of its replies. The delta replies are applied to a copy of the tokens, which is
 * compared with a full request at the end: a delta that drifts from the document shows as `tokensEqual: false`.
 */
import { readFileSync } from 'node:fs';
import type { TestServer } from '../test/lsp/harness';
import { debounceMs, TypedDocument, type Keystroke, type Position } from './typing';

export const keystrokeRequests = ['semanticTokens/full/delta', 'diagnostic pull', 'fic/wordCount'] as const;
export const pauseRequests = ['documentSymbol', 'foldingRange', 'codeAction'] as const;

export interface TrafficResult {
  keys: number;
  /** Edit → reply (ms) per request name (`keystrokeRequests`, `pauseRequests`). */
  requests: Record<string, number[]>;
  /** Edit sent → last reply of the keystroke's own requests. */
  keystroke: number[];
  /** Debounced requests sent → the last of their replies. */
  pauseBurst: number[];
  pauses: number;
  pullFull: number;
  pullUnchanged: number;
  /** Pulls the server asked for (`workspace/diagnostic/refresh`) while the writer paused, outside any keystroke. */
  refreshPulls: number;
  /** Mean JSON size of a delta reply, bytes. */
  deltaBytes: number;
  /**
   * The transport's floor: round trips (ms) of a request the server has no handler for (vscode-jsonrpc
   * answers `MethodNotFound` at once), 40 of them 20 ms apart before the typing. Every reply time above
   * includes one such trip: what the server's work adds is the difference.
   */
  floor: number[];
  /** The server's CPU time (user + system) over the typing, per key, ms; NaN off Linux. */
  serverCpuPerKeyMs: number;
  /** The tokens built from the deltas equal a full request at the end. */
  tokensEqual?: boolean;
  wordCountAfter?: number;
  /** Per key in order: its index in the script, its kind, and edit → reply (ms) of the delta and the pull. */
  perKey: { index: number; kind: string; delta?: number; pull?: number; whole: number }[];
  errors: string[];
}

interface Diagnostic {
  range: { start: Position; end: Position };
  code?: string | number;
  source?: string;
  message: string;
}

/** CPU time (user + system) process `pid` has used, ms, from /proc; NaN off Linux. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Applies a semantic-tokens delta's edits to `data` (edits refer to the old array: applied from the end). */
function applyDelta(data: number[], edits: { start: number; deleteCount: number; data?: number[] }[]): number[] {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  for (const e of sorted) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return data;
}

/** Lines at which the writer types: three places in the story, in turn. */
function typingSpots(document: TypedDocument): number[] {
  return [0.3, 0.6, 0.95].map((f) => Math.floor(document.lineCount * f));
}

/**
 * Replays `keys` into the open document `uri` (whose text is `text`, already opened and analysed).
 * `previousResultId` is the last diagnostics report's id.
 */
export async function replayTyping(server: TestServer, uri: string, text: string, keys: readonly Keystroke[], previousResultId?: string): Promise<TrafficResult> {
  const c = server.connection;
  const result: TrafficResult = { keys: 0, requests: {}, keystroke: [], pauseBurst: [], pauses: 0, pullFull: 0, pullUnchanged: 0, refreshPulls: 0, floor: [], serverCpuPerKeyMs: NaN, deltaBytes: 0, errors: [], perKey: [] };
  for (const name of [...keystrokeRequests, ...pauseRequests]) result.requests[name] = [];
  const broken = new Set<string>();
  const fail = (name: string) => (e: unknown) => {
    if (!broken.has(name)) result.errors.push(`${name}: ${String((e as Error)?.message ?? e).slice(0, 100)}`);
    broken.add(name);
    return undefined;
  };
  const textDocument = { uri };
  const document = new TypedDocument(text);
  let tokens: { resultId?: string; data: number[] } | undefined = await c
    .sendRequest('textDocument/semanticTokens/full', { textDocument })
    .then((r) => {
      const t = r as { resultId?: string; data: number[] };
      return { resultId: t.resultId, data: Array.from(t.data) };
    }, fail('semanticTokens/full'));
  let resultId = previousResultId;
  let diagnostics: Diagnostic[] = [];
  let deltaBytes = 0;
  let deltas = 0;
  let version = 1;
  const spots = typingSpots(document);
  const perSpot = Math.ceil(keys.length / spots.length);

  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    await c.sendRequest('fic/benchNoSuchMethod', {}).catch(() => undefined);
    result.floor.push(performance.now() - t);
    await sleep(20);
  }
  let refreshes = server.refreshes;
  const cpuBefore = cpuMs(server.process.pid);
  for (let i = 0; i < keys.length; i++) {
    if (server.refreshes > refreshes) {
      // The server asked for a pull again (the writer paused on a word; `typedWord.ts`): VS Code pulls at once.
      refreshes = server.refreshes;
      result.refreshPulls++;
      const report = (await c.sendRequest('textDocument/diagnostic', { textDocument, previousResultId: resultId }).catch(fail('refresh pull'))) as
        | { kind: 'full' | 'unchanged'; resultId?: string; items?: Diagnostic[] }
        | undefined;
      if (report) {
        resultId = report.resultId;
        if (report.kind === 'full') diagnostics = report.items ?? [];
      }
    }
    if (i % perSpot === 0) document.moveToLineEnd(spots[i / perSpot]!);
    const key = keys[i]!;
    const change = document.type(key);
    if (!change) continue;
    version++;
    const sent = performance.now();
    void c.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const timed = <T>(name: string, p: Promise<T>): Promise<T | undefined> =>
      broken.has(name)
        ? Promise.resolve(undefined)
        : p.then((r) => {
            result.requests[name]!.push(performance.now() - sent);
            return r;
          }, fail(name));
    const delta = tokens?.resultId
      ? timed('semanticTokens/full/delta', c.sendRequest('textDocument/semanticTokens/full/delta', { textDocument, previousResultId: tokens.resultId }))
      : Promise.resolve(undefined);
    const pull = timed('diagnostic pull', c.sendRequest('textDocument/diagnostic', { textDocument, previousResultId: resultId }));
    const count = timed('fic/wordCount', c.sendRequest('fic/wordCount', { textDocument }));
    const [d, p] = await Promise.all([delta, pull, count]);
    const whole = performance.now() - sent;
    result.keystroke.push(whole);
    const last = (name: string) => (broken.has(name) ? undefined : result.requests[name]!.at(-1));
    result.perKey.push({ index: i, kind: key.text === '\n' ? 'enter' : key.kind, delta: last('semanticTokens/full/delta'), pull: last('diagnostic pull'), whole });
    result.keys++;

    if (d && tokens) {
      const reply = d as { resultId?: string; data?: number[]; edits?: { start: number; deleteCount: number; data?: number[] }[] };
      deltaBytes += JSON.stringify(reply).length;
      deltas++;
      tokens = { resultId: reply.resultId, data: reply.edits ? applyDelta(tokens.data, reply.edits) : Array.from(reply.data ?? []) };
    }
    if (p) {
      const report = p as { kind: 'full' | 'unchanged'; resultId?: string; items?: Diagnostic[] };
      resultId = report.resultId;
      if (report.kind === 'full') {
        result.pullFull++;
        diagnostics = report.items ?? [];
      } else result.pullUnchanged++;
    }

    if (key.pause) {
      result.pauses++;
      await sleep(Math.max(0, debounceMs - (performance.now() - sent)));
      const burst = performance.now();
      const at = document.cursor;
      const here = diagnostics.filter((x) => x.range.start.line <= at.line && at.line <= x.range.end.line);
      const timedBurst = <T>(name: string, p: Promise<T>): Promise<unknown> =>
        broken.has(name)
          ? Promise.resolve(undefined)
          : p.then(() => {
              result.requests[name]!.push(performance.now() - burst);
            }, fail(name));
      await Promise.all([
        timedBurst('documentSymbol', c.sendRequest('textDocument/documentSymbol', { textDocument })),
        timedBurst('foldingRange', c.sendRequest('textDocument/foldingRange', { textDocument })),
        timedBurst('codeAction', c.sendRequest('textDocument/codeAction', { textDocument, range: { start: at, end: at }, context: { diagnostics: here, triggerKind: 2 } })),
      ]);
      result.pauseBurst.push(performance.now() - burst);
    }
    const next = keys[i + 1];
    if (next) await sleep(Math.max(0, next.gapMs - (performance.now() - sent)));
  }
  result.serverCpuPerKeyMs = (cpuMs(server.process.pid) - cpuBefore) / Math.max(1, result.keys);
  result.deltaBytes = deltas ? deltaBytes / deltas : NaN;
  if (tokens) {
    const full = (await c.sendRequest('textDocument/semanticTokens/full', { textDocument }).catch(fail('semanticTokens/full'))) as { data: number[] } | undefined;
    if (full) result.tokensEqual = full.data.length === tokens.data.length && Array.from(full.data).every((x, j) => x === tokens!.data[j]);
  }
  const counted = (await c.sendRequest('fic/wordCount', { textDocument }).catch(() => undefined)) as { story?: number } | undefined;
  result.wordCountAfter = counted?.story;
  return result;
}
