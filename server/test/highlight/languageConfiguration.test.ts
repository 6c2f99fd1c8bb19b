/** language-configuration.json: the word pattern (double-click selection) and the pairs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const config = JSON.parse(readFileSync(resolve(__dirname, '../../../language-configuration.json'), 'utf8')) as {
  wordPattern: string;
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
};

/** The word under `offset`, found as VS Code does: the global-flag match that contains the offset. */
function wordAt(text: string, offset: number): string | undefined {
  const re = new RegExp(config.wordPattern, 'g');
  for (const m of text.matchAll(re)) {
    if (m.index <= offset && offset < m.index + m[0].length) return m[0];
  }
  return undefined;
}

// `|` marks the click; the expected word is what a double-click selects.
const cases: [text: string, word: string | undefined][] = [
  ["He |won't go.", "won't"],
  ['He won|’t go.', 'won’t'],
  ["|Renji's sword", "Renji's"],
  ['Renji|’s sword', 'Renji’s'],
  ["O'B|rien left", "O'Brien"],
  ["rock'n'r|oll", "rock'n'roll"],
  ["the Pot|ters' car", 'Potters'],
  ["'C|ause I said so", 'Cause'],
  ["back in the '9|0s", '90s'],
  ['"|Rukia," she said.', 'Rukia'],
  ['‘Wh|y?’ he thought', 'Why'],
  ['*ita|lic* text', 'italic'],
  ['_th|is_ text', 'this'],
  ['the H|ōgyoku broke', 'Hōgyoku'],
  ['Kuchi|ki-taichō', 'Kuchiki'],
  ['he left…a|nd', 'and'],
  ['wait—n|o', 'no'],
  ['end.| Next', undefined],
  ['斬魄|刀を', '斬魄刀を'],
];

for (const [marked, expected] of cases) {
  test(`wordPattern: ${marked}`, () => {
    const offset = marked.indexOf('|');
    assert.equal(wordAt(marked.replace('|', ''), offset), expected);
  });
}

test('wordPattern compiles with and without the unicode flag', () => {
  assert.doesNotThrow(() => new RegExp(config.wordPattern));
  assert.doesNotThrow(() => new RegExp(config.wordPattern, 'gu'));
});

test('auto-closing and surrounding pairs cover dialogue, thoughts and emphasis', () => {
  const closing = Object.fromEntries(config.autoClosingPairs.map((p) => [p.open, p.close]));
  const surrounding = Object.fromEntries(config.surroundingPairs);
  for (const [open, close] of [['"', '"'], ['“', '”'], ['‘', '’'], ['*', '*'], ['_', '_'], ['(', ')']]) {
    assert.equal(closing[open], close, `auto-close ${open}`);
    assert.equal(surrounding[open], close, `surround ${open}`);
  }
  // A straight apostrophe must never auto-close: it is typed in every contraction.
  assert.equal(closing["'"], undefined);
});
