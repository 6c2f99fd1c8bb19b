/** Paragraphs, headings, chapters, scene breaks and scenes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { assertWellFormed, lines, texts } from './helpers';

test('paragraphs: runs of non-blank lines; whitespace-only lines are blank; spans trimmed, newline excluded', () => {
  const text = 'One\nline two\n  \t \nThree  \n\n\n  Four\n';
  const model = parse(text);
  assert.deepEqual(texts(text, model.paragraphs), ['One\nline two', 'Three', 'Four']);
  assert.ok(model.paragraphs.every((p) => p.kind === 'prose'));
});

test('paragraphs: CRLF, LF, lone CR and mixed endings', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const text = ['A', 'B', '', 'C'].join(eol) + eol;
    assert.deepEqual(texts(text, parse(text).paragraphs), [`A${eol}B`, 'C'], JSON.stringify(eol));
  }
  const mixed = 'A\r\nB\n\r\nC\rD\n\nE';
  assert.deepEqual(texts(mixed, parse(mixed).paragraphs), ['A\r\nB', 'C\rD', 'E']);
});

const headingCases: [string, string, string, number | undefined][] = [
  ['Chapter 12', 'chapter', 'Chapter 12', 12],
  ['Chapter 12: The Roof', 'chapter', 'The Roof', 12],
  ['CHAPTER 3 - Rain', 'chapter', 'Rain', 3],
  ['Chapter Twelve', 'chapter', 'Chapter Twelve', 12],
  ['Chapter Twenty-One: Late', 'chapter', 'Late', 21],
  ['Chapter IV', 'chapter', 'Chapter IV', 4],
  ['Ch. 5', 'chapter', 'Ch. 5', 5],
  ['Ch.5', 'chapter', 'Ch.5', 5],
  ['Chap 6', 'chapter', 'Chap 6', 6],
  ['~Interlude~', 'chapter', 'Interlude', undefined],
  ['Chapter 7 The Roof', 'chapter', 'The Roof', 7],
  ['**Chapter 2**', 'chapter', 'Chapter 2', 2],
  ['Part Two', 'chapter', 'Part Two', 2],
  ['Prologue', 'prologue', 'Prologue', undefined],
  ['Epilogue - Ten Years Later', 'epilogue', 'Ten Years Later', undefined],
  ['# Part One', 'markdown', 'Part One', 1],
  ['# The Beginning', 'markdown', 'The Beginning', undefined],
  ['## Chapter 3: Snow', 'markdown', 'Snow', 3],
  // AO3 HTML pastes: the tags around the line are decoration.
  ['<p>Chapter I: Going Up</p>', 'chapter', 'Going Up', 1],
  ['<h2><strong>Prologue</strong></h2>', 'prologue', 'Prologue', undefined],
  ['<p align="center"><b>Chapter 3</b></p>', 'chapter', 'Chapter 3', 3],
];

for (const [line, kind, title, number] of headingCases) {
  test(`headings: ${JSON.stringify(line)}`, () => {
    const text = lines(line, '', 'Story.');
    const model = parse(text);
    assert.equal(model.headings.length, 1);
    const h = model.headings[0]!;
    assert.deepEqual([text.slice(h.start, h.end), h.kind, h.title, h.number], [line, kind, title, number]);
  });
}

const notHeadings = ['<p>Chapter 1, he said, was long</p>', '<p>Chapter two was the worst.</p>', '<a href="x">Chapter 3</a> is up', 'Chapter 1, he said, was long', 'Chapter two was the worst.', 'Chapter 1 was boring', 'Part of me wanted to stay.', 'Prologues are dull.', '#hashtag', 'Epilogue of a life, he thought.'];
for (const line of notHeadings) {
  test(`headings: not a heading ${JSON.stringify(line)}`, () => {
    assert.equal(parse(lines('Story.', '', line)).headings.length, 0);
  });
}

const breakLines = ['***', '* * *', '~*~', 'xXx', 'XxX', 'oOo', '-o-o-', '---', '___', '<hr>', '<HR />', '~~~', '+++', '###', '# # #', '◇◆◇', '❖', 'o0o', '=====', '———'];
for (const line of breakLines) {
  test(`breaks: ${JSON.stringify(line)}`, () => {
    const text = lines('Before.', '', line, '', 'After.');
    const model = parse(text);
    assert.deepEqual(model.breaks.map((b) => b.glyph), [line]);
    assert.deepEqual(model.scenes.length, 2);
    assert.equal(model.headings.length, 0);
  });
}

const notBreaks = ['**', '--', '...', 'Ooo', 'ox', 'xxx', '*Help*', '2 * 3', '<3'];
for (const line of notBreaks) {
  test(`breaks: not a break ${JSON.stringify(line)}`, () => {
    assert.equal(parse(lines('Before.', '', line, '', 'After.')).breaks.length, 0);
  });
}

test('breaks and headings split off a paragraph without blank lines', () => {
  const text = lines('One.', '***', 'Two.', 'Chapter 2', 'Three.');
  const model = parse(text);
  assert.deepEqual(model.paragraphs.map((p) => `${p.kind}:${text.slice(p.start, p.end)}`), ['prose:One.', 'break:***', 'prose:Two.', 'heading:Chapter 2', 'prose:Three.']);
});

test('chapters: no heading means one chapter over the story, without a heading', () => {
  const text = lines('Ash', 'Drabble', '', 'One.', '', '***', '', 'Two.', '', 'A/N: bye');
  const model = parse(text);
  assert.deepEqual(texts(text, model.chapters), [lines('One.', '', '***', '', 'Two.')]);
  assert.equal(model.chapters[0]!.heading, undefined);
  assert.deepEqual(texts(text, model.scenes), ['One.', 'Two.']);
});

test('chapters: from each heading to the next, the end note left out', () => {
  const text = lines('A/N: top', '', 'Prologue', '', 'P.', '', 'Chapter 1', '', 'A.', '', 'A/N: mid', '', 'Chapter 2: End', '', 'B.', '', 'C.', '', 'A/N: end');
  const model = parse(text);
  assert.deepEqual(texts(text, model.chapters), [lines('Prologue', '', 'P.'), lines('Chapter 1', '', 'A.', '', 'A/N: mid'), lines('Chapter 2: End', '', 'B.', '', 'C.')]);
  assert.deepEqual(model.chapters.map((c) => c.heading?.title), ['Prologue', 'Chapter 1', 'End']);
  assert.deepEqual(model.scenes.map((s) => [text.slice(s.start, s.end), s.chapter]), [['P.', 0], ['A.', 1], [lines('B.', '', 'C.'), 2]]);
});

test('chapters: story before the first heading is a chapter of its own', () => {
  const text = lines('Intro.', '', 'Chapter 1', '', 'A.');
  const model = parse(text);
  assert.deepEqual(texts(text, model.chapters), ['Intro.', lines('Chapter 1', '', 'A.')]);
});

test('scenes: notes and breaks end a scene', () => {
  const text = lines('A.', '', 'B.', '', '~*~', '', 'C.', '', 'A/N: x', '', 'Chapter 2', '', 'D.');
  const model = parse(text);
  assert.deepEqual(texts(text, model.scenes), [lines('A.', '', 'B.'), 'C.', 'D.']);
});

test('words: AO3 words over the whole text, header and notes included', () => {
  const text = lines('Ash', 'One-shot', '', "A/N: don't", '', 'He won’t go.');
  const model = parse(text);
  const words: string[] = [];
  for (let i = 0; i < model.words.length; i += 2) words.push(text.slice(model.words[i]!, model.words[i + 1]!));
  assert.deepEqual(words, ['Ash', 'One-shot', 'A', 'N', "don't", 'He', 'won’t', 'go']);
});

test('robustness: empty, whitespace, NUL, binary, lone surrogates, huge line never throw', () => {
  const inputs = [
    '', ' ', '\n\n\n', '\r', '\u0000', '\u0000\u0001\u0002"\'*_', 'a\uD800b', '\uDC00"x', '\uFFFF\uFFFE', '"', "'", '*', '_', '(A/N', '[A/N: x',
    'A/N:', '#', '# ', 'Chapter', 'Title:', ':', String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)),
    '"'.repeat(1000), "'".repeat(1000), '*'.repeat(1000), 'x'.repeat(200000), '"a '.repeat(20000),
  ];
  for (const text of inputs) {
    const model = parse(text);
    assertWellFormed(model);
    assert.equal(model.text, text);
  }
});

test('robustness: a 5 MB single line is parsed whole', () => {
  const text = `"Hi," he said. 'Go,' he thought. `.repeat(160000);
  const model = parse(text);
  assert.equal(model.paragraphs.length, 1);
  assert.equal(model.paragraphs[0]!.end, text.length - 1);
  assert.equal(model.quotes.length, 320000);
});
