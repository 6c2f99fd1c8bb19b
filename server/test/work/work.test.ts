import { test } from 'node:test';
import assert from 'node:assert/strict';
import { naturalCompare } from '../../src/core/work/chapterOrder';
import { parseWorkFile, normalizeChapterPath } from '../../src/core/work/workFile';
import { orderChapterNames, planWorks, summarizeChapter, workTarget, workTitle, workTotals } from '../../src/core/work/work';
import { parse } from '../../src/core/parse/parse';

test('chapter files in natural order: numbers as numbers, prologue first, epilogue last', () => {
  const cases: [string[], string[]][] = [
    [['10.fic', '2.fic', '1.fic'], ['1.fic', '2.fic', '10.fic']],
    [['Chapter 10.fic', 'Chapter 9.fic', 'Chapter 1.fic'], ['Chapter 1.fic', 'Chapter 9.fic', 'Chapter 10.fic']],
    [['02.fic', '01 Prologue.fic', '03 The Roof.fic'], ['01 Prologue.fic', '02.fic', '03 The Roof.fic']],
    [['Epilogue.fic', 'Chapter 2.fic', 'Prologue.fic', 'Chapter 1.fic'], ['Prologue.fic', 'Chapter 1.fic', 'Chapter 2.fic', 'Epilogue.fic']],
    [['b.fic', 'A.fic', 'c.fic'], ['A.fic', 'b.fic', 'c.fic']],
    [['ch007.fic', 'ch7b.fic', 'ch06.fic'], ['ch06.fic', 'ch007.fic', 'ch7b.fic']],
    [['99999999999999999999.fic', '100000000000000000000.fic'], ['99999999999999999999.fic', '100000000000000000000.fic']],
  ];
  for (const [input, expected] of cases) assert.deepEqual(orderChapterNames(input), expected, input.join(', '));
  assert.equal(naturalCompare('a.fic', 'a.fic'), 0);
});

test('a work file: title, fields running over lines, chapters, comments, and paths that leave the folder refused', () => {
  const text = [
    '# my work',
    'Title: The Quiet Roof',
    'Summary: Two old friends',
    '  share a rooftop.',
    '',
    'Target: 60,000',
    'Chapters:',
    '  prologue.fic',
    '',
    '  # the middle',
    '  sub/the roof.fic',
    '  ../outside.fic',
    '  /etc/passwd',
    '  prologue.fic',
    'Rating: General Audiences',
  ].join('\n');
  const work = parseWorkFile(text);
  assert.equal(work.title, 'The Quiet Roof');
  assert.deepEqual(work.fields.map((f) => [f.name, f.value]), [
    ['title', 'The Quiet Roof'],
    ['summary', 'Two old friends\nshare a rooftop.'],
    ['target', '60,000'],
    ['rating', 'General Audiences'],
  ]);
  assert.deepEqual(work.chapters!.map((c) => c.path), ['prologue.fic', 'sub/the roof.fic']);
  assert.deepEqual(work.lints.map((l) => [l.severity, text.slice(l.start, l.end)]), [
    ['error', '../outside.fic'],
    ['error', '/etc/passwd'],
    ['warning', 'prologue.fic'],
  ]);
  assert.equal(workTarget(work), 60000);
  assert.equal(workTarget(parseWorkFile('Title: X'), 5000), 5000);
});

test('a work file whose first line is not a field takes it as the title; stray lines are reported', () => {
  const work = parseWorkFile('The Quiet Roof\nRating: Teen And Up Audiences\n\nwhat is this\n');
  assert.equal(work.title, 'The Quiet Roof');
  assert.equal(work.chapters, undefined);
  assert.equal(work.lints.length, 1);
  assert.match(work.lints[0]!.message, /not a field/);
});

test('chapter paths are normalized and never leave the folder', () => {
  const cases: [string, string | undefined][] = [
    ['a.fic', 'a.fic'],
    ['./a.fic', 'a.fic'],
    ['sub\\b.fic', 'sub/b.fic'],
    ['"quoted name.fic"', 'quoted name.fic'],
    ['../a.fic', undefined],
    ['sub/../../a.fic', undefined],
    ['/abs.fic', undefined],
    ['C:\\x.fic', undefined],
    ['~/x.fic', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeChapterPath(input), expected, input);
});

test('works: a folder of chapters, a listed work, unlisted files left out, missing files reported', () => {
  const listed = parseWorkFile('Title: Listed\nChapters:\n  two.fic\n  one.fic\n  gone.fic\n');
  const plans = planWorks(
    ['/ws/a/2.fic', '/ws/a/10.fic', '/ws/a/1.fic', '/ws/a/notes.txt', '/ws/b/one.fic', '/ws/b/two.fic', '/ws/b/extra.fic', '/ws/solo.fic'],
    new Map([['/ws/b/work.ficwork', listed]]),
  );
  assert.deepEqual(plans.map((p) => [p.id, p.workFile, p.chapters, p.missing.map((m) => m.path)]), [
    ['/ws/solo.fic', undefined, ['/ws/solo.fic'], []],
    ['/ws/a', undefined, ['/ws/a/1.fic', '/ws/a/2.fic', '/ws/a/10.fic'], []],
    ['/ws/b', '/ws/b/work.ficwork', ['/ws/b/two.fic', '/ws/b/one.fic'], ['gone.fic']],
  ]);
});

test('works: a folder of one-shots is a work per file; numbered files in it are one work', () => {
  const plans = planWorks(['/f/roof.fic', '/f/drabble.fic', '/f/Chapter 2.fic', '/f/Prologue.fic', '/f/Chapter 1.fic'], new Map());
  assert.deepEqual(plans.map((p) => [p.id, p.chapters]), [
    ['/f/drabble.fic', ['/f/drabble.fic']],
    ['/f', ['/f/Prologue.fic', '/f/Chapter 1.fic', '/f/Chapter 2.fic']],
    ['/f/roof.fic', ['/f/roof.fic']],
  ]);
  assert.equal(workTitle(plans[0]!, undefined, undefined), 'drabble');
});

test('works: a work file without a chapter list keeps natural order and gives its fields', () => {
  const wf = parseWorkFile('Title: Named\nTarget: 5k\n');
  const [plan] = planWorks(['/w/2.fic', '/w/1.fic'], new Map([['/w/a.ficwork', wf]]));
  assert.deepEqual(plan!.chapters, ['/w/1.fic', '/w/2.fic']);
  assert.equal(plan!.workFile, '/w/a.ficwork');
  assert.equal(workTitle(plan!, wf, undefined), 'Named');
  assert.equal(workTarget(wf), 5000);
});

test('work totals add the chapters; titles come from headings, headers or file names', () => {
  const one = parse('The Quiet Roof\nRenji/Rukia, One-shot\nSummary: Short.\n\nA/N: hi there\n\nChapter 1: The Roof\n\n"You\'re late," Renji said.\n');
  const two = parse('She climbed the stairs slowly.\n');
  const plan = { id: '/w', folder: '/w', chapters: ['/w/1.fic', '/w/2.fic'], missing: [] };
  const chapters = [summarizeChapter('/w/1.fic', one), summarizeChapter('/w/2.fic', two)];
  assert.deepEqual(chapters.map((c) => [c.title, c.story]), [['The Roof', 4], ['2', 5]]);
  const work = workTotals(plan, workTitle(plan, undefined, chapters[0]), chapters, 100);
  assert.equal(work.title, 'The Quiet Roof');
  assert.equal(work.story, 9);
  assert.equal(work.notes, chapters[0]!.notes);
  assert.equal(work.total, chapters[0]!.total + chapters[1]!.total);
  assert.equal(work.target, 100);
});
