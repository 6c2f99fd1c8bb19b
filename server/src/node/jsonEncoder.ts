/**
 * The JSON encoder of the stdio transport (a `vscode-jsonrpc` content-type encoder). It writes what the
 * stock one writes, byte-equivalent JSON, with one shortcut: a `textDocument/publishDiagnostics` message
 * is assembled from each diagnostic's UTF-8 JSON, cached per diagnostic object. The diagnostics feature
 * hands the same object for a diagnostic that did not change between versions (`DiagnosticConverter`),
 * so a keystroke in a fic with ~1,200 diagnostics serializes a handful of them, not 300 KB of JSON.
 */
import type { Message } from 'vscode-jsonrpc';

export interface JsonEncoder {
  readonly name: string;
  encode(msg: Message, options: { charset: string }): Promise<Uint8Array>;
}

/** Below this many diagnostics the plain `JSON.stringify` is as quick. */
const minCached = 32;
const comma = Buffer.from(',');
const tail = Buffer.from(']}}');

/** The encoder, with its own cache of serialized diagnostics (weak: it never keeps a diagnostic alive). */
export function createJsonEncoder(): JsonEncoder {
  const bytes = new WeakMap<object, Buffer>();
  const encodeDiagnostic = (d: object): Buffer => {
    let b = bytes.get(d);
    if (!b) bytes.set(d, (b = Buffer.from(JSON.stringify(d), 'utf8')));
    return b;
  };
  return {
    name: 'application/json',
    encode(msg, options) {
      try {
        return Promise.resolve(encodeMessage(msg, options.charset as BufferEncoding, encodeDiagnostic));
      } catch (e) {
        return Promise.reject(e);
      }
    },
  };
}

/** `msg` as JSON bytes; a large diagnostics notification from cached pieces. */
export function encodeMessage(msg: Message, charset: BufferEncoding, encodeDiagnostic: (d: object) => Buffer): Buffer {
  const m = msg as { method?: unknown; params?: { uri?: unknown; version?: unknown; diagnostics?: unknown } };
  const params = m.params;
  if (charset !== 'utf-8' && charset !== 'utf8') return Buffer.from(JSON.stringify(msg), charset);
  if (m.method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics) || params.diagnostics.length < minCached) {
    return Buffer.from(JSON.stringify(msg), 'utf8');
  }
  const list = params.diagnostics as object[];
  // Everything but the diagnostics through JSON.stringify, so other fields and escaping stay exact.
  const rest: Record<string, unknown> = { ...params };
  delete rest.diagnostics;
  const restJson = JSON.stringify(rest);
  const head = `${JSON.stringify({ ...(msg as object), params: undefined }).slice(0, -1)},"params":${restJson === '{}' ? '{' : `${restJson.slice(0, -1)},`}"diagnostics":[`;
  const pieces: Buffer[] = new Array<Buffer>(list.length * 2 + 1);
  pieces[0] = Buffer.from(head, 'utf8');
  let n = 1;
  for (let i = 0; i < list.length; i++) {
    if (i > 0) pieces[n++] = comma;
    pieces[n++] = encodeDiagnostic(list[i]!);
  }
  pieces[n++] = tail;
  pieces.length = n;
  return Buffer.concat(pieces);
}
