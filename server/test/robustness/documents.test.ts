/** `FicDocument` (the server's document store) behaves exactly like the stock `TextDocument` under any edits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FicDocument } from '../../src/lsp/documents';

const alphabet = ['a', 'b', ' ', '\n', '\r\n', '\r', '"', '\u2019', '\ud83d\ude00', 'xXx'];
const textArb = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((parts) => parts.join(''));

interface EditSpec {
  a: number;
  b: number;
  text: string;
  wild: boolean;
}
const editArb = fc.record({ a: fc.nat(), b: fc.nat(), text: textArb, wild: fc.boolean() }) as fc.Arbitrary<EditSpec>;

/** Same text, lines and positions as a stock document created from scratch with the expected text. */
function same(expected: string, version: number, ours: FicDocument): void {
  assert.equal(ours.getText(), expected);
  const stock = TextDocument.create('file:///a.fic', 'fic', version, expected);
  assert.equal(ours.lineCount, stock.lineCount);
  assert.equal(ours.version, stock.version);
  const n = stock.getText().length;
  for (let o = -1; o <= n + 1; o++) assert.deepEqual(ours.positionAt(o), stock.positionAt(o), `positionAt(${o})`);
  for (let line = -1; line <= stock.lineCount; line++) {
    for (const character of [-1, 0, 1, 2, 5, 100]) {
      const p = { line, character };
      assert.equal(ours.offsetAt(p), stock.offsetAt(p), `offsetAt(${line}:${character})`);
    }
    assert.deepEqual(ours.getLineRange(line), stock.getLineRange(line));
    assert.equal(ours.getEOLCharacters(line), stock.getEOLCharacters(line));
  }
}

test('FicDocument matches TextDocument after random incremental edits', () => {
  fc.assert(
    fc.property(textArb, fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (initial, batches) => {
      // The reference: each change applied to a fresh stock document's offsets (no incremental state).
      let expected = initial;
      const ours = new FicDocument('file:///a.fic', 'fic', 1, initial);
      let version = 1;
      for (const batch of batches) {
        const changes = batch.map((e) => {
          const stock = TextDocument.create('file:///a.fic', 'fic', version, expected);
          const len = expected.length + 1;
          // Positions from offsets, or raw (possibly out of range, reversed) positions as a client may send.
          const range = e.wild
            ? { start: { line: e.a % 5, character: e.b % 7 }, end: { line: e.b % 5, character: e.a % 7 } }
            : { start: stock.positionAt(e.a % len), end: stock.positionAt((e.a + (e.b % 8)) % len) };
          let from = stock.offsetAt(range.start);
          let to = stock.offsetAt(range.end);
          if (from > to) [from, to] = [to, from];
          expected = expected.slice(0, from) + e.text + expected.slice(to);
          return { range, text: e.text };
        });
        version++;
        ours.update(changes, version);
        same(expected, version, ours);
      }
    }),
    { numRuns: 400 },
  );
});

test('FicDocument takes full-text changes', () => {
  const ours = new FicDocument('file:///a.fic', 'fic', 1, 'one\ntwo');
  ours.update([{ text: 'three\r\nfour\rfive' }], 2);
  assert.equal(ours.getText(), 'three\r\nfour\rfive');
  assert.equal(ours.lineCount, 3);
  assert.deepEqual(ours.positionAt(13), { line: 2, character: 1 });
});

test('FicDocument survives many small edits (pieces collapse)', () => {
  const stock = TextDocument.create('u', 'fic', 1, 'abc\n'.repeat(300));
  const ours = new FicDocument('u', 'fic', 1, 'abc\n'.repeat(300));
  for (let i = 0; i < 2000; i++) {
    const pos = stock.positionAt((i * 37) % stock.getText().length);
    const change = { range: { start: pos, end: pos }, text: i % 50 === 0 ? '\n' : 'e' };
    TextDocument.update(stock, [change], i + 2);
    ours.update([change], i + 2);
  }
  same(stock.getText(), stock.version, ours);
});
