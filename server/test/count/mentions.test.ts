import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countMentions } from '../../src/core/count/mentions';
import { parse } from '../../src/core/parse/parse';
import { canonOf } from '../canon/helpers';

const canon = canonOf(['Rukia Kuchiki', 'Byakuya Kuchiki', 'Renji Abarai = Pineapple', 'Sode no Shirayuki', 'shinigami'].join('\n'));

/** Mentions as `name: [per chapter]` rows, most mentioned first. */
function rows(text: string): string[] {
  return countMentions(parse(text), canon).map((m) => `${m.name}: ${m.chapters.join(' ')} = ${m.total}`);
}

const twoChapters = [
  'The Gate',
  'Fandom: Bleach',
  'Characters: Rukia Kuchiki, Renji Abarai',
  '',
  'A/N: Rukia and Renji again, sorry.',
  '',
  'Chapter 1: Snow',
  '',
  'Rukia Kuchiki waited. Renji was late, and Rukia knew it.',
  '',
  '"Kuchiki," someone called. Byakuya did not turn.',
  '',
  'Chapter 2: Thaw',
  '',
  "Renji's sword was heavy. Pineapple, she thought, and the shinigami laughed.",
  '',
].join('\n');

const cases: { why: string; text: string; want: string[] }[] = [
  {
    why: 'a full name is one mention, a lone Kuchiki (two entries) is nobody, the header and the note do not count',
    text: twoChapters,
    want: ['Renji Abarai: 1 2 = 3', 'Rukia Kuchiki: 2 0 = 2', 'Byakuya Kuchiki: 1 0 = 1'],
  },
  {
    why: 'no chapters: one slot; a possessive and an alias count; names on two lines are two mentions',
    text: "Rukia ran.\nRukia Kuchiki ran on.\n\nByakuya's sword. Sode no Shirayuki rang.\n",
    want: ['Rukia Kuchiki: 2 = 2', 'Byakuya Kuchiki: 1 = 1', 'Sode no Shirayuki: 1 = 1'],
  },
  {
    why: 'a first name from the tags line is the canon file\'s full name, not a second person',
    text: 'The Roof\nRukia/Renji, Fluff\n\nRukia sat down. Renji followed her, and Rukia laughed.\n',
    want: ['Rukia Kuchiki: 2 = 2', 'Renji Abarai: 1 = 1'],
  },
  { why: 'a text with no canon names', text: 'The rain fell all night.\n', want: [] },
  { why: 'an empty document', text: '', want: [] },
];

for (const c of cases) {
  test(`mentions: ${c.why}`, () => assert.deepEqual(rows(c.text), c.want));
}

test('mentions: two adjacent names of different entries are two mentions', () => {
  assert.deepEqual(rows('Rukia Renji Byakuya\n'), ['Byakuya Kuchiki: 1 = 1', 'Renji Abarai: 1 = 1', 'Rukia Kuchiki: 1 = 1']);
});
