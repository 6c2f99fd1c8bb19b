/**
 * Counts, targets, folding and outline through the real parser, on fics written as tagged paragraphs: each
 * paragraph says what it is, so the expected counts come from the word rule, not from the code under test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { countWords } from '../../src/core/count/wordScanner';
import { getWordCounts } from '../../src/core/count/wordCounts';
import { getFoldingRanges } from '../../src/core/features/foldingRanges';
import { getDocumentSymbols, type FicSymbol } from '../../src/core/features/documentSymbols';
import { validateTarget } from '../../src/core/features/targets';
import { CanonIndex } from '../../src/core/canon/canonIndex';

const skip = parse('Hello world').words.length === 0 && 'the parser has not landed yet';

type Role = 'header' | 'note' | 'heading' | 'story';
/** A fic as `[role, paragraph]` pairs, joined by blank lines. */
function fic(parts: [Role, string][]) {
  const text = parts.map(([, p]) => p).join('\n\n') + '\n';
  const sum = (role: Role) => parts.filter(([r]) => r === role).reduce((n, [, p]) => n + countWords(p), 0);
  return { text, header: sum('header'), notes: sum('note'), headings: sum('heading'), story: sum('story') };
}

const multi = fic([
  ['header', 'Under the Same Sky\nHermione/Ron, Drabble\nFandom: Harry Potter\nSummary: Two walks home, years apart.'],
  ['note', "A/N: Written for a prompt.\nIt's my first one!"],
  ['heading', 'Chapter 1: Rain'],
  ['story', "She didn't mind the rain, or the well-known shortcut through the fields."],
  ['story', '"We\'re nearly there," Ron said -- he wasn\'t.'],
  ['story', 'xXx'],
  ['story', "The Potters' gate creaked. 'Cause of course it did."],
  ['heading', 'Chapter 2: Tea'],
  ['story', 'The kettle sang… at last.'],
  ['note', 'A/N: Thanks for reading!\nReviews are lovely.'],
]);

test('counts through parse(): story, notes, header, headings and the total', { skip }, () => {
  const c = getWordCounts(parse(multi.text));
  assert.deepEqual(
    { story: c.story, notes: c.notes, header: c.header, headings: c.headings },
    { story: multi.story, notes: multi.notes, header: multi.header, headings: multi.headings },
  );
  assert.equal(c.total, countWords(multi.text));
  assert.deepEqual(c.chapters.map((ch) => ch.name), ['Chapter 1: Rain', 'Chapter 2: Tea']);
  assert.deepEqual(c.chapters.map((ch) => ch.scenes.length), [2, 1]);
});

test('an inline (A/N: …) is left out of the story', { skip }, () => {
  const text = 'She waited (A/N: sorry, this part is short) for a long time.\n';
  const c = getWordCounts(parse(text));
  assert.equal(c.story, countWords('She waited for a long time.'));
  assert.equal(c.notes, countWords('(A/N: sorry, this part is short)'));
});

test('folding through parse(): header, notes as comments, chapters and scenes as regions', { skip }, () => {
  const { text } = multi;
  const folds = getFoldingRanges(parse(text)).map((f) => `${f.kind ?? 'header'}: ${text.slice(f.start, f.end).split('\n')[0]}`);
  assert.deepEqual(folds, [
    'header: Under the Same Sky',
    'comment: A/N: Written for a prompt.',
    'region: Chapter 1: Rain',
    "region: She didn't mind the rain, or the well-known shortcut through the fields.",
    "region: The Potters' gate creaked. 'Cause of course it did.",
    'region: Chapter 2: Tea',
    'comment: A/N: Thanks for reading!',
  ]);
});

test('outline through parse()', { skip }, () => {
  const show = (ss: readonly FicSymbol[], d = 0): string[] => ss.flatMap((s) => [`${'  '.repeat(d)}${s.kind} ${s.name}`, ...show(s.children, d + 1)]);
  assert.deepEqual(show(getDocumentSymbols(parse(multi.text))), [
    'title Under the Same Sky',
    'note A/N — “Written for a prompt. It\'s…”',
    'chapter Chapter 1: Rain',
    "  scene Scene 1 — “She didn't mind the rain…”",
    "  scene Scene 2 — “The Potters' gate creaked. 'Cause…”",
    'chapter Chapter 2: Tea',
    '  scene Scene 1 — “The kettle sang… at last”',
    'note A/N — “Thanks for reading! Reviews are…”',
  ]);
  const [title] = getDocumentSymbols(parse(multi.text));
  assert.equal(title.detail, `${multi.story} words`);
});

test('a drabble through parse(): the target lint counts the xXx break and leaves the notes out', { skip }, () => {
  const lints = validateTarget(parse(multi.text), { canon: CanonIndex.empty() });
  const diff = multi.story - 100;
  assert.equal(lints.length, 1);
  assert.equal(
    lints[0].message,
    `This drabble has ${multi.story} words — ${Math.abs(diff)} ${diff > 0 ? 'over' : 'short of'} 100. AO3 will also count the scene break ‘xXx’ as 1 word (included above).`,
  );
  assert.equal(multi.text.slice(lints[0].start, lints[0].end), 'Drabble');
});

test('a headerless one-chapter fic: scenes at the top of the outline', { skip }, () => {
  const text = 'Rain fell on the roof all night.\n\n* * *\n\nBy morning the garden was a lake.\n';
  const symbols = getDocumentSymbols(parse(text));
  assert.deepEqual(symbols.map((s) => `${s.kind} ${s.name} (${s.detail})`), [
    'scene Scene 1 — “Rain fell on the roof…” (7 words)',
    'scene Scene 2 — “By morning the garden was…” (7 words)',
  ]);
});
