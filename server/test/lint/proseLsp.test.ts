/**
 * The dialogue-punctuation and prose checks over a real connection to the bundled server (`npm run build`
 * first): their diagnostics, a quick fix, one *Fix all* with the canon fixes, craft hints switched on by
 * settings, and their per-chapter counts in `fic/wordCount`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { applyTextEdits, startServer } from '../lsp/harness';

/** The `source.fixAll` code actions for `uri`. */
async function fixAll(server: Awaited<ReturnType<typeof startServer>>, uri: string): Promise<CodeAction[]> {
  return (await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  })) as CodeAction[];
}

const ours = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => /^(dialogue|prose|craft)\./.test(String(d.code)) && d.code !== 'dialogue.unclosed-quote');

test('prose checks over LSP: diagnostics, quick fix, fix all, hints by setting', async (t) => {
  const uri = 'file:///tmp/fic-prose-lsp/story.fic';
  const text = '"Hello." he said. She went to the the shop.\n\n"Of course," she smiled.\n';
  const server = await startServer({ settings: { canon: { words: ['Rukia'] } } });
  try {
    server.open(uri, text);
    const published = await server.nextDiagnostics(uri, (p) => ours(p).length === 2);
    const found = ours(published);
    await t.test('warnings with their codes and ranges; craft hints are off by default', () => {
      assert.deepEqual(found.map((d) => [d.code, d.severity, d.range.start.character, d.range.end.character]), [
        ['dialogue.tag-punctuation', 2, 6, 7],
        ['prose.repeated-word', 2, 33, 37],
      ]);
    });
    await t.test('a quick fix, preferred', async () => {
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: found[0]!.range,
        context: { diagnostics: [found[0]] },
      })) as CodeAction[];
      const quick = actions.filter((a) => a.kind === 'quickfix');
      assert.deepEqual(quick.map((a) => [a.title, !!a.isPreferred]), [['Punctuate the speech tag with a comma', true]]);
      assert.equal(applyTextEdits(text, quick[0]!.edit!.changes![uri]!), text.replace('"Hello."', '"Hello,"'));
      assert.deepEqual(actions.filter((a) => a.kind !== 'quickfix').map((a) => a.title), ['Fix all dialogue punctuation and repeated words']);
    });
    await t.test('one fix-all for every certain fix', async () => {
      const actions = await fixAll(server, uri);
      assert.equal(actions.length, 1);
      assert.equal(applyTextEdits(text, actions[0]!.edit!.changes![uri]!), '"Hello," he said. She went to the shop.\n\n"Of course," she smiled.\n');
    });
  } finally {
    await server.stop();
  }
});

test('craft hints by setting, and counted per chapter in fic/wordCount', async () => {
  const uri = 'file:///tmp/fic-prose-lsp/hints.fic';
  const text = 'Chapter 1\n\n"Of course," she smiled. She saw the door.\n\nChapter 2\n\nHe heard it too.\n';
  const server = await startServer({ settings: { hints: { saidBookisms: true, filterWords: true } } });
  try {
    server.open(uri, text);
    const published = await server.nextDiagnostics(uri, (p) => ours(p).length === 3);
    assert.deepEqual(ours(published).map((d) => [d.code, d.severity]), [['craft.said-bookism', 4], ['craft.filter-word', 4], ['craft.filter-word', 4]]);
    const counts = (await server.connection.sendRequest('fic/wordCount', { textDocument: { uri }, sections: true })) as { chapters: { hints?: Record<string, number> }[] };
    assert.deepEqual(counts.chapters.map((c) => c.hints), [{ 'craft.said-bookism': 1, 'craft.filter-word': 1 }, { 'craft.filter-word': 1 }]);
  } finally {
    await server.stop();
  }
});

test('craft hints shown as a summary only: no diagnostics, still counted', async () => {
  const uri = 'file:///tmp/fic-prose-lsp/summary.fic';
  const text = 'She saw the door. "Fine." he said.\n';
  const server = await startServer({ settings: { hints: { filterWords: true, show: 'summary' } } });
  try {
    server.open(uri, text);
    const published = await server.nextDiagnostics(uri, (p) => ours(p).length >= 1);
    assert.deepEqual(ours(published).map((d) => d.code), ['dialogue.tag-punctuation']);
    const counts = (await server.connection.sendRequest('fic/wordCount', { textDocument: { uri }, sections: true })) as { chapters: { hints?: Record<string, number> }[] };
    assert.deepEqual(counts.chapters.map((c) => c.hints), [{ 'craft.filter-word': 1 }]);
  } finally {
    await server.stop();
  }
});

test('Fix all over LSP: overlapping Spanish fixes in one run, a double that may be meant left to the writer', async () => {
  const uri = 'file:///tmp/fic-prose-lsp/espera.fic';
  const text = 'Language: es\n\n-Tengo prisa, -Respondió Marta- pero no tanta.\n\n—Espera. -Dijo Marta.\n';
  const english = 'file:///tmp/fic-prose-lsp/very.fic';
  const englishText = 'It was very very cold. She went to the the shop.\n';
  const server = await startServer({});
  try {
    server.open(uri, text);
    await server.nextDiagnostics(uri, (p) => ours(p).length === 8);
    const actions = await fixAll(server, uri);
    assert.equal(actions.length, 1);
    const fixed = applyTextEdits(text, actions[0]!.edit!.changes![uri]!);
    assert.equal(fixed, 'Language: es\n\n—Tengo prisa —respondió Marta—, pero no tanta.\n\n—Espera —dijo Marta.\n');
    const again = 'file:///tmp/fic-prose-lsp/espera-fixed.fic';
    server.open(again, fixed);
    assert.deepEqual(ours(await server.nextDiagnostics(again, () => true)), [], 'the check after one run finds nothing');

    server.open(english, englishText);
    const found = ours(await server.nextDiagnostics(english, (p) => ours(p).length === 2));
    assert.deepEqual(found.map((d) => [d.code, d.severity]), [['prose.repeated-word', 3], ['prose.repeated-word', 2]], 'Information, then Warning');
    const all = await fixAll(server, english);
    assert.equal(applyTextEdits(englishText, all[0]!.edit!.changes![english]!), 'It was very very cold. She went to the shop.\n');
    const quick = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: english },
      range: found[0]!.range,
      context: { diagnostics: [found[0]] },
    })) as CodeAction[];
    assert.deepEqual(quick.filter((a) => a.kind === 'quickfix').map((a) => [a.title, !!a.isPreferred]), [['Delete the repeated word', false], ['Keep both, with a comma', false]]);
  } finally {
    await server.stop();
  }
});
