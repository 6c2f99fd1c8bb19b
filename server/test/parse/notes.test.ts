/** Author's notes: markers, top notes that run on, end notes that run to the end, notes between chapters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { assertWellFormed, lines, texts } from './helpers';

const markers: [string, string][] = [
  ['A/N: hi', 'A/N:'],
  ['a/n hi', 'a/n'],
  ['AN: hi', 'AN:'],
  ['A.N. hi', 'A.N.'],
  ["Author's Note: hi", "Author's Note:"],
  ['Author’s Note: hi', 'Author’s Note:'],
  ["AUTHOR'S NOTES - hi", "AUTHOR'S NOTES -"],
  ['Authors Note: hi', 'Authors Note:'],
  ['**A/N:** hi', '**A/N:**'],
  ['**A/N**: hi', '**A/N**:'],
  ['[A/N: hi]', '[A/N:'],
  ['(A/N: hi)', '(A/N:'],
  ['(A/N) hi', '(A/N'],
  ['AN - hi', 'AN -'],
  ['__Author’s Note__ hi', '__Author’s Note__'],
];

for (const [text, label] of markers) {
  test(`notes: marker ${JSON.stringify(text)}`, () => {
    const model = parse(text + '\n\nStory.');
    assert.equal(model.notes.length, 1);
    assert.deepEqual(texts(model.text, [model.notes[0]!.label]), [label]);
    assert.equal(model.text.slice(model.notes[0]!.start, model.notes[0]!.end), text);
  });
}

const notMarkers = ['An hour later, he left.', 'And then A/Nothing.', 'Authority: none.', 'ANother day.'];
for (const text of notMarkers) {
  test(`notes: not a marker ${JSON.stringify(text)}`, () => {
    assert.equal(parse(text).notes.length, 0);
  });
}

interface Case {
  name: string;
  text: string;
  notes: [string, 'top' | 'end' | 'body'][];
  prose?: string[];
}

const cases: Case[] = [
  {
    name: 'top note runs on over note-like paragraphs, stops at story',
    text: lines('A/N: My first fic!', '', 'Please review, it means a lot :)', '', 'Renji knew he was wounded.'),
    notes: [[lines('A/N: My first fic!', '', 'Please review, it means a lot :)'), 'top']],
    prose: ['Renji knew he was wounded.'],
  },
  {
    name: 'disclaimer after a top note belongs to the note once the header is done',
    text: lines('Ash', 'Drabble', '', 'A/N: hello', '', "Disclaimer: I don't own Bleach.", '', 'Story.'),
    notes: [[lines('A/N: hello', '', "Disclaimer: I don't own Bleach."), 'top']],
  },
  {
    name: 'bracketed top note runs to its closing bracket',
    text: lines('[A/N: This is long.', '', 'It goes on.', '', 'And ends here.]', '', 'Story.'),
    notes: [[lines('[A/N: This is long.', '', 'It goes on.', '', 'And ends here.]'), 'top']],
    prose: ['Story.'],
  },
  {
    name: 'top note stops at a scene break',
    text: lines('A/N: hi', '', 'xXx', '', 'Story.'),
    notes: [['A/N: hi', 'top']],
  },
  {
    name: 'end note runs to the end of the text',
    text: lines('Story.', '', 'A/N: Thanks!', '', 'This paragraph has no note words.', '', 'Nor this one.'),
    notes: [[lines('A/N: Thanks!', '', 'This paragraph has no note words.', '', 'Nor this one.'), 'end']],
    prose: ['Story.'],
  },
  {
    name: 'notes between chapters',
    text: lines('Chapter 1', '', 'A/N: first chapter!', '', 'Story one.', '', 'A/N: see you', '', 'Chapter 2', '', 'AN: back', '', 'Story two.', '', 'A/N: the end'),
    notes: [['A/N: first chapter!', 'top'], ['A/N: see you', 'body'], ['AN: back', 'body'], ['A/N: the end', 'end']],
    prose: ['Story one.', 'Story two.'],
  },
  {
    name: 'a note after story stops at a scene break',
    text: lines('Story.', '', 'A/N: flashback next', '', '***', '', 'Years ago.'),
    notes: [['A/N: flashback next', 'body']],
    prose: ['Story.', 'Years ago.'],
  },
  {
    name: 'inline note',
    text: 'He ran (A/N: sorry) away.',
    notes: [['(A/N: sorry)', 'body']],
  },
];

for (const c of cases) {
  test(`notes: ${c.name}`, () => {
    const model = parse(c.text);
    assertWellFormed(model);
    assert.deepEqual(model.notes.map((n) => [c.text.slice(n.start, n.end), n.position]), c.notes);
    if (c.prose) assert.deepEqual(texts(c.text, model.paragraphs.filter((p) => p.kind === 'prose')), c.prose);
  });
}

test('notes: block notes are not inline, inline notes are', () => {
  const model = parse(lines('A/N: top', '', 'He ran (A/N: x) off.'));
  assert.deepEqual(model.notes.map((n) => n.inline), [false, true]);
});
