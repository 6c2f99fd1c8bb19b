/** Dialogue, thoughts, apostrophes, multi-paragraph speech and unclosed quotes, as tables of text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { assertWellFormed, lines, quoteTexts, texts } from './helpers';

interface Case {
  name: string;
  text: string;
  dialogue?: string[];
  thought?: string[];
  unclosed?: number;
}

const cases: Case[] = [
  // Dialogue
  { name: 'straight dialogue', text: '"Hello," she said. "Bye."', dialogue: ['"Hello,"', '"Bye."'], thought: [] },
  { name: 'curly dialogue', text: '“Hello,” she said. “Bye.”', dialogue: ['“Hello,”', '“Bye.”'] },
  { name: 'curly opened, straight closed', text: '“Hello," she said.', dialogue: ['“Hello,"'] },
  { name: 'no space before the opening quote', text: 'He said,"Run!" and ran.', dialogue: ['"Run!"'] },
  { name: 'nested single quotes stay dialogue', text: `"She told me 'never' and left," he said.`, dialogue: [`"She told me 'never' and left,"`], thought: [] },
  { name: 'nested double quotes stay dialogue', text: '"He said "go" to me," she said.', dialogue: ['"He said "go" to me,"'] },
  { name: 'nested curly quotes', text: '“He said “go” to me,” she said.', dialogue: ['“He said “go” to me,”'] },
  { name: 'asterisks inside dialogue stay dialogue', text: '"I *hate* this," he said.', dialogue: ['"I *hate* this,"'], thought: [] },
  { name: 'inches are not quotes', text: 'A 12" ruler lay there.', dialogue: [], unclosed: 0 },
  { name: 'cut-off speech', text: '"Wait—" "No!"', dialogue: ['"Wait—"', '"No!"'] },
  { name: 'contractions inside dialogue', text: `"I won't, I can't," Renji's friend said.`, dialogue: [`"I won't, I can't,"`], thought: [] },

  // Thoughts with single quotes
  { name: 'straight thought', text: `'I won't let go,' he thought.`, thought: [`'I won't let go,'`], dialogue: [] },
  { name: 'curly thought', text: '‘I won’t let go,’ he thought.', thought: ['‘I won’t let go,’'] },
  { name: 'thought at paragraph end', text: `He thought, 'Not again.'`, thought: [`'Not again.'`] },
  { name: 'two thoughts', text: `'One,' he thought. 'Two.'`, thought: [`'One,'`, `'Two.'`] },
  { name: 'thought then dialogue', text: `'Run,' he thought. "Go!" she said.`, thought: [`'Run,'`], dialogue: ['"Go!"'] },
  { name: 'dialogue then thought', text: `"Go!" she said. 'Run,' he thought.`, thought: [`'Run,'`], dialogue: ['"Go!"'] },

  // Apostrophes are not delimiters
  { name: 'contraction', text: `He won't go.`, thought: [] },
  { name: 'possessive', text: `Renji's sword.`, thought: [] },
  { name: 'possessive plural', text: `The Potters' house is big.`, thought: [] },
  { name: 'possessive plural at the end', text: `It was the Potters'.`, thought: [] },
  { name: 'two possessive plurals', text: `The Potters' and the Weasleys' houses.`, thought: [] },
  { name: 'elision Cause', text: `He left 'Cause he was tired.`, thought: [] },
  { name: 'elision cause', text: `He left 'cause he was tired.`, thought: [] },
  { name: 'elision 90s', text: `Back in the '90s it was fine.`, thought: [] },
  { name: 'elision 90s and a possessive plural', text: `In the '90s the girls' dorm was cold.`, thought: [] },
  { name: 'rock n roll', text: `He loved rock 'n' roll.`, thought: [] },
  { name: 'elision em', text: `Tell 'em I said so.`, thought: [] },
  { name: 'elision til', text: `Wait 'til dawn.`, thought: [] },
  { name: 'elisions tis and twas', text: `'Tis true, 'twas late.`, thought: [] },
  { name: 'g-dropping', text: `He was goin' home.`, thought: [] },
  { name: "o'clock and nothin'", text: `At six o'clock there was nothin' left.`, thought: [] },
  { name: "possessive of a name in s", text: `James' wand and Jess' book.`, thought: [] },
  { name: 'curly apostrophe', text: 'He won’t go, it’s Renji’s.', thought: [] },
  { name: 'curly possessive plural', text: 'The Potters’ house.', thought: [] },
  { name: 'curly elision', text: 'He left ’cause of ’em.', thought: [] },
  { name: 'lone apostrophe between spaces', text: `A ' B`, thought: [] },

  // Apostrophes inside thoughts
  { name: 'contraction inside a thought', text: `'I won't go,' he thought.`, thought: [`'I won't go,'`] },
  { name: 'possessive plural inside a thought', text: `'The Potters' house is big.' He nodded.`, thought: [`'The Potters' house is big.'`] },
  { name: 'possessive plural closes a thought when nothing else can', text: `He thought, 'I hate the Potters'`, thought: [`'I hate the Potters'`] },
  { name: 'curly possessive plural inside a thought', text: '‘The Potters’ house is big,’ he thought.', thought: ['‘The Potters’ house is big,’'] },
  { name: 'elision opening a thought', text: `'Cause I said so,' he thought.`, thought: [`'Cause I said so,'`] },
  { name: 'elision inside a thought', text: `'Tell 'em no,' he thought.`, thought: [`'Tell 'em no,'`] },
  { name: 'g-dropping inside a thought', text: `'I'm goin' home,' he thought.`, thought: [`'I'm goin' home,'`] },
  { name: '90s inside a thought', text: `'Back in the '90s,' he thought.`, thought: [`'Back in the '90s,'`] },
  { name: 'rock n roll inside a thought', text: `'Rock 'n' roll,' he thought.`, thought: [`'Rock 'n' roll,'`] },
  { name: 'an opener with no closer is no thought', text: `'Hello there, he thought.`, thought: [] },

  // Italic thoughts
  { name: 'asterisk thought', text: '*I hate this,* he thought.', thought: ['*I hate this,*'] },
  { name: 'underscore thought', text: '_I hate this,_ he thought.', thought: ['_I hate this,_'] },
  { name: 'apostrophes inside an asterisk thought', text: `*I won't, the Potters' fault,* he thought.`, thought: [`*I won't, the Potters' fault,*`] },
  { name: 'bold is not a thought', text: '**Bold** text.', thought: [] },
  { name: 'multiplication is not a thought', text: '2 * 3 = 6 and 4 * 5.', thought: [] },
  { name: 'censored word is not a thought', text: 'What the f*ck, f*ck.', thought: [] },
  { name: 'snake case is not a thought', text: 'Call my_func and your_func.', thought: [] },
  { name: 'a dialogue in between stops a thought', text: `*Run "now" he said*`, dialogue: ['"now"'], thought: [] },

  // Unclosed dialogue
  { name: 'unclosed at paragraph end', text: '"Hello, she said.', dialogue: ['"Hello, she said.'], unclosed: 1 },
  { name: 'closed', text: '"Hello," she said.', unclosed: 0 },
  { name: 'missing closer then a new quote', text: '"Hi, he said. "Bye."', unclosed: 1 },
  { name: 'unclosed thought is not reported', text: `'Hello there, he thought.`, unclosed: 0 },
];

for (const c of cases) {
  test(`quotes: ${c.name}`, () => {
    const model = parse(c.text);
    assertWellFormed(model);
    if (c.dialogue) assert.deepEqual(quoteTexts(model, 'dialogue'), c.dialogue, 'dialogue');
    if (c.thought) assert.deepEqual(quoteTexts(model, 'thought'), c.thought, 'thoughts');
    if (c.unclosed !== undefined) assert.equal(model.unclosed.length, c.unclosed, 'unclosed');
  });
}

test('quotes: styles are reported', () => {
  const model = parse(`"a" “b” 'c' ‘d’ *e* _f_`);
  assert.deepEqual(model.quotes.map((q) => `${q.kind}:${q.style}`), [
    'dialogue:straight', 'dialogue:curly', 'thought:straight', 'thought:curly', 'thought:asterisk', 'thought:underscore',
  ]);
});

test('quotes: a speech over several paragraphs is one speech, nothing unclosed', () => {
  const text = lines('"It started long ago.', '', '"Then it got worse.', '', '"And then it ended," he said.');
  const model = parse(text);
  assert.deepEqual(quoteTexts(model, 'dialogue'), ['"It started long ago.', '"Then it got worse.', '"And then it ended,"']);
  assert.deepEqual(model.quotes.map((q) => [q.continues, q.continued, q.closed]), [
    [false, true, false],
    [true, true, false],
    [true, false, true],
  ]);
  assert.equal(model.unclosed.length, 0);
});

test('quotes: curly multi-paragraph speech', () => {
  const model = parse(lines('“First part.', '', '“Second part.”'));
  assert.equal(model.unclosed.length, 0);
  assert.deepEqual(model.quotes.map((q) => q.continued || q.continues), [true, true]);
});

test('quotes: an open quote the next paragraph does not continue is unclosed (the opening quote)', () => {
  const text = lines('He said, "Wait for me.', '', 'She left.');
  const model = parse(text);
  assert.deepEqual(texts(text, model.unclosed), ['"']);
  assert.equal(model.unclosed[0]!.start, text.indexOf('"'));
  assert.equal(model.quotes[0]!.continued, false);
  assert.equal(model.quotes[0]!.closed, false);
});

test('quotes: an open quote before a scene break or at the end is unclosed', () => {
  assert.equal(parse(lines('"Wait.', '', '***', '', '"What?"')).unclosed.length, 1);
  assert.equal(parse('"Wait.').unclosed.length, 1);
  assert.equal(parse(lines('"One.', '', '"Two.')).unclosed.length, 1);
});

test('quotes: CRLF paragraphs continue a speech too', () => {
  const model = parse('"First.\r\n\r\n"Second," he said.\r\n');
  assert.equal(model.unclosed.length, 0);
  assert.deepEqual(quoteTexts(model, 'dialogue'), ['"First.', '"Second,"']);
});

test('quotes: notes and headers are not scanned for quotes', () => {
  const model = parse(lines('A/N: "quoted" note', '', 'Story.'));
  assert.deepEqual(model.quotes, []);
});

test('quotes: inline author note inside a paragraph', () => {
  const text = `He ran (A/N: sorry, Renji's 'thing') away. 'Go,' he thought.`;
  const model = parse(text);
  assert.deepEqual(texts(text, model.notes), [`(A/N: sorry, Renji's 'thing')`]);
  assert.equal(model.notes[0]!.inline, true);
  assert.deepEqual(texts(text, [model.notes[0]!.label]), ['(A/N:']);
  assert.deepEqual(quoteTexts(model, 'thought'), [`'Go,'`]);
});

test('quotes: unclosed inline note runs to the paragraph end', () => {
  const text = lines('He ran [AN: oops', '', 'Next.');
  const model = parse(text);
  assert.deepEqual(texts(text, model.notes), ['[AN: oops']);
});

test('quotes: single line breaks (no blank lines) carry a speech on like paragraphs', () => {
  const text = lines('"It started long ago.', '"Then it got worse," he said.', 'She nodded.');
  const model = parse(text);
  assert.deepEqual(quoteTexts(model, 'dialogue'), ['"It started long ago.', '"Then it got worse,"']);
  assert.deepEqual(model.quotes.map((q) => [q.continues, q.continued]), [[false, true], [true, false]]);
  assert.equal(model.unclosed.length, 0);
});

test('quotes: a quote opened on one line and closed on the next is one dialogue', () => {
  const text = lines('"It started long ago', 'and it never stopped," he said.');
  const model = parse(text);
  assert.deepEqual(quoteTexts(model, 'dialogue'), [lines('"It started long ago', 'and it never stopped,"')]);
});

test('quotes: curly elision opening a thought', () => {
  assert.deepEqual(quoteTexts(parse('‘Cause I said so,’ he thought.'), 'thought'), ['‘Cause I said so,’']);
});
