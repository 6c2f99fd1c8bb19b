/** The header: title, tags line, fields, and the traps where a story's first paragraph must stay story. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { assertWellFormed, lines } from './helpers';

interface Case {
  name: string;
  text: string;
  /** Expected header text, or undefined for no header. */
  header?: string;
  title?: string;
  tags?: string;
  /** `name=value` per field. */
  fields?: string[];
}

const cases: Case[] = [
  {
    name: 'title, tags line, summary',
    text: lines('The Long Night', '', 'RenRuki One-shot/ Drabble', '', 'Summary: Renji waits. He always waits.', '', 'Story starts here.'),
    header: lines('The Long Night', '', 'RenRuki One-shot/ Drabble', '', 'Summary: Renji waits. He always waits.'),
    title: 'The Long Night',
    tags: 'RenRuki One-shot/ Drabble',
    fields: ['summary=Renji waits. He always waits.'],
  },
  {
    name: 'everything on consecutive lines',
    text: lines('Ash and Ember', 'Hermione/Ron, Drabble', 'Rating: T', 'Disclaimer: Not mine.', '', 'Once upon a time.'),
    title: 'Ash and Ember',
    tags: 'Hermione/Ron, Drabble',
    fields: ['rating=T', 'disclaimer=Not mine.'],
  },
  {
    name: 'field value runs on until a blank line',
    text: lines('Title: Ash', 'Summary: It was late', 'and it was cold.', '', 'Story.'),
    title: 'Ash',
    fields: ['title=Ash', 'summary=It was late\nand it was cold.'],
  },
  {
    name: 'case-insensitive names, bold, (s) and a field with no value',
    text: lines('**SUMMARY:** Short.', 'pairing(s): Renji/Rukia', 'Warnings:', '', 'Story.'),
    fields: ['summary=Short.', 'pairings=Renji/Rukia', 'warnings='],
  },
  {
    name: 'unknown field name once the header is certain',
    text: lines('Fandom: Bleach', 'Favourite Colour: red', '', 'Story.'),
    fields: ['fandom=Bleach', 'favourite colour=red'],
  },
  {
    name: 'title and by-line',
    text: lines('Ash and Ember', 'by Quill', '', 'Story.'),
    title: 'Ash and Ember',
    fields: ['by=Quill'],
  },
  {
    name: 'title with a colon is a title, not a field',
    text: lines('Bleach: The Roof', 'Fluff, Angst', '', 'Story.'),
    title: 'Bleach: The Roof',
    tags: 'Fluff, Angst',
  },
  {
    name: 'Target field',
    text: lines('Small Things', 'Target: 100', '', 'Story.'),
    fields: ['target=100'],
  },
  // Traps: the story's first paragraph is not a header.
  { name: 'prose first line ending in a period', text: lines('Renji knew that he was badly wounded.', 'Summary: nope', '', 'More.'), header: undefined },
  { name: 'dialogue first line', text: lines('"Run!" she screamed at him', 'Ichigo/Rukia, fluff', '', 'More.'), header: undefined },
  { name: 'a short first line alone is no title', text: lines('The next morning', '', 'He woke up.'), header: undefined },
  { name: 'place and date line', text: lines('Hogwarts, 1998', '', 'The castle was quiet.'), header: undefined },
  { name: 'a title-like line followed by a second line of prose', text: lines('Harry ran', 'He did not stop.'), header: undefined },
  { name: 'name and colon at the start of the story', text: lines('Renji: he knew it was over.', '', 'Then he ran.'), header: undefined },
  { name: 'unknown name on the first line', text: lines('Note to self: run', '', 'He ran.'), header: undefined },
  { name: 'prose then a line with a slash and a period', text: lines('Morning came', 'Ron/Hermione were fighting again.'), header: undefined },
  { name: 'a long first line', text: lines('It was the kind of morning where nothing went right and everything that could go wrong went wrong for everyone', 'Drabble'), header: undefined },
  { name: 'story starting with a chapter heading', text: lines('Chapter 1', '', 'It began.'), header: undefined },
  { name: 'empty text', text: '', header: undefined },
];

for (const c of cases) {
  test(`header: ${c.name}`, () => {
    const model = parse(c.text);
    assertWellFormed(model);
    const h = model.header;
    if ('header' in c && c.header === undefined) {
      assert.equal(h, undefined, 'no header');
      assert.ok(model.paragraphs.every((p) => p.kind !== 'title' && p.kind !== 'tags' && p.kind !== 'field'));
      return;
    }
    assert.ok(h, 'a header');
    if (c.header !== undefined) assert.equal(c.text.slice(h.start, h.end), c.header);
    if (c.title !== undefined) assert.equal(h.title && c.text.slice(h.title.start, h.title.end), c.title);
    if (c.tags !== undefined) assert.equal(h.tags && c.text.slice(h.tags.start, h.tags.end), c.tags);
    if (c.fields) assert.deepEqual(h.fields.map((f) => `${f.name}=${c.text.slice(f.valueSpan.start, f.valueSpan.end)}`), c.fields);
    for (const f of h.fields) {
      assert.ok(f.start <= f.nameSpan.start && f.nameSpan.end <= f.valueSpan.start || f.valueSpan.start === f.nameSpan.end);
      assert.ok(f.valueSpan.end <= f.end && f.end <= h.end);
    }
  });
}

test('header: field names and paragraph kinds', () => {
  const text = lines('Ash', 'Renji/Rukia', '', 'Summary: x', '', 'Story.');
  const model = parse(text);
  assert.deepEqual(model.paragraphs.map((p) => p.kind), ['title', 'tags', 'field', 'prose']);
  const f = model.header!.fields[0]!;
  assert.equal(text.slice(f.nameSpan.start, f.nameSpan.end), 'Summary');
  assert.equal(text.slice(f.start, f.end), 'Summary: x');
});

test('header: a top note before the header and one after it', () => {
  const text = lines('A/N: for my sister.', '', 'Ash', 'Drabble', '', 'A/N: enjoy!', '', 'Story.');
  const model = parse(text);
  assert.equal(text.slice(model.header!.start, model.header!.end), 'Ash\nDrabble');
  assert.deepEqual(model.notes.map((n) => [text.slice(n.start, n.end), n.position]), [
    ['A/N: for my sister.', 'top'],
    ['A/N: enjoy!', 'top'],
  ]);
  assert.deepEqual(model.paragraphs.map((p) => p.kind), ['note', 'title', 'tags', 'note', 'prose']);
});

test('header: CRLF header', () => {
  const text = 'Ash\r\nDrabble\r\n\r\nSummary: x\r\n\r\nStory.\r\n';
  const model = parse(text);
  assert.equal(text.slice(model.header!.start, model.header!.end), 'Ash\r\nDrabble\r\n\r\nSummary: x');
  assert.equal(text.slice(model.header!.fields[0]!.valueSpan.start, model.header!.fields[0]!.valueSpan.end), 'x');
});

test('header: a header alone (no story) is still a header', () => {
  const model = parse(lines('Ash', 'Summary: soon.'));
  assert.ok(model.header);
  assert.deepEqual(model.chapters, []);
});
