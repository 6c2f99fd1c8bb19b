/**
 * Semantic tokens through the real parser, on fixtures for every case the TextMate grammar cannot get
 * right alone: each needle's characters must all carry the expected token type (`null`: no token).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getSemanticTokens } from '../../src/core/features/semanticTokens';
import { parse } from '../../src/core/parse/parse';
import { decode, lineStarts, span } from './semanticHelpers';

const lines = (...l: string[]) => l.join('\n');

/** The token type over each character of the `nth` `needle` (null where there is none). */
function typesOver(text: string, needle: string, nth = 0): (string | null)[] {
  const starts = lineStarts(text);
  const at = new Array<string | null>(text.length).fill(null);
  for (const t of decode(text, getSemanticTokens(parse(text)))) {
    const s = starts[t.line] + t.char;
    for (let i = s; i < s + t.text.length; i++) at[i] = t.type;
  }
  const { start, end } = span(text, needle, nth);
  return at.slice(start, end);
}

type Case = [name: string, text: string, needle: string, type: string | null, nth?: number];

const cases: Case[] = [
  ['thought with contractions', "'I won't let go, I can't,' he thought.", "'I won't let go, I can't,'", 'thought'],
  ['narration after a thought', "'I won't let go, I can't,' he thought.", ' he thought.', null],
  ['possessive plural outside a thought', "The Potters' car was gone. 'Not again,' she thought.", "Potters' car was gone.", null],
  ['thought after a possessive plural', "The Potters' car was gone. 'Not again,' she thought.", "'Not again,'", 'thought'],
  ['possessive plural inside a thought', "'The Potters' car is gone,' she thought.", "'The Potters' car is gone,'", 'thought'],
  ['elision at a word start', "'Cause he said so, she went home.", "'Cause he said so, she went home.", null],
  ['elisions in narration', "Back in the '90s they loved rock 'n' roll.", "the '90s they loved rock 'n' roll.", null],
  ['elision inside a thought', "'I came 'cause you called,' he thought.", "'I came 'cause you called,'", 'thought'],
  ['nested quotes stay dialogue', `"He told me 'never again,' and left," she said.`, `"He told me 'never again,' and left,"`, 'dialogue'],
  ['curly dialogue', '“Stay,” she said. ‘Don’t go,’ he thought.', '“Stay,”', 'dialogue'],
  ['curly thought with a contraction', '“Stay,” she said. ‘Don’t go,’ he thought.', '‘Don’t go,’', 'thought'],
  ['curly possessive is not a thought', 'Renji’s sword was drawn.', 'Renji’s sword was drawn.', null],
  ['asterisk thought', '*I can’t do this,* she thought.', '*I can’t do this,*', 'thought'],
  ['underscore thought', '_Not again,_ he thought.', '_Not again,_', 'thought'],
  ['multi-paragraph speech, first part', lines('"We go now,', '', '"and we do not look back." She stood.'), '"We go now,', 'dialogue'],
  ['multi-paragraph speech, second part', lines('"We go now,', '', '"and we do not look back." She stood.'), '"and we do not look back."', 'dialogue'],
  ['multi-paragraph speech, narration', lines('"We go now,', '', '"and we do not look back." She stood.'), ' She stood.', null],
  ['unclosed quote is dialogue to its paragraph end', lines('"Wait, he said. Nobody answered.', '', 'The wind rose.'), '"Wait, he said. Nobody answered.', 'dialogue'],
  ['the paragraph after an unclosed quote', lines('"Wait, he said. Nobody answered.', '', 'The wind rose.'), 'The wind rose.', null],
];

const story = lines(
  'The Bridge At Dawn',
  '',
  'IchiRuki, One-shot',
  '',
  'Summary: Two friends on a bridge.',
  '',
  'A/N: For my sister. "Quotes" here stay notes.',
  '',
  'Chapter 1: Dawn',
  '',
  'He waited (A/N: for ages) on the bridge.',
  '',
  '* * *',
  '',
  '"Done," she said.',
  '',
  'A/N: Thanks for reading!',
  '',
  'See you next time.',
);

cases.push(
  ['title', story, 'The Bridge At Dawn', 'heading'],
  ['tags line', story, 'IchiRuki, One-shot', null],
  ['top note', story, 'A/N: For my sister. "Quotes" here stay notes.', 'authorNote'],
  ['chapter heading', story, 'Chapter 1: Dawn', 'heading'],
  ['inline note', story, '(A/N: for ages)', 'authorNote'],
  ['narration around an inline note', story, 'on the bridge.', null],
  ['scene break', story, '* * *', 'sceneBreak'],
  ['dialogue in the story', story, '"Done,"', 'dialogue'],
  ['end note', story, 'A/N: Thanks for reading!', 'authorNote'],
  ['end note runs to the end of the file', story, 'See you next time.', 'authorNote'],
);

for (const [name, text, needle, type, nth] of cases) {
  test(`semantic fixture: ${name}`, () => {
    const types = typesOver(text, needle, nth);
    assert.deepEqual(types, types.map(() => type), `${needle}: ${JSON.stringify(types)}`);
  });
}

test('semantic fixture: CRLF text gives the same tokens as LF text', () => {
  const crlf = story.replace(/\n/g, '\r\n');
  assert.deepEqual(getSemanticTokens(parse(crlf)), getSemanticTokens(parse(story)));
});
