/**
 * The JSON encoder of the stdio transport (a `vscode-jsonrpc` content-type encoder). It writes what the
 * stock one writes, byte-equivalent JSON, with one shortcut: a `textDocument/publishDiagnostics` message
 * (and a full `textDocument/diagnostic` reply) is assembled from each diagnostic's UTF-8 JSON, cached per
 * diagnostic object. The diagnostics feature hands the same object for a diagnostic that did not change
 * between versions (`DiagnosticConverter`), so a keystroke in a fic with ~1,200 diagnostics serializes a
 * handful of them, not 300 KB of JSON.
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

/** `msg` as JSON bytes; a large diagnostics notification, or a full diagnostics pull report, from cached pieces. */
export function encodeMessage(msg: Message, charset: BufferEncoding, encodeDiagnostic: (d: object) => Buffer): Buffer {
  if (charset !== 'utf-8' && charset !== 'utf8') return Buffer.from(JSON.stringify(msg), charset);
  const m = msg as { method?: unknown; params?: { diagnostics?: unknown }; result?: { kind?: unknown; items?: unknown } | null };
  const params = m.params;
  if (m.method === 'textDocument/publishDiagnostics' && params && Array.isArray(params.diagnostics) && params.diagnostics.length >= minCached) {
    return withList(msg, 'params', params, 'diagnostics', params.diagnostics as object[], encodeDiagnostic);
  }
  // A `textDocument/diagnostic` reply (VS Code pulls after every keystroke): `{ kind: 'full', resultId, items }`.
  const result = m.result;
  if (m.method === undefined && result && result.kind === 'full' && Array.isArray(result.items) && result.items.length >= minCached) {
    return withList(msg, 'result', result, 'items', result.items as object[], encodeDiagnostic);
  }
  return Buffer.from(JSON.stringify(msg), 'utf8');
}

/**
 * The JSON of `msg`, whose last field `outer` is an object whose field `field` is `list` (moved last):
 * everything but the list goes through JSON.stringify, so other fields and escaping stay exact.
 */
function withList(msg: Message, outer: string, holder: object, field: string, list: readonly object[], encodeDiagnostic: (d: object) => Buffer): Buffer {
  const rest: Record<string, unknown> = { ...holder };
  delete rest[field];
  const restJson = JSON.stringify(rest);
  const head = `${JSON.stringify({ ...(msg as object), [outer]: undefined }).slice(0, -1)},"${outer}":${restJson === '{}' ? '{' : `${restJson.slice(0, -1)},`}"${field}":[`;
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
