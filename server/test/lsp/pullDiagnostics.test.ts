/**
 * Pull diagnostics (LSP 3.17 `textDocument/diagnostic`) against the bundled server, as VS Code uses them:
 * a full report, then `unchanged` while the diagnostics are what the client has, a new full report when
 * they change (positions included), a refresh request when the canon changes, and no pushes for fics.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { lines, startServer, until } from './harness';

const uri = 'file:///pull/story.fic';
const text = lines('Rukai ran to the gate.', '', 'The rain fell on the roof.', '', '"Wait, she said.', '', 'Renjii laughed at Ichigo.', '');

const summary = (items: Diagnostic[]) => items.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);

test('pull diagnostics: full, unchanged after edits that move nothing, full when something moves', async () => {
  // English spelling off: the typed letters below (`xrain`) are deliberate non-words.
  const server = await startServer({ pull: true, settings: { canon: { words: ['Rukia', 'Renji', 'Ichigo'], files: [] }, spelling: { enabled: false } } });
  const pushed: PublishDiagnosticsParams[] = [];
  server.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void pushed.push(p));
  try {
    assert.ok(server.initializeResult.capabilities.diagnosticProvider, 'diagnosticProvider announced to a pulling client');
    server.open(uri, text);
    // The canon index is built after `initialized`; the server asks for a pull again once it is in.
    assert.ok(await until(() => server.refreshes > 0, 5000), 'a refresh request once the canon is in');
    let doc = TextDocument.create(uri, 'fic', 1, text);
    let report = await server.pull(uri);
    assert.equal(report.kind, 'full');
    let last = report as Extract<DocumentDiagnosticReport, { kind: 'full' }>;
    assert.deepEqual(summary(last.items), ['canon.misspelled-name@0:0-5', 'dialogue.unclosed-quote@4:0-1', 'canon.misspelled-name@6:0-6']);
    assert.equal((await server.pull(uri, last.resultId)).kind, 'unchanged', 'same version, same diagnostics');

    const cases: { name: string; at: string; insert: string; expect: string[] | 'unchanged' }[] = [
      { name: 'a letter on a line with no diagnostic', at: 'rain', insert: 'x', expect: 'unchanged' },
      { name: 'a letter after a diagnostic on its line', at: 'laughed', insert: 'x', expect: 'unchanged' },
      { name: 'a letter before a diagnostic on its line', at: 'Renjii', insert: 'Oh, ', expect: ['canon.misspelled-name@0:0-5', 'dialogue.unclosed-quote@4:0-1', 'canon.misspelled-name@6:4-10'] },
      { name: 'a new line above: every later diagnostic moves down', at: 'The x', insert: '\n', expect: ['canon.misspelled-name@0:0-5', 'dialogue.unclosed-quote@5:0-1', 'canon.misspelled-name@7:4-10'] },
      { name: 'the quote closed', at: ' she said', insert: '"', expect: ['canon.misspelled-name@0:0-5', 'canon.misspelled-name@7:4-10'] },
      { name: 'a misspelling typed', at: 'the gate', insert: 'Ichgo ', expect: ['canon.misspelled-name@0:0-5', 'canon.misspelled-name@0:13-18', 'canon.misspelled-name@7:4-10'] },
      { name: 'a letter on a later line', at: 'fell', insert: 'x', expect: 'unchanged' },
    ];
    let version = 1;
    for (const c of cases) {
      const offset = doc.getText().indexOf(c.at);
      assert.ok(offset >= 0, c.name);
      const pos = doc.positionAt(offset);
      const change = { range: { start: pos, end: pos }, text: c.insert };
      doc = TextDocument.update(doc, [change], ++version);
      server.change(uri, version, [change]);
      report = await server.pull(uri, last.resultId);
      if (c.expect === 'unchanged') {
        assert.equal(report.kind, 'unchanged', c.name);
        assert.equal(report.resultId, last.resultId, c.name);
      } else {
        assert.equal(report.kind, 'full', c.name);
        last = report as typeof last;
        assert.deepEqual(summary(last.items), c.expect, c.name);
      }
    }
    assert.notEqual((await server.pull(uri)).kind, 'unchanged', 'no previous result id: a full report');
    assert.deepEqual(pushed.filter((p) => p.uri === uri && p.diagnostics.length > 0), [], 'nothing pushed for a fic');
  } finally {
    await server.stop();
  }
});

test('push diagnostics for a client without pull: no diagnosticProvider, a publish per version', async () => {
  const server = await startServer({ settings: { canon: { words: ['Rukia'], files: [] }, spelling: { enabled: false } } });
  try {
    assert.equal(server.initializeResult.capabilities.diagnosticProvider, undefined);
    const opened = server.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'canon.misspelled-name'));
    server.open(uri, text);
    const first = await opened;
    const doc = TextDocument.create(uri, 'fic', 1, text);
    const pos = doc.positionAt(text.indexOf('rain'));
    const next = server.nextDiagnostics(uri, (p) => p.version === 2);
    server.change(uri, 2, [{ range: { start: pos, end: pos }, text: 'x' }]);
    assert.deepEqual(summary((await next).diagnostics), summary(first.diagnostics), 'unchanged diagnostics are published again');
  } finally {
    await server.stop();
  }
});

test('a pull cancelled before it runs (superseded by newer edits) costs nothing and says so', async () => {
  const { CancellationTokenSource } = await import('vscode-jsonrpc/node');
  // The settings come late, so the canon is read after the pull: it is still waiting when the cancel
  // comes, whichever turn the server reads the cancel in (with the canon in at once, the pull could run
  // before the cancel was read, about one run in eight).
  const server = await startServer({ pull: true, settings: {}, settingsDelayMs: 300 });
  try {
    server.open(uri, text);
    // A burst: the pull for version 2 is cancelled while it still waits behind the edits.
    const source = new CancellationTokenSource();
    const stale = server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    for (let v = 2; v < 50; v++) server.change(uri, v, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'x' }]);
    await assert.rejects(stale, (e: { code?: number }) => e.code === -32800, 'RequestCancelled');
    const fresh = await server.pull(uri);
    assert.equal(fresh.kind, 'full');
  } finally {
    await server.stop();
  }
});
