/**
 * Over LSP, against the bundled server: the word being typed is not judged until the writer leaves it or
 * pauses (`typedWord.ts`). A pulling client gets `unchanged` while a name is half typed, a full report at
 * once for a typo left behind, and a `workspace/diagnostic/refresh` after the pause; a client without
 * pull gets a second publish after the pause.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { lines, startServer, until, type TestServer } from './harness';
import { typingPauseMs } from '../../src/lsp/typedWord';

const uri = 'file:///typed/story.fic';
const text = lines('Rukai ran to the gate.', '', 'The rain fell on the roof.', '', 'He left.', '');
const settings = { canon: { words: ['Rukia', 'Ichigo'], files: [] }, spelling: { enabled: false } };
const summary = (items: Diagnostic[]) => items.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);

/** Types `keys` one change each at the end of line `line`; calls `after` after each key with its version. */
async function type(server: TestServer, doc: { text: TextDocument; version: number }, line: number, keys: string, after: (version: number) => Promise<void>) {
  for (const ch of keys) {
    const end = doc.text.positionAt(doc.text.offsetAt({ line: line + 1, character: 0 }) - 1);
    const change = { range: { start: end, end }, text: ch };
    doc.text = TextDocument.update(doc.text, [change], ++doc.version);
    server.change(uri, doc.version, [change]);
    await after(doc.version);
  }
}

test('pull: a half-typed name is not reported; it is after the pause (refresh); a typo left behind is at once', async () => {
  const server = await startServer({ pull: true, settings });
  try {
    server.open(uri, text);
    assert.ok(await until(() => server.refreshes > 0, 5000), 'the canon is in');
    let last = (await server.pull(uri)) as Extract<DocumentDiagnosticReport, { kind: 'full' }>;
    assert.deepEqual(summary(last.items), ['canon.misspelled-name@0:0-5']);
    const doc = { text: TextDocument.create(uri, 'fic', 1, text), version: 1 };
    const refreshes = server.refreshes;
    let lastKey = 0;
    await type(server, doc, 4, ' Ichig', async () => {
      lastKey = Date.now();
      const report = await server.pull(uri, last.resultId);
      assert.equal(report.kind, 'unchanged', 'while the name is typed');
    });
    assert.ok(await until(() => server.refreshes > refreshes, 5000), 'a refresh after the pause');
    assert.ok(Date.now() - lastKey >= typingPauseMs - 10, 'not before the pause');
    const paused = await server.pull(uri, last.resultId);
    assert.equal(paused.kind, 'full');
    last = paused as typeof last;
    assert.deepEqual(summary(last.items), ['canon.misspelled-name@0:0-5', 'canon.misspelled-name@4:9-14'], 'the word the writer stopped on');

    // Delete it, and type a typo to its end: reported the moment the writer leaves it.
    const fixed = { range: { start: { line: 4, character: 8 }, end: { line: 4, character: 14 } }, text: '' };
    doc.text = TextDocument.update(doc.text, [fixed], ++doc.version);
    server.change(uri, doc.version, [fixed]);
    last = (await server.pull(uri, last.resultId)) as typeof last;
    assert.deepEqual(summary(last.items), ['canon.misspelled-name@0:0-5'], 'the half-typed name deleted (a deletion of more than a key): judged at once');
    await type(server, doc, 4, ' Ichgo', async () => {
      const report = await server.pull(uri, last.resultId);
      assert.equal(report.kind, 'unchanged', 'while the name is typed');
    });
    await type(server, doc, 4, '.', async () => undefined);
    const left = await server.pull(uri, last.resultId);
    assert.equal(left.kind, 'full', 'the typo left behind by a full stop');
    assert.deepEqual(summary((left as typeof last).items), ['canon.misspelled-name@0:0-5', 'canon.misspelled-name@4:9-14']);
  } finally {
    await server.stop();
  }
});

test('push: the half-typed name is published after the pause', async () => {
  const server = await startServer({ settings });
  try {
    const opened = server.nextDiagnostics(uri, (p) => p.diagnostics.length > 0, 10_000);
    server.open(uri, text);
    assert.deepEqual(summary((await opened).diagnostics), ['canon.misspelled-name@0:0-5']);
    const doc = { text: TextDocument.create(uri, 'fic', 1, text), version: 1 };
    const typed = server.nextDiagnostics(uri, (p) => p.version === 7, 10_000);
    await type(server, doc, 4, ' Ichig', async () => undefined);
    assert.deepEqual(summary((await typed).diagnostics), ['canon.misspelled-name@0:0-5'], 'right after the keys');
    const paused = await server.nextDiagnostics(uri, (p) => p.version === 7, 10_000);
    assert.deepEqual(summary(paused.diagnostics), ['canon.misspelled-name@0:0-5', 'canon.misspelled-name@4:9-14'], 'after the pause');
  } finally {
    await server.stop();
  }
});
