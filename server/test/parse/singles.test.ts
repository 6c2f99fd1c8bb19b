/**
 * SingleRoles judges the single quotes of one paragraph of a longer text (en-GB reads speech with them):
 * exactly the quotes inside the paragraph, at their offsets in the whole text, whatever stands around it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLOSE, OPEN, WEAK_CLOSE, WEAK_OPEN } from '../../src/core/parse/thoughts';
import { NO_ROLE, SingleRoles } from '../../src/core/parse/singles';

const names: Record<number, string> = { [OPEN]: 'open', [WEAK_OPEN]: 'weak-open', [CLOSE]: 'close', [WEAK_CLOSE]: 'weak-close', [NO_ROLE]: '-' };

/** The role of every single quote of `para` read inside `before + para + after`, as `offset:role`. */
function roles(before: string, para: string, after: string): string[] {
  const text = before + para + after;
  const start = before.length;
  const end = start + para.length;
  const singles = new SingleRoles();
  singles.fill(text, start, end, false);
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const r = singles.peekRole(i);
    if (r !== NO_ROLE) out.push(`${i - start}:${names[r]}`);
  }
  return out;
}

const cases: [string, string, string, string[]][] = [
  ['', "'Come on,' she said.", '', ['0:open', '9:close']],
  ["'Before,' he said.\n\n", "'Come on,' she said.", "\n\n'After,' he said.", ['0:open', '9:close']],
  ["x'\n\n", "'Cause I said so,' she said.", "\n\n'", ['0:weak-open', '17:close']],
  ['', "the Potters' car and 'em", "'", ['11:weak-close', '21:weak-open']],
  ['A’', "He didn't go; ‘Run,’ she said.", "’B", ['14:open', '19:close']],
  ["''''", 'No quotes here at all.', "''''", []],
];

for (const [before, para, after, expected] of cases) {
  test(`SingleRoles: ${JSON.stringify(para)} between ${JSON.stringify(before)} and ${JSON.stringify(after)}`, () => {
    assert.deepEqual(roles(before, para, after), expected);
  });
}
