import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { validatePostingLimits } from '../../src/core/features/postingLimits';
import { exportForAo3 } from '../../src/core/export/ao3';

const paragraph = '"Come in," she said, and the rain did not stop. The rain fell on the roof and she kept writing.';

test('a chapter whose words alone pass 510,000 characters is over for certain, reported without rendering it', () => {
  const text = `The Long Roof\nSummary: Long.\n\nChapter 1: All of it\n\n${Array(9000).fill(paragraph).join('\n\n')}\n`;
  const lints = validatePostingLimits(parse(text)).filter((l) => l.code === 'ao3.posting-limit');
  assert.equal(lints.length, 1);
  assert.equal(text.slice(lints[0]!.start, lints[0]!.end), 'Chapter 1: All of it');
  assert.match(lints[0]!.message, /^Chapter 1's text, as posted HTML, is over 510,000 characters \(its words alone are [\d,]+\)/);
  // The export, which renders it, agrees that it is over.
  assert.ok(exportForAo3(parse(text)).problems.some((p) => p.code === 'ao3.posting-limit' && /Chapter 1's text/.test(p.message)));
});

test('a long chapter near the limit is measured exactly: under it, no lint', () => {
  const text = `The Long Roof\nSummary: Long.\n\nChapter 1: Most of it\n\n${Array(4000).fill(paragraph).join('\n\n')}\n`;
  assert.ok(text.length > 300_000 && text.length < 510_000);
  assert.deepEqual(validatePostingLimits(parse(text)).filter((l) => l.code === 'ao3.posting-limit'), []);
});

test('notes fields rendered for the last version are reused only where their text is unchanged: the lints equal a fresh check', async () => {
  const { checkPostingLimits } = await import('../../src/core/features/postingLimits');
  const longNote = `A/N: ${'Thank you for reading & for every comment, <3. '.repeat(120)}`;
  const stripped = 'A/N: <font color="red">this tag</font> goes.';
  const chapters = (n: number, tail: string) =>
    Array.from({ length: n }, (_, k) => `Chapter ${k + 1}\n\nA/N: short note ${k}.\n\n${paragraph}\n\n${k === 1 ? longNote : k === 2 ? stripped : tail}`).join('\n\n');
  const versions = [
    `Notes Everywhere\nRating: Teen And Up Audiences\n\n${chapters(4, 'End.')}`,
    `Notes Everywhere\nRating: Teen And Up Audiences\n\n${chapters(4, 'End!')}`, // story edited: every field reused
    `Notes Everywhere\nRating: Teen And Up Audiences\n\n${chapters(4, 'End!').replace('short note 0', 'a short note 0')}`, // one note edited
    `Notes Everywhere\nRating: Teen And Up Audiences\n\n${chapters(4, 'End!').replace(longNote, 'A/N: now short.')}`, // the long one gone
  ];
  let previous: ReturnType<typeof checkPostingLimits> | undefined;
  const seen: number[] = [];
  for (const text of versions) {
    const model = parse(text);
    const check = checkPostingLimits(model, previous);
    assert.deepEqual(check.lints, validatePostingLimits(parse(text)), 'equal to a check from scratch');
    seen.push(check.lints.filter((l) => l.code === 'ao3.posting-limit').length);
    // A field AO3 would strip something from is never kept (its problems carry offsets).
    for (const key of check.notesHtml.keys()) assert.ok(!key.includes('<font'), 'a field with stripped HTML is not cached');
    if (previous) for (const [key, html] of check.notesHtml) if (previous.notesHtml.has(key)) assert.equal(html, previous.notesHtml.get(key));
    previous = check;
  }
  assert.deepEqual(seen, [1, 1, 1, 0], 'the long notes field is over the limit until it is shortened');
});

test('the limits-only export leaves the chapter titles empty (none can pass 255 characters) and finds the same problems', () => {
  const text = `Title: Titles\nRating: Spicy\n\nChapter 1: Short\n\n${paragraph}\n\nChapter 2: ${'Long Road '.repeat(15).trim()}\n\n${paragraph}\n`;
  const model = parse(text);
  assert.deepEqual(exportForAo3(model).work.chapters.map((c) => c.title.length), [5, 149]);
  assert.deepEqual(exportForAo3(model, { limitsOnly: true }).work.chapters.map((c) => c.title), ['', '']);
  assert.deepEqual(exportForAo3(model, { limitsOnly: true }).problems, exportForAo3(model).problems);
  assert.deepEqual(validatePostingLimits(model).map((l) => l.code), ['ao3.field-value']);
});

// [header, why]: a limits-only export finds the same problems as the full one, and reads no tag list.
const limitsOnlyHeaders: [string, string][] = [
  ['Title: Fields\nRating: Spicy\nWarnings: None, Bad Stuff, MCD\nCategory: F/M, Weird\nStatus: Maybe\nFandom: A, B\nCharacters: C; D\nTags: fluff, angst', 'every kind of field problem, and lists'],
  ['Ships and Tags\n\nRenji/Rukia, One-shot/ Drabble, Hurt/Comfort\n\nRating: T\nArchive Warning: Violence, Sparkles', 'a tags line of ships and tags; a warning that would go to the tags'],
  ['Title: Plain\nRating: Teen And Up Audiences\nStatus: WIP', 'no problem'],
];
for (const [header, why] of limitsOnlyHeaders) {
  test(`limits-only export: ${why}`, () => {
    const model = parse(`${header}\n\nChapter 1\n\n${paragraph}\n\nA/N: a note.\n`);
    const full = exportForAo3(model);
    const limits = exportForAo3(model, { limitsOnly: true });
    assert.deepEqual(limits.problems, full.problems);
    assert.deepEqual([limits.work.fandoms, limits.work.relationships, limits.work.characters, limits.work.tags], [[], [], [], []]);
    assert.equal(limits.work.rating, full.work.rating);
    assert.deepEqual(limits.work.warnings, full.work.warnings);
    assert.ok(full.work.tags.length + full.work.relationships.length + full.work.fandoms.length > 0 || why === 'no problem', 'the full export reads the lists');
  });
}

// Where each note goes (each chapter's paragraphs found by binary search): [text, per chapter its beginning
// and end notes (their words), why].
const notePlaces: [string, string[][], string][] = [
  [`Title: Before\nRating: T\n\nA/N: first.\n\n${paragraph}\n\nChapter 1\n\nA/N: one.\n\n${paragraph}\n\nA/N: after one.\n\nChapter 2\n\n${paragraph}\n\nA/N: last.\n`,
    [['', ''], ['one.', 'after one.'], ['', 'last.']], 'story before the first heading is a chapter of its own; a note before it goes to the work'],
  [`Title: Empty\nRating: T\n\nChapter 1\n\n${paragraph}\n\nChapter 2\n\nA/N: only a note here.\n\nChapter 3\n\n${paragraph}\n\nA/N: the end.\n`,
    [['', ''], ['only a note here.', ''], ['', 'the end.']], 'a chapter with no story: its note goes to its beginning notes'],
  [`Title: Three\nRating: T\n\nChapter 1\n\nA/N: hello.\n\n${paragraph}\n\nChapter 2\n\nA/N: two.\n\n${paragraph}\n\n${paragraph}\n\nA/N: two after.\n`,
    [['', ''], ['two.', 'two after.']], 'notes before and after each story (the first chapter\'s beginning notes are the work\'s)'],
];
for (const [text, expected, why] of notePlaces) {
  test(`export notes: ${why}`, () => {
    const { work } = exportForAo3(parse(text));
    const words = (html: string) => html.replace(/<[^>]+>/g, '').trim();
    assert.deepEqual(work.chapters.map((c) => [words(c.notes), words(c.endNotes)]), expected);
  });
}
