/**
 * What the server does per keystroke (model, lints, diagnostics, totals) reads the document's buffer a
 * part at a time: the whole text of a long fic is never made as a string again (each copy is 12 MB at 1M
 * words, and V8 keeps dead ones until a major GC). And a version's view of the buffer refuses to be read
 * once the document has moved on, rather than answer from another version's text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-textdocument';
import { FicDocument } from '../../src/lsp/documents';
import { OpenFic } from '../../src/lsp/openFic';
import { LargeGarbage } from '../../src/node/largeGarbage';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { getDocumentSymbols } from '../../src/core/features/documentSymbols';
import { getFoldingRanges } from '../../src/core/features/foldingRanges';
import { generateCorpus } from '../../bench/corpus';
import { canonOf } from '../canon/helpers';

/** A document that counts how often its whole text is made. */
class CountingDocument extends FicDocument {
  wholeTexts = 0;
  override getText(range?: Range): string {
    if (!range) this.wholeTexts++;
    return super.getText(range);
  }
}

const corpus = generateCorpus({ words: 3000, seed: 5, canonSize: 80, misspellRate: 0.1, isEnglish: () => false });
const env = { canon: canonOf(corpus.canon.text), target: 5000 };

/** Offsets of letters inside story words, spread over the text. */
function typingSpots(text: string, n: number): number[] {
  const out: number[] = [];
  for (let k = 1; k <= n; k++) {
    let at = Math.floor((text.length * k) / (n + 1));
    while (at < text.length && !/[a-z]/.test(text[at]!)) at++;
    out.push(at);
  }
  return out;
}

for (const [name, edit] of [
  ['typing a letter', (at: number) => ({ at, del: 0, insert: 'e' })],
  ['deleting a letter', (at: number) => ({ at, del: 1, insert: '' })],
  ['typing a misspelled name', (at: number) => ({ at, del: 0, insert: ' Rukai ' })],
  ['pressing Enter', (at: number) => ({ at, del: 0, insert: '\n' })],
] as const) {
  test(`${name}: model, lints, diagnostics, totals, outline and folds never make the whole text`, () => {
    const doc = new CountingDocument('file:///long.fic', 'fic', 1, corpus.text);
    const fic = new OpenFic(doc, () => env);
    fic.diagnostics();
    const before = doc.wholeTexts;
    const spots = typingSpots(corpus.text, 25);
    for (let k = 0; k < spots.length; k++) {
      const e = edit(spots[k]! + k); // earlier edits moved the text by about a unit each
      const version = k + 2;
      doc.update([{ range: { start: doc.positionAt(e.at), end: doc.positionAt(e.at + e.del) }, text: e.insert }], version);
      fic.diagnostics();
      fic.counts([{ start: 0, end: 100 }]);
      getDocumentSymbols(fic.model());
      getFoldingRanges(fic.model());
    }
    assert.equal(doc.wholeTexts - before, 0, 'whole texts made while typing');
    // And the result is right: the same lints as a full parse and check of the final text.
    const final = doc.getText();
    assert.deepStrictEqual(fic.lints(), getLints(parse(final), env));
    assert.equal(fic.model().text, final);
  });
}

test('a version’s view of the document buffer throws once the document has moved on', () => {
  const doc = new FicDocument('file:///a.fic', 'fic', 1, 'One two three.\n\nFour five.\n');
  doc.update([{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: '!' }], 2);
  const source = doc.source();
  assert.equal(typeof source, 'object', 'an edited document is read from its buffer');
  assert.equal(source.slice(0, 4), 'One!');
  assert.equal(source.charCodeAt(3), 0x21);
  assert.ok(Number.isNaN(source.charCodeAt(source.length)));
  doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }], 3);
  assert.throws(() => source.slice(0, 4), /version 2 read after the document moved to version 3/);
  assert.throws(() => source.charCodeAt(0), /version 2/);
  assert.equal(doc.source().slice(0, 4), 'ne! ');
});

test('getText of a range and the line breaks are cut from the buffer, not from a whole-text string', () => {
  const doc = new CountingDocument('file:///a.fic', 'fic', 1, 'Alpha\r\nBeta\n\nGamma');
  doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }], 2);
  assert.equal(doc.getText({ start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }), 'xBeta');
  assert.equal(doc.getEOLCharacters(0), '\r\n');
  assert.deepStrictEqual(doc.positionAt(doc.offsetAt({ line: 3, character: 2 })), { line: 3, character: 2 });
  assert.equal(doc.wholeTexts, 0);
});

test('indexOf searches the buffer by whole UTF-16 units, never past the text into spare room', () => {
  const doc = new FicDocument('file:///a.fic', 'fic', 1, '\u0a00\u0a0a\nab\n');
  doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2);
  const source = doc.source();
  // U+0A00 U+0A0A are bytes 00 0A 0A 0A in UTF-16LE: a byte search would find `\n` (0A 00) inside them.
  assert.equal(source.indexOf('\n', 0), 3);
  assert.equal(source.indexOf('\n', 4), 6);
  assert.equal(source.indexOf('\n', 7), -1);
  // Deleting the last line leaves its bytes in the buffer's spare room: they are not text any more.
  doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }], 3);
  assert.equal(doc.source().indexOf('\n', 4), -1);
  assert.equal(doc.source().indexOf('b', 0), -1);
});

test('the document reports the whole-text strings it lets go, once', () => {
  const doc = new FicDocument('file:///a.fic', 'fic', 1, 'One two.\n\nThree.\n');
  const edit = (version: number) => doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], version);
  assert.equal(doc.takeDropped(), 0);
  edit(2); // the opening string goes; the text now lives in the buffer
  assert.equal(doc.takeDropped(), 17);
  edit(3);
  assert.equal(doc.takeDropped(), 0, 'no string was made, none was let go');
  doc.getText();
  edit(4);
  assert.equal(doc.takeDropped(), 19);
  assert.equal(doc.takeDropped(), 0);
});

test('LargeGarbage collects once the dead bytes reach its threshold, once per batch', async () => {
  let collections = 0;
  const garbage = new LargeGarbage(() => collections++);
  garbage.died(4 << 20);
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(collections, 0, 'below the threshold: left to V8');
  garbage.died(5 << 20);
  garbage.died(9 << 20); // already scheduled: still one collection
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(collections, 1);
  garbage.died(1 << 20);
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(collections, 1, 'the count starts again after a collection');
  new LargeGarbage(null).died(64 << 20); // no gc available: nothing to call, no throw
});

test('LargeGarbage waits while the server is busy (a fic just opened awaits its first diagnostics), then collects once', async () => {
  let collections = 0;
  let busy = true;
  const garbage = new LargeGarbage(() => collections++, () => busy);
  garbage.died(16 << 20);
  await new Promise((r) => setTimeout(r, 180));
  assert.equal(collections, 0, 'not while busy');
  busy = false;
  await new Promise((r) => setTimeout(r, 120));
  assert.equal(collections, 1, 'once the first diagnostics are out');
});
