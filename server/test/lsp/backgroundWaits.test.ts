/**
 * Background work (the works index, the keystroke warm-up, a forced GC) waits while a reply is still
 * being written: the first diagnostics of a long fic are hundreds of KB, which a pipe takes 64 KB at a
 * time, refilled only when the event loop polls, so work started between two of its chunks held up the
 * reply's end by its own length. Here the client reads nothing until the test says so, the way a pipe
 * that is full holds the server's writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ChunkedMessageWriter } from '../../src/node/messageWriter';
import { startServer } from '../../src/lsp/server';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Resolves once `check` holds (polled every turn), or fails after `ms`. */
async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

test('the stdio writer is idle only once everything handed to it is written out', async () => {
  const out = new PassThrough(); // nobody reads yet: writes stall once its buffers are full
  const writer = new ChunkedMessageWriter(out);
  assert.equal(writer.idle, true);
  let idleAt = 0;
  void writer.whenIdle().then(() => (idleAt = 1));
  await turn();
  assert.equal(idleAt, 1, 'whenIdle resolves at once when nothing is pending');

  const big = { jsonrpc: '2.0', id: 1, result: { text: 'x'.repeat(300_000) } };
  const small = { jsonrpc: '2.0', id: 2, result: null };
  const sent = [writer.write(big as never), writer.write(small as never)];
  let written = false;
  void writer.whenIdle().then(() => (written = true));
  for (let i = 0; i < 20; i++) await turn();
  assert.equal(writer.idle, false, 'a reply the reader has not taken is still going out');
  assert.equal(written, false);

  const reader = new StreamMessageReader(out);
  const got: unknown[] = [];
  reader.listen((m) => got.push(m));
  await Promise.all(sent);
  await until(() => written, 'whenIdle');
  assert.equal(writer.idle, true);
  await until(() => got.length === 2, 'both messages read');
  assert.deepEqual(got, [big, small]);
  reader.dispose();
  writer.dispose();
});

test('a server is busy while its first diagnostics reply is still being written, and idle once it is out', async () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const writer = new ChunkedMessageWriter(toClient);
  const server = startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), writer), { output: writer });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onRequest('workspace/diagnostic/refresh', () => null);
  client.onRequest('workspace/semanticTokens/refresh', () => null);
  client.onRequest('client/registerCapability', () => null);
  client.onNotification('window/logMessage', () => undefined);
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } },
  });
  await client.sendNotification('initialized', {});

  // ~1,200 repeated words, each a diagnostic: a reply of ~250 KB, far more than the streams buffer.
  const text = Array.from({ length: 1200 }, (_, i) => `Mira set the the cup number ${i} on the table.`).join('\n\n');
  const uri = 'file:///busy/long.fic';
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'fic', version: 1, text } });
  await until(() => !server.busy(), 'the open fic to be parsed');

  toClient.pause(); // the client stops reading: the server's writes stall as on a full pipe
  const report = client.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<{ kind: string; items: unknown[] }>;
  await until(() => toClient.readableLength > 0, 'the reply to start');
  for (let i = 0; i < 20; i++) await turn();
  assert.equal(writer.idle, false, 'the reply is not all out');
  assert.equal(server.busy(), true, 'background work waits for the reply');

  toClient.resume();
  const { kind, items } = await report;
  assert.equal(kind, 'full');
  assert.ok(items.length >= 1200, `${items.length} diagnostics`);
  await until(() => writer.idle, 'the writer to be idle');
  assert.equal(server.busy(), false, 'idle once the reply is out');
  assert.ok(server.sinceLastRequest() < 1000, 'the answer counts as the last request');

  await client.sendRequest('shutdown');
  client.dispose();
  writer.dispose();
});
