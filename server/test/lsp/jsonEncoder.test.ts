/**
 * The stdio JSON encoder and writer: the same JSON as `JSON.stringify` for every message, diagnostics from a
 * per-object cache, number arrays written from their typed arrays in bounded chunks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { chunkSize, diagnosticCache, encodeChunked } from '../../src/node/jsonEncoder';
import { ChunkedMessageWriter } from '../../src/node/messageWriter';
import { JsonNumbers } from '../../src/lsp/jsonNumbers';

const diagnostic = (i: number) => ({
  range: { start: { line: i, character: 1 }, end: { line: i, character: 4 } },
  severity: 2,
  code: 'canon.misspelled-name',
  source: 'fic',
  message: `‘Rukai${i}’ is not a canon name — did you mean “Rukia”?\n\\`,
});
const many = Array.from({ length: 40 }, (_, i) => diagnostic(i));

/** `msg` as the writer sends it, its chunks joined. */
const encodeMessage = (msg: object, encodeDiagnostic: (d: object) => Buffer): Buffer => Buffer.concat([...encodeChunked(msg as never, encodeDiagnostic).chunks()]);

const messages: { name: string; msg: object }[] = [
  { name: 'a request', msg: { jsonrpc: '2.0', id: 3, method: 'workspace/configuration', params: { items: [{ section: 'fic' }] } } },
  { name: 'a response', msg: { jsonrpc: '2.0', id: 4, result: { story: 12 } } },
  { name: 'few diagnostics', msg: { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.fic', version: 2, diagnostics: many.slice(0, 3) } } },
  { name: 'many diagnostics', msg: { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a "b".fic', version: 7, diagnostics: many } } },
  { name: 'many diagnostics, no version', msg: { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.fic', diagnostics: many } } },
  { name: 'a pull reply with many diagnostics', msg: { jsonrpc: '2.0', id: 9, result: { kind: 'full', resultId: 'r "1"', items: many } } },
  { name: 'a pull reply with few diagnostics', msg: { jsonrpc: '2.0', id: 10, result: { kind: 'full', resultId: 'r2', items: many.slice(0, 2) } } },
  { name: 'an unchanged pull reply', msg: { jsonrpc: '2.0', id: 11, result: { kind: 'unchanged', resultId: 'r2' } } },
  { name: 'a pull reply with no result id', msg: { jsonrpc: '2.0', id: 'x', result: { kind: 'full', items: many } } },
  { name: 'a request whose params hold items', msg: { jsonrpc: '2.0', id: 12, method: 'x/y', params: { kind: 'full', items: many } } },
  { name: 'many diagnostics, params with diagnostics only', msg: { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: many } } },
];

for (const { name, msg } of messages) {
  test(`jsonEncoder: ${name} encodes to the same JSON as JSON.stringify`, () => {
    const cache = diagnosticCache();
    const bytes = encodeMessage(msg, cache);
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), msg);
    const again = encodeMessage(msg, cache);
    assert.deepEqual(again, bytes, 'a second encoding (from the cache) gives the same bytes');
  });
}

test('jsonEncoder: each diagnostic object is serialized once', () => {
  const seen: object[] = [];
  const cache = new WeakMap<object, Buffer>();
  const encode = (d: object) => {
    let b = cache.get(d);
    if (!b) {
      seen.push(d);
      cache.set(d, (b = Buffer.from(JSON.stringify(d))));
    }
    return b;
  };
  const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'u', version: 1, diagnostics: many } };
  encodeMessage(msg, encode);
  const next = [...many.slice(0, 39), diagnostic(99)];
  const out = encodeMessage({ ...msg, params: { ...msg.params, version: 2, diagnostics: next } }, encode);
  assert.equal(seen.length, 41, 'the second message serialized only its new diagnostic');
  assert.deepEqual(JSON.parse(out.toString()).params.diagnostics, next);
});

test('jsonEncoder: a full pull reply serializes only the diagnostics it has not seen', () => {
  let serialized = 0;
  const cache = new WeakMap<object, Buffer>();
  const encode = (d: object) => {
    let b = cache.get(d);
    if (!b) {
      serialized++;
      cache.set(d, (b = Buffer.from(JSON.stringify(d))));
    }
    return b;
  };
  const reply = (id: number, items: object[]) => ({ jsonrpc: '2.0', id, result: { kind: 'full', resultId: String(id), items } });
  encodeMessage(reply(1, many), encode);
  const next = [diagnostic(98), ...many.slice(1)];
  const out = encodeMessage(reply(2, next), encode);
  assert.equal(serialized, 41);
  assert.equal(out.toString(), JSON.stringify(reply(2, next)));
});

test('jsonEncoder: a JsonNumbers field is the JSON array of its numbers, in chunks of at most the size asked for', () => {
  const values = new Uint32Array([0, 9, 10, 99, 100, 4294967295, 1000000000, 999999999, 7, 123456]);
  const many = Uint32Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> (i % 32));
  for (const numbers of [new Uint32Array(0), values, many]) {
    const msg = { jsonrpc: '2.0', id: 5, result: { resultId: 'a "b"', data: new JsonNumbers(numbers), skipped: undefined } };
    const expected = JSON.stringify(msg);
    assert.equal(expected, JSON.stringify({ jsonrpc: '2.0', id: 5, result: { resultId: 'a "b"', data: Array.from(numbers) } }), 'toJSON is the plain array');
    const encoded = encodeChunked(msg as never, () => Buffer.alloc(0));
    assert.equal(encoded.byteLength, Buffer.byteLength(expected));
    for (const size of [16, 17, 31, 1000, 1 << 16]) {
      const chunks = [...encoded.chunks(Buffer.from('Header\r\n\r\n'), size)];
      assert.ok(chunks.every((c) => c.byteLength > 0 && c.byteLength <= size), `size ${size}`);
      assert.equal(Buffer.concat(chunks).toString('utf8'), `Header\r\n\r\n${expected}`, `size ${size}`);
    }
  }
});

test('jsonEncoder: numbers and cached diagnostics in one payload, other fields as JSON.stringify writes them', () => {
  const msg = { jsonrpc: '2.0', id: 6, result: { kind: 'full', resultId: 'r', extra: { a: [1, 'é'] }, items: many, data: new JsonNumbers(new Uint32Array([3, 1, 4])) } };
  assert.equal(encodeMessage(msg, diagnosticCache()).toString('utf8'), JSON.stringify(msg));
});

test('messageWriter: messages go out in order, each with its Content-Length, large ones in chunks', async () => {
  const out = new PassThrough();
  const writer = new ChunkedMessageWriter(out);
  const reader = new StreamMessageReader(out);
  const got: unknown[] = [];
  reader.listen((m) => got.push(m));
  const big = Uint32Array.from({ length: 200_000 }, (_, i) => i * 37);
  const sent = [
    { jsonrpc: '2.0', id: 1, result: { resultId: '1', data: new JsonNumbers(big) } },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///é.fic', diagnostics: many } },
    { jsonrpc: '2.0', id: 2, result: null },
  ];
  const writes: number[] = [];
  const write = out.write.bind(out);
  out.write = ((chunk: Uint8Array, cb?: (e?: Error | null) => void) => {
    writes.push(chunk.byteLength);
    return write(chunk, cb);
  }) as typeof out.write;
  await Promise.all(sent.map((m) => writer.write(m as never)));
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(got, JSON.parse(JSON.stringify(sent)));
  assert.ok(Math.max(...writes) <= chunkSize, 'no write larger than a chunk');
  assert.equal(writes.length, Math.ceil((JSON.stringify(sent[0]).length + 30) / chunkSize) + 2, 'a small message is one write, header included');
  reader.dispose();
  writer.dispose();
});
