/**
 * Canon precision (issue 14): plurals and plural possessives of names, singulars of plural entries, canon
 * words inside hyphenated English words, names in `_emphasis_`, English words a bigger vocabulary knows
 * (`koi`), romanization notes only for long vowels, doubled-letter typos as warnings; and fix-all applies
 * only the certain fixes. Table-driven, on the real parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { validateCanonNames } from '../../src/core/features/canonNames';
import { applyEdits, canonFixAll } from '../../src/core/features/canonActions';
import { envOf } from './helpers';

const canon = `
Harry Potter
Ron Weasley
Draco Malfoy
Margaret Wilcox
Mary
William
Kon
John Smith
Todd
Deborah
Gordon
Gavericks
Hermione Granger
Hōgyoku
Ryūga
Rukia Kuchiki
`;

function findings(text: string): string[] {
  return validateCanonNames(parse(text), envOf(canon)).map((l) => `${l.code} ${text.slice(l.start, l.end)}→${l.suggestions?.[0] ?? ''}`);
}

const clean: [why: string, text: string][] = [
  ['plural of a name', 'The Weasleys came for dinner, and the Malfoys did not.'],
  ['plural possessive', "It was the Potters' house, next to the Weasleys' garden."],
  ['plural in -es', 'The Wilcoxes were at home.'],
  ['plural of a first name', 'There were three Marys in the class, and all the Marys waved.'],
  ['singular of a plural entry', 'Gaverick stood alone; the other Gavericks had gone.'],
  ['canon word inside a hyphenated English word', 'The garden was full of sweet-williams and foxgloves.'],
  ['names in emphasis markers', 'She said _Hermione_ twice, then *Harry*, then __Ron__.'],
  ['an English word a bigger vocabulary knows', 'The pond was full of koi, and the koi were orange.'],
  ['possessive of a name', "Harry's wand and Hermione's book."],
];

for (const [why, text] of clean) test(`never flagged: ${why}`, () => assert.deepEqual(findings(text), []));

const flagged: [why: string, text: string, expected: string[]][] = [
  ['doubled vowel in John is a typo', 'Joohn left.', ['canon.misspelled-name Joohn→John']],
  ['doubled vowel in Todd', 'Toodd came.', ['canon.misspelled-name Toodd→Todd']],
  ['doubled vowel in Deborah', 'Deboorah sang.', ['canon.misspelled-name Deboorah→Deborah']],
  ['doubled vowel in Gordon', 'Goordon ran.', ['canon.misspelled-name Goordon→Gordon']],
  ['long vowel spelled out is a romanization', 'The Hougyoku glowed.', ['canon.romanization Hougyoku→Hōgyoku']],
  ['long vowel dropped', 'The Hogyoku glowed.', ['canon.romanization Hogyoku→Hōgyoku']],
  ['uu for ū', 'Ryuuga smiled.', ['canon.romanization Ryuuga→Ryūga']],
  ['a typo inside emphasis markers keeps its span', 'She said _Hermoine_ twice.', ['canon.misspelled-name Hermoine→Hermione']],
  ['a capitalized part of a hyphenated word is still checked', 'Rukai-san bowed.', ['canon.misspelled-name Rukai→Rukia']],
];

for (const [why, text, expected] of flagged) test(`flagged: ${why}`, () => assert.deepEqual(findings(text), expected));

const fixAll: [why: string, text: string, fixed: string][] = [
  ['certain fixes applied', 'Hermoine and Rukai met Joohn.', 'Hermione and Rukia met John.'],
  ['a short word is not certain', 'Jonh waved.', 'Jonh waved.'],
  ['a clean fic is unchanged', 'The pond was full of koi. The Weasleys waved at the Potters.', 'The pond was full of koi. The Weasleys waved at the Potters.'],
];

for (const [why, text, fixed] of fixAll) {
  test(`fix-all: ${why}`, () => {
    const lints = validateCanonNames(parse(text), envOf(canon));
    assert.equal(applyEdits(text, canonFixAll(lints)), fixed);
  });
}

test('fix-all leaves a word with two candidates alone (a quick fix still offers both)', () => {
  const text = 'Marj smiled.';
  const lints = validateCanonNames(parse(text), envOf('Mary\nMarc\nMargo'));
  assert.ok(lints.length === 0 || lints[0].suggestions!.length >= 1);
  assert.deepEqual(canonFixAll(lints), []);
});

test('header names (characters, relationships, the tags line) are known throughout the file, author’s notes included', () => {
  const text = [
    'The Quiet Roof',
    'Zorblax/Quenby, Fluff',
    'Relationships: Maelis & Torvane',
    'Characters: Idrenne Vask',
    '',
    'A/N: Zorblax and Quenby belong to me; so do Maelis, Torvane and Idrenne.',
    '',
    'Idrenne watched the Vasks argue while Zorblax and Quenby laughed, and Torvane’s coat dripped on Maelis.',
    '',
    'A/N: More Zorblax soon!',
  ].join('\n');
  assert.deepEqual(findings(text), []);
  // A typo of a header name is still a typo.
  assert.deepEqual(findings(text.replace('while Zorblax', 'while Zorblaxx')), ['canon.misspelled-name Zorblaxx→Zorblax']);
});
