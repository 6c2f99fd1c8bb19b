/**
 * The incremental reparse's fast path: the edits a writer makes most (a letter, a space, a quote mark,
 * a deletion, Enter, a pasted sentence, joining two paragraphs) re-read only their paragraphs, and every
 * result equals a full parse. Edits that change structure (a heading, a break, a note marker, the header)
 * are checked too: they must still give the full parse's model, whichever path they take.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../src/core/parse/parse';
import { combineEdits, reparse, type TextEdit } from '../../src/core/parse/incremental';
import { scanInline, scanProse, useConvention, type InlineOut } from '../../src/core/parse/quotes';
import { dialogueStyles } from '../../src/core/parse/conventions';
import { scanWords, SpanBuffer } from '../../src/core/count/wordScanner';
import { lines } from './helpers';

const story = lines(
  'The Long Night',
  'Hermione/Ron, Drabble',
  'Summary: A night on the wall.',
  '',
  'Chapter 1: Lanterns',
  '',
  'Rukia walked along the outer wall, counting the lanterns one by one. She won\'t stop now.',
  '',
  '"Are you coming?" Renji called. "It\'s late, and the Potters\' owl is waiting.',
  '',
  '"Because I won\'t wait all night," he added.',
  '',
  'She thought, *not yet*, and kept walking. \'Cause the wall was long.',
  '',
  '* * *',
  '',
  'Morning came (A/N: finally!) over the roofs. The end of the wall was near.',
  '',
  'They sat on the edge and watched the sun rise over the city.',
);

/** `text` with the first occurrence of `find` (after `after`) replaced by `by`; the edit made. */
function edit(text: string, find: string, by: string, after = ''): { edit: TextEdit; next: string } {
  const from = after ? text.indexOf(after) : 0;
  const start = text.indexOf(find, from);
  assert.ok(start >= 0 && from >= 0, `fixture has ${JSON.stringify(find)}`);
  const e = { start, end: start + find.length, text: by };
  return { edit: e, next: text.slice(0, start) + by + text.slice(start + find.length) };
}

/** Inserts `what` right after the first `anchor`. */
function insertAfter(text: string, anchor: string, what: string): { edit: TextEdit; next: string } {
  const at = text.indexOf(anchor) + anchor.length;
  assert.ok(at >= anchor.length, `fixture has ${JSON.stringify(anchor)}`);
  return { edit: { start: at, end: at, text: what }, next: text.slice(0, at) + what + text.slice(at) };
}

const fastCases: [string, { edit: TextEdit; next: string }][] = [
  ['a letter inside a word', insertAfter(story, 'count', 'x')],
  ['a space', insertAfter(story, 'counting the', ' ')],
  ['deleting a letter', edit(story, 'lanterns', 'lantern')],
  ['a closing quote that ends the speech in its paragraph', insertAfter(story, 'owl is waiting.', '"')],
  ['deleting the opening quote of the continuing paragraph', edit(story, '"Because', 'Because')],
  ['a quote that opens a speech', insertAfter(story, 'They sat on the edge and ', '"')],
  ['Enter inside a paragraph (one line break)', insertAfter(story, 'one by one.', '\n')],
  ['Enter twice: the paragraph splits', insertAfter(story, 'one by one.', '\n\n')],
  ['splitting inside an open speech', insertAfter(story, 'Renji called.', '\n\n')],
  ['pasting a sentence', insertAfter(story, 'over the roofs.', ' "Look," she said, and pointed at the sun.')],
  ['joining two paragraphs (the blank line deleted)', edit(story, 'near.\n\nThey', 'near. They')],
  ['a new paragraph typed at the end', { edit: { start: story.length, end: story.length, text: '\n\nThe end.' }, next: `${story}\n\nThe end.` }],
  ['an apostrophe at a word start', insertAfter(story, 'kept walking. ', "'")],
  ['an asterisk that opens a thought', insertAfter(story, 'She thought, *not yet*, and ', '*')],
  ['an inline note typed', insertAfter(story, 'watched the sun ', '(A/N: it rose) ')],
];

for (const [name, { edit: e, next }] of fastCases) {
  test(`reparse fast path: ${name}`, () => {
    const previous = parse(story);
    const model = reparse(previous, e, next);
    assert.deepStrictEqual(model, parse(next));
    assert.equal(model.paragraphs[0], previous.paragraphs[0], 'the spans before the edit are the same objects');
  });
}

const structuralCases: [string, { edit: TextEdit; next: string }][] = [
  ['a heading line typed between paragraphs', insertAfter(story, 'one by one.', '\n\nChapter 2\n\n')],
  ['a scene break typed', insertAfter(story, 'one by one.', '\n\n***\n\n')],
  ['a note marker at a paragraph start', edit(story, 'They sat', 'A/N: They sat')],
  ['the paragraph after the header becomes a field', edit(story, 'Chapter 1: Lanterns', 'Rating: T')],
  ['an edit in the title', insertAfter(story, 'The Long', 'est')],
  ['the whole story paragraph deleted', edit(story, 'They sat on the edge and watched the sun rise over the city.', '')],
  ['a closing bracket near a note', insertAfter(story, 'Morning came', ')')],
  ['the heading removed', edit(story, 'Chapter 1: Lanterns\n\n', '')],
];

for (const [name, { edit: e, next }] of structuralCases) {
  test(`reparse after a structural edit equals parse: ${name}`, () => {
    assert.deepStrictEqual(reparse(parse(story), e, next), parse(next));
  });
}

/** Typing in the blank space after a paragraph: the fast path, whatever paragraph comes next. */
const gapCases: [string, string, string, string][] = [
  // [name, a part of the story, that part with the caret (`|`) placed in blank space, what is typed]
  ['after a trailing space, before a scene break', 'the wall was long.\n', 'the wall was long. |\n', 'x'],
  ['after a trailing space, before a heading', 'over the city.', 'over the city. |\n\nChapter 2\n\nMore.', 'T'],
  ['on the line Enter left, before a scene break', 'the wall was long.\n', 'the wall was long.\n|\n', 'H'],
  ['a quote on the line Enter left, before prose', "She won't stop now.\n", "She won't stop now.\n|\n", '"'],
  ['a new paragraph on a blank line, a blank line before a heading', 'over the city.', 'over the city.\n\n|\n\nChapter 2\n\nMore.', 'Then'],
];

for (const [name, part, withCaret, typed] of gapCases) {
  test(`reparse fast path, typing between paragraphs: ${name}`, () => {
    assert.ok(story.includes(part), name);
    const marked = story.replace(part, withCaret);
    const at = marked.indexOf('|');
    const base = marked.slice(0, at) + marked.slice(at + 1);
    const next = base.slice(0, at) + typed + base.slice(at);
    const previous = parse(base);
    const model = reparse(previous, { start: at, end: at, text: typed }, next);
    assert.deepStrictEqual(model, parse(next));
    assert.equal(model.paragraphs[0], previous.paragraphs[0], 'the fast path: the spans before the edit are the same objects');
  });
}

test('typing on a line right above a paragraph joins it: the reparse equals parse', () => {
  const base = lines('Title: Ash', 'Fandom: Original Work', '', 'One.', '', '', 'Two here.', '', '* * *', '', 'Three.');
  for (const [at, typed] of [[base.indexOf('Two') - 1, 'x'], [base.indexOf('* * *') - 1, 'y'], [base.indexOf('One.') + 5, 'z']] as const) {
    const next = base.slice(0, at) + typed + base.slice(at);
    assert.deepStrictEqual(reparse(parse(base), { start: at, end: at, text: typed }, next), parse(next), `${typed} at ${at}`);
  }
});

test('a top note with an unclosed bracket: a bracket typed below it gives the full parse', () => {
  const text = lines('[A/N: this note', '', 'goes on here', '', 'Story starts, and it runs on.', '', 'More story, then a bracket.');
  for (const what of [']', ')', '\n\n', 'x']) {
    const { edit: e, next } = insertAfter(text, 'then a bracket', what);
    assert.deepStrictEqual(reparse(parse(text), e, next), parse(next), JSON.stringify(what));
  }
});

test('no header yet: a paragraph edited into a tags line or a field joins a header above it', () => {
  const text = lines('Rain on the Roof', '', 'She waited by the river, counting the boats.', '', 'More story, and then some.');
  for (const by of ['Angst/Drabble', 'Rating: T', 'by Someone', 'She waited by the river, counting boats']) {
    const { edit: e, next } = edit(text, 'She waited by the river, counting the boats.', by);
    assert.deepStrictEqual(reparse(parse(text), e, next), parse(next), by);
  }
});

test('combineEdits: a batch of edits is one edit of the old text', () => {
  const old = 'abcdefghij';
  const list: TextEdit[] = [{ start: 2, end: 4, text: 'XY' }, { start: 8, end: 9, text: '' }, { start: 0, end: 1, text: '__' }];
  let text = old;
  for (const e of list) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  const one = combineEdits(list, old.length, text)!;
  assert.equal(old.slice(0, one.start) + one.text + old.slice(one.end), text);
  assert.equal(combineEdits([{ start: 5, end: 99, text: '' }], old.length, old), undefined, 'out of bounds');
});

/** Edits a writer makes: letters, spaces, quote marks, line breaks, deletions, sentences. */
const typing = fc.record({
  pos: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.constantFrom(0, 0, 0, 1, 2, 5),
  insert: fc.constantFrom('', 'e', ' ', '"', '\u201c', '\u201d', "'", '*', '\n', '\n\n', '\r\n', '(', ')', 'A/N: ', '***', 'Chapter 9', ' "Go," she said. '),
});

test('random typing sequences (quotes, Enter, deletions) keep reparse equal to parse', () => {
  fc.assert(
    fc.property(fc.array(typing, { minLength: 1, maxLength: 30 }), (ms) => {
      let text = story;
      let model = parse(text);
      for (const m of ms) {
        const start = Math.floor(m.pos * text.length);
        const e = { start, end: Math.min(text.length, start + m.del), text: m.insert };
        text = text.slice(0, e.start) + e.text + text.slice(e.end);
        model = reparse(model, e, text);
        assert.deepStrictEqual(model, parse(text));
      }
    }),
    { numRuns: 150 },
  );
});

const proseText = fc.array(fc.constantFrom('a', 'Rukia', ' ', '\n', '"', '\u201c', '\u201d', "'", '\u2019', '\u2018', '*', '_', '(A/N: x)', '[AN: y', ')', '<i>', '<a href="x">', '-', '--', 'won\'t', '\u6f22', '\ud83d\ude00', '.'), { maxLength: 60 }).map((p) => p.join(''));

test('random typing in the blank space between paragraphs, headings and breaks keeps reparse equal to parse', () => {
  const block = fc.constantFrom('She ran.', '"Wait," he said.', 'It rained all night, and', '* * *', '***', 'Chapter 2', 'Chapter 3: Ash', 'A/N: thanks!', '- Rukia');
  const gap = fc.constantFrom('\n', '\n\n', '\n\n\n', ' \n\n', '\n \n', '\r\n\r\n', '  \n\n\n');
  const typed = fc.constantFrom('x', ' ', '\n', '"', '*', 'The', '\n\nNew.', '***', '(', 'A/N: hi');
  fc.assert(
    fc.property(fc.array(fc.tuple(block, gap), { minLength: 2, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), typed), { minLength: 1, maxLength: 6 }), (blocks, keys) => {
      let text = `Title: Ash\nFandom: Original Work\n\n${blocks.map(([b, g]) => b + g).join('')}`;
      let model = parse(text);
      for (const [n, insert] of keys) {
        // A place in the blank space between two blocks (after a paragraph's last character, before the next).
        const spots: number[] = [];
        for (let i = 1; i < text.length; i++) if (/\s/.test(text[i]!) && !/\s/.test(text[i - 1]!)) for (let j = i; j < text.length && /\s/.test(text[j]!); j++) spots.push(j + 1);
        if (spots.length === 0) return;
        const at = spots[n % spots.length]!;
        const e = { start: at, end: at, text: insert };
        text = text.slice(0, at) + insert + text.slice(at);
        model = reparse(model, e, text);
        assert.deepStrictEqual(model, parse(text), JSON.stringify({ text, at, insert }));
      }
    }),
    { numRuns: 300 },
  );
});

test('scanProse (one pass) finds what scanWords and scanInline find separately', () => {
  fc.assert(
    fc.property(proseText, fc.boolean(), (text, continues) => {
      const a: InlineOut = { quotes: [], notes: [] };
      const wa = new SpanBuffer(4);
      const ka = scanProse(text, 0, text.length, continues, a, wa);
      const b: InlineOut = { quotes: [], notes: [] };
      const wb = new SpanBuffer(4);
      scanWords(text, 0, text.length, wb);
      const kb = scanInline(text, 0, text.length, continues, b);
      assert.deepStrictEqual([ka, a, wa.toArray()], [kb, b, wb.toArray()]);
    }),
    { numRuns: 500 },
  );
});

test('scanProse finds what scanWords and scanInline find separately, in every dialogue convention (apostrophes inside words included)', () => {
  const pieces = fc.constantFrom('a', 'Rukia', ' ', '\n', '"', '\u201c', '\u201d', "'", '\u2019', '\u2018', '\u201a', 'won\'t', 'Renji\u2019s', 'Potters\'', "rock 'n' roll", "'Cause", '9\'0', 'x\'\u00e9',
    '\u00ab', '\u00bb', '\u201e', '\u300c', '\u300d', '\u2014', '\u2013', '-', '--', ', ', '. ', '*', '_', '(A/N: x)', '\u00e9t\u00e9');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 50 }).map((p) => p.join('')), fc.boolean(), fc.constantFrom(...dialogueStyles), (text, continues, style) => {
      useConvention(style);
      const a: InlineOut = { quotes: [], notes: [] };
      const wa = new SpanBuffer(4);
      const ka = scanProse(text, 0, text.length, continues, a, wa, continues ? 'straight' : undefined);
      const b: InlineOut = { quotes: [], notes: [] };
      const wb = new SpanBuffer(4);
      scanWords(text, 0, text.length, wb);
      const kb = scanInline(text, 0, text.length, continues, b, continues ? 'straight' : undefined);
      assert.deepStrictEqual([ka, a, wa.toArray()], [kb, b, wb.toArray()], `${style} ${JSON.stringify(text)}`);
    }),
    { numRuns: 1500 },
  );
  useConvention('en-US');
});
