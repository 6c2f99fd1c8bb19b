/** Semantic tokens on hand-built models: ranking, splitting at line breaks, ranges and deltas. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  collectSemanticSpans,
  diffSemanticTokens,
  getSemanticTokens,
  semanticTokenTypes,
} from '../../src/core/features/semanticTokens';
import type { AuthorNote, Heading, SceneBreak, Span } from '../../src/core/model';
import { decode, lineStarts, model, pairs, quote, span } from './semanticHelpers';

const note = (s: Span, inline = false): AuthorNote => ({ ...s, inline, position: 'body', label: { start: s.start, end: s.start + 4 } });
const heading = (s: Span): Heading => ({ ...s, kind: 'chapter', title: '' });
const brk = (s: Span): SceneBreak => ({ ...s, glyph: '***' });

test('semantic: dialogue and thoughts', () => {
  const text = `"Go," he said. 'I won't,' she thought.`;
  const m = model(text, { quotes: [quote(span(text, '"Go,"')), quote(span(text, "'I won't,'"), 'thought')] });
  assert.deepEqual(pairs(text, getSemanticTokens(m)), [
    ['"Go,"', 'dialogue'],
    ["'I won't,'", 'thought'],
  ]);
});

test('semantic: a name inside dialogue splits it; a name inside a note is not emitted', () => {
  const text = '"Rukia, wait," he said to Rukia. (A/N: Rukia is fine.)';
  const names = [span(text, 'Rukia'), span(text, 'Rukia', 1), span(text, 'Rukia', 2)];
  const m = model(text, { quotes: [quote(span(text, '"Rukia, wait,"'))], notes: [note(span(text, '(A/N: Rukia is fine.)'), true)] });
  assert.deepEqual(pairs(text, getSemanticTokens(m, { names })), [
    ['"', 'dialogue'],
    ['Rukia', 'character'],
    [', wait,"', 'dialogue'],
    ['Rukia', 'character'],
    ['(A/N: Rukia is fine.)', 'authorNote'],
  ]);
});

test('semantic: title, headings and breaks', () => {
  const text = 'The Roof\n\nChapter 1\n\nText.\n\n***\n\nMore.';
  const m = model(text, {
    header: { start: 0, end: 8, title: span(text, 'The Roof'), fields: [] },
    headings: [heading(span(text, 'Chapter 1'))],
    breaks: [brk(span(text, '***'))],
  });
  assert.deepEqual(decode(text, getSemanticTokens(m)), [
    { line: 0, char: 0, text: 'The Roof', type: 'heading' },
    { line: 2, char: 0, text: 'Chapter 1', type: 'heading' },
    { line: 6, char: 0, text: '***', type: 'sceneBreak' },
  ]);
});

for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
  test(`semantic: a multi-line note is split per line and skips blank lines (${name})`, () => {
    const text = ['A/N: one', 'two', '', 'three', 'Story "speech', 'goes on."'].join(eol);
    const noteEnd = text.indexOf('three') + 5;
    const m = model(text, { notes: [note({ start: 0, end: noteEnd })], quotes: [quote({ start: text.indexOf('"'), end: text.length })] });
    assert.deepEqual(decode(text, getSemanticTokens(m)), [
      { line: 0, char: 0, text: 'A/N: one', type: 'authorNote' },
      { line: 1, char: 0, text: 'two', type: 'authorNote' },
      { line: 3, char: 0, text: 'three', type: 'authorNote' },
      { line: 4, char: 6, text: '"speech', type: 'dialogue' },
      { line: 5, char: 0, text: 'goes on."', type: 'dialogue' },
    ]);
  });
}

test('semantic: a range request returns the tokens of its lines, with absolute positions', () => {
  const text = '"a"\n"b" "c"\n"d"\n"e"';
  const quotes = ['"a"', '"b"', '"c"', '"d"', '"e"'].map((q) => quote(span(text, q)));
  const m = model(text, { quotes });
  const starts = lineStarts(text);
  const data = getSemanticTokens(m, {}, { start: starts[1], end: starts[2] + 2, startLine: 1 });
  assert.deepEqual(decode(text, data), [
    { line: 1, char: 0, text: '"b"', type: 'dialogue' },
    { line: 1, char: 4, text: '"c"', type: 'dialogue' },
    { line: 2, char: 0, text: '"d', type: 'dialogue' },
  ]);
});

test('semantic: a range that starts inside a multi-line note gets only its own lines of the note', () => {
  const text = 'A/N: one\ntwo\nthree\nfour\n"x"';
  const m = model(text, { notes: [note({ start: 0, end: text.indexOf('four') + 4 })], quotes: [quote(span(text, '"x"'))] });
  const starts = lineStarts(text);
  assert.deepEqual(decode(text, getSemanticTokens(m, {}, { start: starts[2], end: starts[3] + 2, startLine: 2 })), [
    { line: 2, char: 0, text: 'three', type: 'authorNote' },
    { line: 3, char: 0, text: 'fo', type: 'authorNote' },
  ]);
});

test('semantic: the delta edit turns the previous data into the new data', () => {
  const before = '"a" b "c"\n"d"\n\'e\'';
  const after = '"a" bb "c"\n"d"\n\'e\'';
  const q = (text: string) => [quote(span(text, '"a"')), quote(span(text, '"c"')), quote(span(text, '"d"')), quote(span(text, "'e'"), 'thought')];
  const prev = getSemanticTokens(model(before, { quotes: q(before) }));
  const next = getSemanticTokens(model(after, { quotes: q(after) }));
  const edits = diffSemanticTokens(prev, next);
  assert.equal(edits.length, 1);
  const [edit] = edits;
  assert.equal(edit.start % 5, 0);
  assert.equal(edit.deleteCount % 5, 0);
  assert.ok(edit.data.length < next.length, 'only the changed tokens are sent');
  const applied = [...prev];
  applied.splice(edit.start, edit.deleteCount, ...edit.data);
  assert.deepEqual(applied, next);
  assert.deepEqual(diffSemanticTokens(next, next), []);
});

test('semantic: the legend has every token type of the issue', () => {
  assert.deepEqual([...semanticTokenTypes].sort(), ['authorNote', 'character', 'dialogue', 'emphasis', 'heading', 'sceneBreak', 'thought']);
});

test('semantic: empty and out-of-range spans never throw', () => {
  const text = 'short';
  const m = model(text, { quotes: [quote({ start: 3, end: 3 }), quote({ start: 4, end: 99 })], breaks: [brk({ start: 50, end: 60 })] });
  assert.deepEqual(pairs(text, getSemanticTokens(m)), [['t', 'dialogue']]);
  assert.deepEqual(getSemanticTokens(model('')), []);
});

/** Ranks, highest first, as documented in semanticTokens.ts. */
const rank = ['sceneBreak', 'heading', 'authorNote', 'character', 'thought', 'dialogue'];

test('semantic: property: tokens are sorted, disjoint, on one line each, and the highest rank wins', () => {
  const spanArb = (len: number) =>
    fc.tuple(fc.nat(len), fc.nat(12)).map(([s, l]) => ({ start: s, end: Math.min(len, s + l) }));
  const sortedSpans = (len: number) =>
    fc.array(spanArb(len), { maxLength: 8 }).map((a) => a.sort((x, y) => x.start - y.start));
  const arb = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', 'é'), maxLength: 60 }).chain((text) =>
    fc.record({
      text: fc.constant(text),
      layers: fc.tuple(...rank.map(() => sortedSpans(text.length))),
    }),
  );
  fc.assert(
    fc.property(arb, ({ text, layers }) => {
      const [breaks, headings, notes, names, thoughts, dialogue] = layers;
      const m = model(text, {
        breaks: breaks.map(brk),
        headings: headings.map(heading),
        notes: notes.map((n) => note(n)),
        quotes: [...thoughts.map((t) => quote(t, 'thought')), ...dialogue.map((d) => quote(d))].sort((a, b) => a.start - b.start),
      });
      const spans = collectSemanticSpans(m, { names });
      // Char by char: the winner is the highest-ranked layer with a span over it (first covering span).
      const expected = new Array<string | undefined>(text.length).fill(undefined);
      for (let c = 0; c < text.length; c++) {
        const l = layers.findIndex((ls) => ls.some((s) => s.start <= c && c < s.end));
        if (l >= 0) expected[c] = rank[l];
      }
      const actual = new Array<string | undefined>(text.length).fill(undefined);
      for (let i = 0; i < spans.length; i += 3) {
        assert.ok(spans[i] < spans[i + 1], 'non-empty');
        if (i > 0) assert.ok(spans[i - 2] <= spans[i], 'sorted, disjoint');
        for (let c = spans[i]; c < spans[i + 1]; c++) actual[c] = semanticTokenTypes[spans[i + 2]];
      }
      assert.deepEqual(actual, expected);
      // Encoded tokens: each within one line, no line-break characters inside.
      for (const t of decode(text, getSemanticTokens(m, { names }))) {
        assert.ok(t.text.length > 0 && !/[\r\n]/.test(t.text), JSON.stringify(t));
      }
    }),
    { numRuns: 500 },
  );
});
