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
    fc.property(textArb, fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), fc.boolean(), (initial, batches, prepared) => {
      // The reference: each change applied to a fresh stock document's offsets (no incremental state).
      let expected = initial;
      const ours = new FicDocument('file:///a.fic', 'fic', 1, initial);
      let version = 1;
      // The edit buffer made ahead (the server does so in idle time): the same document in every way.
      if (prepared) {
        ours.prepareForEdits();
        same(expected, version, ours);
      }
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

test('FicDocument line index: LF-only texts (their own fast path), CR, CRLF and mixed, as the stock document reads them', () => {
  const cases = [
    { name: 'no line break', text: 'One line only.' },
    { name: 'LF only', text: 'Title\n\nChapter 1\n\n"Hi," she said.\n' },
    { name: 'LF only, blank lines at both ends', text: '\n\nA\n\n\nB\n\n' },
    { name: 'CRLF only', text: 'Title\r\n\r\nChapter 1\r\n' },
    { name: 'CR only', text: 'Title\r\rChapter 1\r' },
    { name: 'mixed, CR after the last LF', text: 'a\nb\r\nc\rd\n\re' },
    { name: 'a CR first, LFs after', text: '\rone\ntwo\nthree' },
    { name: 'empty', text: '' },
  ];
  for (const c of cases) {
    const ours = new FicDocument('file:///a.fic', 'fic', 1, c.text);
    const stock = TextDocument.create('file:///a.fic', 'fic', 1, c.text);
    assert.equal(ours.lineCount, stock.lineCount, c.name);
    for (let o = 0; o <= c.text.length; o++) assert.deepEqual(ours.positionAt(o), stock.positionAt(o), `${c.name}: positionAt(${o})`);
    for (let line = 0; line < stock.lineCount; line++) assert.equal(ours.offsetAt({ line, character: 0 }), stock.offsetAt({ line, character: 0 }), `${c.name}: line ${line}`);
  }
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

test('FicDocument reads its text through the buffer (gap anywhere) as the string it stands for', () => {
  const needles = ['\n', '\r\n', 'ab', 'xXx', '"', 'a', 'b a', '\u2019\n'];
  fc.assert(
    fc.property(textArb, fc.array(fc.tuple(editArb, fc.nat(), fc.nat()), { maxLength: 14 }), (initial, edits) => {
      let expected = initial;
      const ours = new FicDocument('file:///a.fic', 'fic', 1, initial);
      let version = 1;
      for (const [e, p, q] of edits) {
        const len = expected.length + 1;
        const from = Math.min(e.a % len, (e.a + (e.b % 8)) % len);
        const to = Math.max(e.a % len, (e.a + (e.b % 8)) % len);
        const stock = TextDocument.create('file:///a.fic', 'fic', version, expected);
        const range = { start: stock.positionAt(from), end: stock.positionAt(to) };
        const start = stock.offsetAt(range.start);
        const end = stock.offsetAt(range.end);
        expected = expected.slice(0, start) + e.text + expected.slice(end);
        ours.update([{ range, text: e.text }], ++version);
        // Read as the analysis does, without making the whole string (which would close the gap).
        const source = ours.source();
        assert.equal(source.length, expected.length);
        for (let i = -1; i <= expected.length; i++) assert.ok(Object.is(source.charCodeAt(i), expected.charCodeAt(i)) || (Number.isNaN(source.charCodeAt(i)) && Number.isNaN(expected.charCodeAt(i))), `charCodeAt(${i})`);
        const a = p % (expected.length + 1);
        const b = Math.min(expected.length, a + (q % 12));
        assert.equal(ours.slice(a, b), expected.slice(a, b), `slice(${a}, ${b})`);
        for (const needle of needles) {
          for (const at of [0, a, b]) assert.equal(ours.indexOf(needle, at), expected.indexOf(needle, at), `indexOf(${JSON.stringify(needle)}, ${at})`);
        }
        if (q % 3 === 0) {
          // The whole string made (it closes the gap): a view made before reads the same text still.
          assert.equal(ours.getText(), expected);
          for (let i = 0; i < expected.length; i++) assert.equal(source.charCodeAt(i), expected.charCodeAt(i), `charCodeAt(${i}) after getText`);
        }
      }
      assert.equal(ours.getText(), expected);
    }),
    { numRuns: 400 },
  );
});

test('FicDocument: a view of the text made before the whole string reads the same after it (the gap closed)', () => {
  const text = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
  const ours = new FicDocument('file:///a.fic', 'fic', 1, text);
  ours.update([{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, text: 'Q' }], 2);
  const expected = text.slice(0, 10) + 'Q' + text.slice(10);
  const source = ours.source();
  const probe = [0, 9, 10, 11, 5000, 100_000, 199_999, 200_000];
  for (const i of probe) assert.equal(source.charCodeAt(i), expected.charCodeAt(i), `before: ${i}`);
  assert.equal(ours.getText(), expected);
  for (const i of probe) assert.equal(source.charCodeAt(i), expected.charCodeAt(i), `after: ${i}`);
  assert.equal(source.slice(150_000, 150_020), expected.slice(150_000, 150_020));
});
