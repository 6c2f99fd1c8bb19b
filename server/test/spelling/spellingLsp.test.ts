/**
 * English spelling over a real connection to the bundled server: `spelling.unknown-word` diagnostics next
 * to the canon ones, its quick fixes (suggestions, Add to canon as a lowercase term, Ignore in this file),
 * the ignore command taking effect, and `fic.spelling.enabled: false`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer } from '../lsp/harness';

const uri = 'file:///spell/story.fic';
const text = 'Rukai took teh book and the koi pond.\n';
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code}@${d.range.start.character}`);

test('spelling over LSP: diagnostics, quick fixes, ignore in this file', async () => {
  const server = await startServer({ settings: { canon: { words: ['Rukia'], files: [] }, spelling: { severity: 'information' } } });
  try {
    server.open(uri, text);
    const first = await server.nextDiagnostics(uri, (p) => p.diagnostics.length === 2);
    assert.deepEqual(codes(first), ['canon.misspelled-name@0', 'spelling.unknown-word@11']);
    const diagnostic = first.diagnostics[1] as Diagnostic;
    assert.equal(diagnostic.severity, 3, 'information, as the setting asks');
    assert.equal(diagnostic.message, '‘teh’ is not in the English dictionary — did you mean ‘the’?');
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], 'Replace with ‘the’');
    assert.ok(actions[0].isPreferred);
    assert.ok(titles.includes('Add ‘teh’ to canon'));
    assert.ok(titles.includes('Ignore ‘teh’ in this file'));
    assert.ok(!titles.includes('Fix all canon names in this file'), 'only asked about a spelling diagnostic');
    const fixAll = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    const edits = fixAll.flatMap((a) => a.edit?.changes?.[uri] ?? []);
    assert.deepEqual(edits.map((e) => e.newText), ['Rukia'], 'fix-all: the certain canon fix only, never an English one');
    const ignore = actions.find((a) => a.title.startsWith('Ignore'))!;
    const after = server.nextDiagnostics(uri, (p) => p.diagnostics.length === 1);
    assert.equal(await server.connection.sendRequest('workspace/executeCommand', ignore.command), true);
    assert.deepEqual(codes(await after), ['canon.misspelled-name@0']);
  } finally {
    await server.stop();
  }
});

test('fic.spelling.enabled: false turns English spelling off', async () => {
  const server = await startServer({ settings: { canon: { words: ['Rukia'], files: [] }, spelling: { enabled: false } } });
  try {
    server.open(uri, text);
    // Once the settings and the canon are in (the canon is built after the settings are fetched).
    const first = await server.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'canon.misspelled-name'));
    assert.deepEqual(codes(first), ['canon.misspelled-name@0']);
  } finally {
    await server.stop();
  }
});

test('fic/ignoredWords: words sent before the fic opens are ignored from its first diagnostics, [] brings them back, closing forgets them', async () => {
  const server = await startServer({ settings: { canon: { words: ['Rukia'], files: [] } } });
  try {
    const story = 'file:///spell/kept.fic';
    const body = 'Rukia took teh book and a zorp.\n';
    // As the VS Code client does on opening a fic it ignored words in, in an earlier session.
    void server.connection.sendNotification('fic/ignoredWords', { uri: story, words: ['TEH', 'zorp', 'two words', 42, 'x'.repeat(101)] });
    server.open(story, body);
    const first = await server.nextDiagnostics(story, (p) => p.diagnostics.length === 0);
    assert.deepEqual(codes(first), [], 'nothing flagged from the first diagnostics');
    // `Clear Words Ignored in This File`: the same notification with no words.
    const back = server.nextDiagnostics(story, (p) => p.diagnostics.length === 2);
    void server.connection.sendNotification('fic/ignoredWords', { uri: story, words: [] });
    assert.deepEqual(codes(await back), ['spelling.unknown-word@11', 'spelling.unknown-word@26']);
    // A replacement with one word ignores only that one.
    const one = server.nextDiagnostics(story, (p) => p.diagnostics.length === 1);
    void server.connection.sendNotification('fic/ignoredWords', { uri: story, words: ['zorp'] });
    assert.deepEqual(codes(await one), ['spelling.unknown-word@11']);
    // Closed and opened again without the client sending them: the server has forgotten.
    server.close(story);
    server.open(story, body);
    assert.equal((await server.nextDiagnostics(story, (p) => p.diagnostics.length === 2)).diagnostics.length, 2);
    // Bad params are dropped, bounded before any work, and the server answers throughout.
    void server.connection.sendNotification('fic/ignoredWords', { uri: 'u'.repeat(100_000), words: ['a'] });
    void server.connection.sendNotification('fic/ignoredWords', { uri: story, words: 'teh' });
    void server.connection.sendNotification('fic/ignoredWords', null);
    void server.connection.sendNotification('fic/ignoredWords', { uri: 'file:///spell/big.fic', words: new Array(200_000).fill('w') });
    const count = await server.connection.sendRequest('fic/wordCount', { textDocument: { uri: story } });
    assert.ok(count, 'the server still answers');
  } finally {
    await server.stop();
  }
});
