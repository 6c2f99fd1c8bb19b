/**
 * The JSON of the messages the server writes (over stdio, see messageWriter.ts): byte-equivalent to
 * `JSON.stringify`, with two shortcuts for the large replies of a long fic, both in one walk of the
 * message's payload (`params` or `result`), field by field:
 * - a diagnostics list (`publishDiagnostics`' `diagnostics`, a full pull report's `items`) is assembled
 *   from each diagnostic's UTF-8 JSON, cached per diagnostic object. The diagnostics feature hands the same
 *   object for a diagnostic that did not change between versions (`DiagnosticConverter`), so a keystroke
 *   in a fic with ~1,200 diagnostics serializes a handful of them, not 300 KB of JSON;
 * - a `JsonNumbers` field (the semantic tokens of a full request) is written from its typed array as the
 *   chunks are made, never as a JS array or a string (~20 MB of garbage at 1M words).
 * Everything else goes through `JSON.stringify`, so other fields and escaping stay exact.
 */
import type { Message } from 'vscode-jsonrpc';
import { JsonNumbers } from '../lsp/jsonNumbers';

/** A message's JSON in pieces, written out in chunks of bounded size. */
export interface EncodedMessage {
  /** Bytes of JSON in all. */
  readonly byteLength: number;
  /** The JSON after `prefix` (e.g. the header), in chunks of at most `size` bytes (one when it all fits). */
  chunks(prefix?: Uint8Array, size?: number): Generator<Uint8Array>;
}

type Piece = Uint8Array | JsonNumbers;

/** Below this many diagnostics the plain `JSON.stringify` is as quick. */
const minCached = 32;
/**
 * Bytes written at a time: small beside the peak, and measured cheaper than larger writes to a pipe (a
 * ~260 KB first pull reply at 500k words took ~25 ms more CPU in 256 KB writes than in 64 KB ones).
 */
export const chunkSize = 64 << 10;
const comma = Buffer.from(',');

/** A per-object cache of serialized diagnostics (weak: it never keeps a diagnostic alive). */
export function diagnosticCache(): (d: object) => Buffer {
  const bytes = new WeakMap<object, Buffer>();
  return (d) => {
    let b = bytes.get(d);
    if (!b) bytes.set(d, (b = Buffer.from(JSON.stringify(d), 'utf8')));
    return b;
  };
}

/** `msg` as UTF-8 JSON in pieces (see the module comment). */
export function encodeChunked(msg: Message, encodeDiagnostic: (d: object) => Buffer): EncodedMessage {
  return fromPieces(pieces(msg, encodeDiagnostic));
}

/** The field of `payload` that holds a diagnostics list worth taking from the cache, if any. */
function diagnosticList(msg: { method?: unknown }, outer: string, payload: Record<string, unknown>): string | undefined {
  const field = outer === 'params' && msg.method === 'textDocument/publishDiagnostics' ? 'diagnostics' : outer === 'result' && msg.method === undefined && payload.kind === 'full' ? 'items' : undefined;
  const list = field && payload[field];
  return Array.isArray(list) && list.length >= minCached ? field : undefined;
}

function pieces(msg: Message, encodeDiagnostic: (d: object) => Buffer): Piece[] {
  const m = msg as unknown as Record<string, unknown>;
  const outer = 'result' in m ? 'result' : 'params' in m ? 'params' : undefined;
  const payload = outer && m[outer];
  if (!outer || !payload || typeof payload !== 'object' || Array.isArray(payload) || typeof (payload as { toJSON?: unknown }).toJSON === 'function') return [Buffer.from(JSON.stringify(msg), 'utf8')];
  const fields = payload as Record<string, unknown>;
  const list = diagnosticList(m, outer, fields);
  if (list === undefined && !Object.keys(fields).some((k) => fields[k] instanceof JsonNumbers)) return [Buffer.from(JSON.stringify(msg), 'utf8')];

  const out: Piece[] = [];
  let text = '{';
  const flush = () => {
    out.push(Buffer.from(text, 'utf8'));
    text = '';
  };
  /** Appends `"key":json` (and the comma before it) to `text`; false when JSON.stringify would leave it out. */
  const field = (key: string, json: string | undefined, first: boolean) => {
    if (json === undefined) return false;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${json}`;
    return true;
  };
  let firstOuter = true;
  for (const key of Object.keys(m)) {
    if (key !== outer) {
      if (field(key, JSON.stringify(m[key]), firstOuter)) firstOuter = false;
      continue;
    }
    field(key, '{', firstOuter);
    firstOuter = false;
    let first = true;
    for (const k of Object.keys(fields)) {
      const value = fields[k];
      if (value instanceof JsonNumbers) {
        field(k, '', first);
        flush();
        out.push(value);
      } else if (k === list) {
        field(k, '[', first);
        flush();
        const items = value as unknown[];
        for (let i = 0; i < items.length; i++) {
          if (i > 0) out.push(comma);
          const d = items[i];
          out.push(d !== null && typeof d === 'object' ? encodeDiagnostic(d) : Buffer.from(JSON.stringify(d) ?? 'null', 'utf8'));
        }
        text = ']';
      } else if (!field(k, JSON.stringify(value), first)) continue;
      first = false;
    }
    text += '}';
  }
  text += '}';
  flush();
  return out;
}

function fromPieces(list: readonly Piece[]): EncodedMessage {
  let byteLength = 0;
  for (const p of list) byteLength += p instanceof JsonNumbers ? numbersLength(p.values) : p.byteLength;
  return {
    byteLength,
    // One loop over the pieces, copying each into the chunk (a first pull reply at 500k words is ~2,300
    // pieces: a generator per piece, as before, cost ~1.5 ms of its still cold code).
    *chunks(prefix, size = chunkSize) {
      size = Math.max(size, 16); // room for the widest number and its comma
      let left = byteLength + (prefix?.byteLength ?? 0);
      let chunk = Buffer.allocUnsafe(Math.min(size, left));
      let n = 0;
      /** The chunk so far goes out; the next one is made for what is left. */
      const next = () => {
        left -= n;
        const full = chunk.subarray(0, n);
        chunk = Buffer.allocUnsafe(Math.min(size, left));
        n = 0;
        return full;
      };
      for (let i = prefix ? -1 : 0; i < list.length; i++) {
        const p = i < 0 ? prefix! : list[i]!;
        if (!(p instanceof JsonNumbers)) {
          for (let at = 0; at < p.byteLength; ) {
            const k = Math.min(p.byteLength - at, chunk.byteLength - n);
            chunk.set(at === 0 && k === p.byteLength ? p : p.subarray(at, at + k), n);
            n += k;
            at += k;
            if (n === chunk.byteLength) yield next();
          }
          continue;
        }
        // `[1,22,333]`, written a number at a time; a number (with its comma or bracket) never splits.
        const values = p.values;
        if (chunk.byteLength - n < 1) yield next();
        chunk[n++] = 0x5b; // [
        for (let v = 0; v < values.length; v++) {
          const value = values[v]!;
          const width = digits(value) + 1;
          if (chunk.byteLength - n < width) yield next();
          if (v > 0) chunk[n++] = 0x2c; // ,
          n = writeDigits(chunk, n, value, width - 1);
        }
        if (chunk.byteLength - n < 1) yield next();
        chunk[n++] = 0x5d; // ]
        if (n === chunk.byteLength) yield next();
      }
      if (n > 0) yield next();
    },
  };
}

/** Decimal digits of an unsigned 32-bit integer. */
function digits(v: number): number {
  if (v < 10) return 1;
  if (v < 100) return 2;
  if (v < 1000) return 3;
  if (v < 10000) return 4;
  if (v < 100000) return 5;
  if (v < 1000000) return 6;
  if (v < 10000000) return 7;
  if (v < 100000000) return 8;
  return v < 1000000000 ? 9 : 10;
}

function writeDigits(out: Buffer, at: number, v: number, width: number): number {
  for (let i = at + width - 1; i >= at; i--) {
    out[i] = 0x30 + (v % 10);
    v = Math.floor(v / 10);
  }
  return at + width;
}

/** The bytes of `values` as a JSON array. */
function numbersLength(values: Uint32Array): number {
  let n = 2 + Math.max(0, values.length - 1);
  for (let i = 0; i < values.length; i++) n += digits(values[i]!);
  return n;
}
