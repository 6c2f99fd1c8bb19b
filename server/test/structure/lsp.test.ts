/**
 * The bundled server answers `fic/wordCount`, folding ranges and document symbols with exactly what core
 * computes for the parsed document, converted to lines; and the fixture's notes, chapters and counts show.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { startServer } from '../lsp/harness';
import { parse } from '../../src/core/parse/parse';
import { getWordCounts } from '../../src/core/count/wordCounts';
import { WordCountRequest } from '../../src/protocol';

const uri = 'file:///tmp/counts/story.fic';
const text = [
  'The Long Way Round',
  'Hermione/Ron, Drabble',
  'Summary: A short walk home.',
  '',
  'A/N: For the rain prompt.',
  'It rained all week.',
  '',
  'Chapter 1: Rain',
  '',
  "She didn't mind the rain (A/N: she did) as much as he'd thought.",
  '',
  'xXx',
  '',
  '"We\'re nearly there," Ron said.',
  'He was wrong.',
  '',
  'Chapter 2',
  '',
  'The kettle sang.',
  'Tea, at last.',
  '',
  'A/N: Thanks for reading!',
  'See you soon.',
  '',
].join('\n');

test('fic/wordCount, folding and symbols over LSP', async () => {
  const server = await startServer();
  try {
    const caps = server.initializeResult.capabilities;
    assert.ok(caps.foldingRangeProvider, 'folding announced');
    assert.ok(caps.documentSymbolProvider, 'symbols announced');
    const published = server.nextDiagnostics(uri);
    server.open(uri, text);
    const { diagnostics } = await published;
    const doc = TextDocument.create(uri, 'fic', 1, text);

    const sel = { start: doc.positionAt(text.indexOf('mind')), end: doc.positionAt(text.indexOf('rain (') + 4) };
    const result = (await server.connection.sendRequest(WordCountRequest.method, {
      textDocument: { uri },
      ranges: [sel],
      sections: true,
    })) as WordCountRequest.Result;
    const core = getWordCounts(parse(text), [{ start: doc.offsetAt(sel.start), end: doc.offsetAt(sel.end) }]);
    assert.deepEqual(
      { story: result.story, notes: result.notes, header: result.header, headings: result.headings, total: result.total, selections: result.selections },
      { story: core.story, notes: core.notes, header: core.header, headings: core.headings, total: core.total, selections: [...core.selections!] },
    );
    assert.equal(result.story + result.notes + result.header + (result.headings ?? 0), result.total);
    assert.deepEqual(
      result.chapters?.map((c) => [c.name, c.words, c.range.start.line, c.scenes.map((s) => [s.name, s.words, s.range.start.line])]),
      core.chapters.map((c) => [c.name, c.words, doc.positionAt(c.start).line, c.scenes.map((s) => [s.name, s.words, doc.positionAt(s.start).line])]),
    );
    // The status bar's request (no `sections`) gets the same totals and no breakdown.
    const totals = (await server.connection.sendRequest(WordCountRequest.method, { textDocument: { uri } })) as WordCountRequest.Result;
    assert.deepEqual([totals.story, totals.total, totals.chapters], [result.story, result.total, undefined]);
    // The stats view asks for canon names per chapter too: here the tags line's `Hermione/Ron`.
    const named = (await server.connection.sendRequest(WordCountRequest.method, { textDocument: { uri }, sections: true, mentions: true })) as WordCountRequest.Result;
    assert.deepEqual(named.mentions, [{ name: 'Ron', chapters: [1, 0], total: 1 }]);
    assert.equal(totals.mentions, undefined, 'no mentions unless asked');
    const missing = await server.connection.sendRequest(WordCountRequest.method, { textDocument: { uri: 'file:///nope.fic' } });
    assert.equal(missing, null);

    const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    const startLines = folds.map((f) => f.startLine);
    assert.equal(new Set(startLines).size, startLines.length, 'one fold per start line');
    for (const f of folds) assert.ok(f.endLine > f.startLine);

    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const check = (s: DocumentSymbol) => {
      assert.match(s.detail ?? '', /^\d[\d,]* words?$/);
      s.children?.forEach(check);
    };
    symbols.forEach(check);

    if (parse(text).header) {
      // With the parser in place, the fixture's structure shows through.
      assert.deepEqual(
        folds.map((f) => [f.startLine, f.endLine, f.kind ?? null]),
        // the first scene of chapter 1 is one line: it does not fold
        [[0, 2, null], [4, 5, 'comment'], [7, 14, 'region'], [13, 14, 'region'], [16, 19, 'region'], [21, 22, 'comment']],
      );
      assert.deepEqual(result.selections, [3]);
      const target = diagnostics.filter((d) => d.code === 'count.target');
      assert.deepEqual(target.map((d) => [d.severity, d.range.start.line, d.range.start.character, d.range.end.character]), [[3, 1, 14, 21]]);
      assert.match(target[0].message, /^This drabble has \d+ words — \d+ short of 100\. AO3 will also count the scene break ‘xXx’ as 1 word/);
      assert.equal(result.target, 100);
      assert.equal(result.targetExact, true);
      assert.deepEqual(symbols.map((s) => s.name), ['The Long Way Round', 'A/N — “For the rain prompt. It…”', 'Chapter 1: Rain', 'Chapter 2', 'A/N — “Thanks for reading! See you…”']);
    }
  } finally {
    await server.stop();
  }
});

test('the fic.wordCount.target setting reaches the count and the diagnostic; a document target wins', async () => {
  const server = await startServer({ settings: { wordCount: { target: 50 } } });
  try {
    const a = 'file:///tmp/counts/a.fic';
    const b = 'file:///tmp/counts/b.fic';
    const pa = server.nextDiagnostics(a, (p) => p.diagnostics.some((d) => d.code === 'count.target'));
    server.open(a, 'Rain fell on the roof all night.\n');
    const da = await pa;
    assert.match(da.diagnostics.find((d) => d.code === 'count.target')!.message, /short of its target of 50 \(setting fic\.wordCount\.target\)/);
    const wa = (await server.connection.sendRequest(WordCountRequest.method, { textDocument: { uri: a } })) as WordCountRequest.Result;
    assert.deepEqual([wa.target, wa.targetExact], [50, false]);

    const pb = server.nextDiagnostics(b);
    server.open(b, 'Short Title\nTarget: 5\n\nRain fell on the roof all night.\n');
    const db = await pb;
    assert.equal(db.diagnostics.filter((d) => d.code === 'count.target').length, 0);
    const wb = (await server.connection.sendRequest(WordCountRequest.method, { textDocument: { uri: b } })) as WordCountRequest.Result;
    assert.equal(wb.target, 5);
  } finally {
    await server.stop();
  }
});
