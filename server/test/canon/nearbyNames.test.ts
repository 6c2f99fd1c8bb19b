/**
 * A typo as near to two canon names: the one written around it (within 10,000 units) first, the slip
 * likelihood otherwise; and the check that reuses lints across edits still equals a full check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../src/core/parse/parse';
import { getLints, getLintState, type LintState } from '../../src/core/features/diagnostics';
import { nearbyReach, rankByNearbyNames } from '../../src/core/canon/nearbyNames';
import { assertLintsFollowEdits, canonOf } from './helpers';

const canonText = 'Chiru Amane\nChiku Borel\nKeshi Tarn\nKachi Velm\nMechi Oss\n';
const env = { canon: canonOf(canonText) };

/** The first suggestion for each `canon.misspelled-name` in `text`. */
function firsts(text: string): string[] {
  return getLints(parse(text), env)
    .filter((l) => l.code === 'canon.misspelled-name')
    .map((l) => `${text.slice(l.start, l.end)}→${l.suggestions?.[0]}`);
}

/** Paragraphs of plain narration, at least `units` long. */
function filler(units: number): string {
  const paragraph = 'The rain kept on against the window, and the kettle sang in the next room.\n\n';
  return paragraph.repeat(Math.ceil(units / paragraph.length));
}

const cases: [why: string, text: string, expected: string[]][] = [
  // `Chiu` is one letter from Chiru and from Chiku.
  ['alone: the likelier slip, then the canon order', 'Chiu waved.\n', ['Chiu→Chiku']],
  ['Chiru in the same paragraph', 'Chiru sat down. Later Chiu waved.\n', ['Chiu→Chiru']],
  ['Chiku in the same paragraph', 'Chiku sat down. Later Chiu waved.\n', ['Chiu→Chiku']],
  ['a possessive counts', "Chiru's cat slept. Chiu waved.\n", ['Chiu→Chiru']],
  ['more mentions win', 'Chiru, Chiru and Chiku. Chiu waved.\n', ['Chiu→Chiru']],
  ['a mention in another paragraph nearby counts', 'Chiru sat down.\n\nChiu waved.\n', ['Chiu→Chiru']],
  ['with CRLF line ends too', 'Chiru sat down.\r\n\r\nChiu waved.\r\n', ['Chiu→Chiru']],
  ['a mention out of reach does not count', `Chiru sat down.\n\n${filler(nearbyReach)}Chiu waved.\n`, ['Chiu→Chiku']],
  ['a name inside another word does not count', 'Chirugia was a word. Chiu waved.\n', ['Chiu→Chiku']],
  ['a name the header declares', 'Title\nCharacters: Chiru Amane\n\nChiu waved.\n', ['Chiu→Chiru']],
  ['a name the header pairs in the tags line', 'Title\nChiru/Keshi, Fluff\n\nChiu waved.\n', ['Chiu→Chiru']],
  ['a nearby mention outweighs the header', 'Title\nCharacters: Chiru Amane\n\nChiku, Chiku, Chiku and Chiku again. Chiu waved.\n', ['Chiu→Chiku']],
  // `Kashi` is one letter from Keshi (a vowel for a vowel) and Kachi (s for c): the vowel slip first.
  ['a vowel for a vowel before another letter', 'Kashi waved.\n', ['Kashi→Keshi']],
];

for (const [why, text, expected] of cases) test(`nearby names: ${why}`, () => assert.deepEqual(firsts(text), expected));

test('rankByNearbyNames keeps farther suggestions after the tied ones, in their order', () => {
  const text = 'Zed and Zed met Qux. Xyz.';
  const at = text.indexOf('Xyz');
  assert.deepEqual(rankByNearbyNames(text, at, at + 3, ['Qux', 'Zed', 'Far', 'Farther'], [0.5, 0.4, 0, 0]), ['Zed', 'Qux', 'Far', 'Farther']);
  assert.deepEqual(rankByNearbyNames(text, at, at + 3, ['Abc', 'Def', 'Far'], [0.5, 0.5, 0]), ['Abc', 'Def', 'Far']);
});

test('the quick fix and the message follow the ranking', () => {
  const text = 'Chiru sat down. Later Chiu waved.\n';
  const lint = getLints(parse(text), env).find((l) => l.code === 'canon.misspelled-name')!;
  assert.equal(lint.message, '‘Chiu’ is not a canon name — did you mean ‘Chiru’?');
  assert.deepEqual(lint.suggestions?.slice(0, 2), ['Chiru', 'Chiku']);
});

const base = [
  'Chiru climbed the stairs. Chiu waved at Keshi.',
  'Kashi laughed, and Chiku laughed too.',
  'The wind came. Mechi and Chiu argued with Chiku.',
  'Nobody answered Kashi for a long time.',
].join('\n\n');

const editArb = fc.record({
  del: fc.nat({ max: 4 }),
  // Names typed often: each one may turn the ranking of a typo thousands of units away.
  insert: fc.constantFrom('', 'e', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', 'Chiru ', 'Chiru Chiru ', 'Chiku ', 'Chiku Chiku ', 'Chiu ', 'Keshi ', 'Kachi ', "Chiru's "),
});

test('with nearby names ranking, lints reused across edits still equal a full check', () => {
  // Two scenes farther apart than the reach: an edit in one may or may not reach a typo in the other.
  const start = `${base}\n\n${filler(nearbyReach - 600)}${base}\n\n${filler(nearbyReach + 300)}${base}\n`;
  // Near the first scene, anywhere, between the scenes (half the reach and more from the first), at the second.
  const atArb = fc.oneof(fc.nat({ max: 1500 }), fc.nat({ max: start.length }), fc.integer({ min: nearbyReach / 2, max: nearbyReach - 700 }), fc.integer({ min: nearbyReach - 900, max: nearbyReach + 900 }));
  fc.assert(
    fc.property(fc.array(fc.record({ at: atArb, edit: editArb }), { minLength: 1, maxLength: 12 }), (ms) =>
      assertLintsFollowEdits(start, env, ms.map(({ at, edit }) => ({ at, ...edit }))),
    ),
    { numRuns: 80 },
  );
});

test('an edit out of reach leaves a tied lint as it was; a name typed within reach ranks it again', () => {
  let text = `Chiu waved.\n\n${filler(nearbyReach + 500)}The end.\n`;
  let state: LintState = getLintState(parse(text), env);
  const first = state.lints.find((l) => l.code === 'canon.misspelled-name')!;
  assert.equal(first.suggestions?.[0], 'Chiku');
  const far = text.length - 5;
  text = `${text.slice(0, far)}Chiru ${text.slice(far)}`;
  state = getLintState(parse(text), env, { state, edits: [{ start: far, end: far, text: 'Chiru ' }] });
  assert.equal(state.lints.find((l) => l.code === 'canon.misspelled-name'), first, 'reused as it was');
  let near = 0;
  for (let k = 0; k < 10; k++) near = text.indexOf('The rain', near + 1); // ten paragraphs on: out of the edit's window
  text = `${text.slice(0, near)}Chiru ${text.slice(near)}`;
  state = getLintState(parse(text), env, { state, edits: [{ start: near, end: near, text: 'Chiru ' }] });
  assert.equal(state.lints.find((l) => l.code === 'canon.misspelled-name')?.suggestions?.[0], 'Chiru');
  assert.deepStrictEqual(state.lints, getLints(parse(text), env));
});
