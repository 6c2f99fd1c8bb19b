/**
 * Requests over LSP against the bundled server, where the protocol has rules: no answer from a state
 * without the workspace's canon, no answer from an old text after a change that kept its version
 * number, `InvalidRequest` after `shutdown`, `InvalidParams` for malformed custom requests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { lines, startServer } from './harness';

const codes = (report: DocumentDiagnosticReport) => (report.kind === 'full' ? report.items.map((d: Diagnostic) => d.code) : 'unchanged');

test('the first pull after didOpen waits for the workspace canon: never an answer without it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fic-pull-canon-'));
  writeFileSync(join(dir, 'names.canon'), 'Rukia\nRenji\n');
  // The client answers the settings request late, so the canon files are read well after the fic is open.
  const server = await startServer({ pull: true, settings: {}, settingsDelayMs: 400, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
  try {
    const uri = pathToFileURL(join(dir, 'story.fic')).toString();
    server.open(uri, lines('Rukai ran to the gate.', '', 'Renji followed.'));
    const report = await server.pull(uri);
    assert.deepEqual(codes(report), ['canon.misspelled-name'], 'the canon file’s names are known to the first answer');
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pushed diagnostics wait for the workspace canon too: the first publish knows the canon file’s names', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fic-push-canon-'));
  writeFileSync(join(dir, 'names.canon'), 'Rukia\nRenji\nVel’shani\n');
  // No pull capability: the server pushes. The settings come late, so the canon is read after the open.
  const server = await startServer({ settings: {}, settingsDelayMs: 400, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
  try {
    const uri = pathToFileURL(join(dir, 'story.fic')).toString();
    const first = server.nextDiagnostics(uri, () => true);
    server.open(uri, lines('Rukai ran to the gate with Vel’shani.', '', 'Renji followed.'));
    assert.deepEqual((await first).diagnostics.map((d) => d.code), ['canon.misspelled-name'], 'no publish from a state without the canon');
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('while both wait for the canon, the diagnostics pull answers before the whole-document tokens, in either order of asking', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fic-open-order-'));
  writeFileSync(join(dir, 'names.canon'), 'Rukia\nRenji\n');
  for (const tokensFirst of [true, false]) {
    const server = await startServer({ pull: true, settings: {}, settingsDelayMs: 300, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
    try {
      const uri = pathToFileURL(join(dir, 'story.fic')).toString();
      server.open(uri, lines('Rukai ran to the gate.', '', 'Renji followed.'));
      const order: string[] = [];
      const tokens = () => server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }).then(() => void order.push('tokens'));
      const pull = () => server.pull(uri).then((report) => void order.push(`pull ${String(codes(report))}`));
      await Promise.all(tokensFirst ? [tokens(), pull()] : [pull(), tokens()]);
      assert.deepEqual(order, ['pull canon.misspelled-name', 'tokens'], `tokens asked ${tokensFirst ? 'first' : 'second'}`);
    } finally {
      await server.stop();
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

test('start-up reads the canon with the settings initialize gave; the first pull answers only from the fetched settings’ canon', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fic-pull-settings-'));
  mkdirSync(join(dir, 'lore'));
  writeFileSync(join(dir, 'names.canon'), 'Rukia\n');
  writeFileSync(join(dir, 'lore', 'cast.txt'), 'Renji\n');
  const cases = [
    // The fetched settings name other canon files: the folder is looked at again before any answer.
    { settings: { canon: { files: ['lore/*.txt'] } }, text: 'Renjy followed.', expected: ['canon.misspelled-name'] },
    // The fetched settings add canon words: the index is built again before any answer.
    { settings: { canon: { words: ['Kisuke'] } }, text: 'Kisuke and Rukai.', expected: ['canon.misspelled-name'] },
  ];
  for (const { settings, text, expected } of cases) {
    const server = await startServer({ pull: true, settings, settingsDelayMs: 300, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
    try {
      const uri = pathToFileURL(join(dir, 'story.fic')).toString();
      server.open(uri, text);
      assert.deepEqual(codes(await server.pull(uri)), expected, JSON.stringify(settings));
    } finally {
      await server.stop();
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

test('a didChange that keeps the version number, or goes back to an earlier one, is what every feature answers from', async () => {
  const server = await startServer({ pull: true, settings: { canon: { words: ['Rukia'], files: [] } } });
  try {
    const uri = 'file:///versions/story.fic';
    server.open(uri, 'Rukia ran.');
    const count = async () => ((await server.connection.sendRequest('fic/wordCount', { textDocument: { uri } })) as { total: number }).total;
    const folds = async () => (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as unknown[];
    assert.equal(await count(), 2);
    const first = await server.pull(uri);
    assert.deepEqual(codes(first), []);
    // Version 1 again: the text changes, the number does not.
    server.change(uri, 1, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, text: 'Rukai and Rukai' }]);
    assert.equal(await count(), 4);
    const second = await server.pull(uri, first.kind === 'full' ? first.resultId : undefined);
    assert.deepEqual(codes(second), ['canon.misspelled-name', 'canon.misspelled-name']);
    // Back to version 1 from 2.
    server.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Chapter 1\n\n' }]);
    assert.equal((await folds()).length, 1);
    server.change(uri, 1, [{ range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, text: '' }]);
    assert.deepEqual(await folds(), []);
    assert.equal(await count(), 4);
    const tokens = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    assert.deepEqual(tokens.data, [], 'no canon name left, no heading: no tokens');
  } finally {
    await server.stop();
  }
});

test('fic/wordCount with missing or malformed params is InvalidParams, not an internal error', async () => {
  const server = await startServer();
  try {
    const cases: [string, unknown][] = [
      ['no params', undefined],
      ['null', null],
      ['no textDocument', { ranges: [] }],
      ['a uri that is not a string', { textDocument: { uri: 7 } }],
      ['ranges that are not ranges', { textDocument: { uri: 'file:///a.fic' }, ranges: [{ start: 1 }] }],
    ];
    for (const [name, params] of cases) {
      await assert.rejects(
        params === undefined ? server.connection.sendRequest('fic/wordCount') : server.connection.sendRequest('fic/wordCount', params),
        (e: { code?: number }) => e.code === -32602,
        name,
      );
    }
    assert.equal(await server.connection.sendRequest('fic/wordCount', { textDocument: { uri: 'file:///not-open.fic' } }), null);
  } finally {
    await server.stop();
  }
});

test('after shutdown, requests get InvalidRequest; exit then ends the server with 0', async () => {
  const server = await startServer();
  const uri = 'file:///shutdown/story.fic';
  server.open(uri, 'Rukia ran.');
  assert.equal(((await server.connection.sendRequest('fic/wordCount', { textDocument: { uri } })) as { total: number }).total, 2);
  await server.connection.sendRequest('shutdown');
  for (const [method, params] of [
    ['fic/wordCount', { textDocument: { uri } }],
    ['textDocument/documentSymbol', { textDocument: { uri } }],
    ['textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }],
    ['textDocument/diagnostic', { textDocument: { uri } }],
    ['textDocument/semanticTokens/full', { textDocument: { uri } }],
  ] as const) {
    await assert.rejects(server.connection.sendRequest(method, params), (e: { code?: number }) => e.code === -32600, method);
  }
  const exited = new Promise<number | null>((r) => server.process.once('exit', (code) => r(code)));
  await server.connection.sendNotification('exit');
  assert.equal(await exited, 0);
  server.connection.dispose();
});
