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
