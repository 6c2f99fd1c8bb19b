/**
 * A typo as near to two canon names: the one written around it (in its own paragraph block) first, the
 * slip likelihood otherwise; and the check that reuses lints across edits still equals a full check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../src/core/parse/parse';
import { getLints, getLintState, type LintState } from '../../src/core/features/diagnostics';
import type { EditLike } from '../../src/core/canon/editWindow';
import { rankByNearbyNames } from '../../src/core/canon/nearbyNames';
import { canonOf } from './helpers';

const canonText = 'Chiru Amane\nChiku Borel\nKeshi Tarn\nKachi Velm\nMechi Oss\n';
const env = { canon: canonOf(canonText) };

/** The first suggestion for each `canon.misspelled-name` in `text`. */
function firsts(text: string): string[] {
  return getLints(parse(text), env)
    .filter((l) => l.code === 'canon.misspelled-name')
    .map((l) => `${text.slice(l.start, l.end)}→${l.suggestions?.[0]}`);
}

const cases: [why: string, text: string, expected: string[]][] = [
  // `Chiu` is one letter from Chiru and from Chiku.
  ['alone: the likelier slip, then the canon order', 'Chiu waved.\n', ['Chiu→Chiku']],
  ['Chiru in the same paragraph', 'Chiru sat down. Later Chiu waved.\n', ['Chiu→Chiru']],
  ['Chiku in the same paragraph', 'Chiku sat down. Later Chiu waved.\n', ['Chiu→Chiku']],
  ['a possessive counts', "Chiru's cat slept. Chiu waved.\n", ['Chiu→Chiru']],
  ['more mentions win', 'Chiru, Chiru and Chiku. Chiu waved.\n', ['Chiu→Chiru']],
  ['a mention in another paragraph does not count', 'Chiru sat down.\n\nChiu waved.\n', ['Chiu→Chiku']],
  ['nor across a CRLF blank line', 'Chiru sat down.\r\n\r\nChiu waved.\r\n', ['Chiu→Chiku']],
  ['a CRLF line break inside the paragraph does', 'Chiru sat down.\r\nChiu waved.\r\n', ['Chiu→Chiru']],
  ['a name inside another word does not count', 'Chirugia was a word. Chiu waved.\n', ['Chiu→Chiku']],
  ['a name the header declares', 'Title\nCharacters: Chiru Amane\n\nChiu waved.\n', ['Chiu→Chiru']],
  ['a name the header pairs in the tags line', 'Title\nChiru/Keshi, Fluff\n\nChiu waved.\n', ['Chiu→Chiru']],
  ['a nearby mention outweighs the header', 'Title\nCharacters: Chiru Amane\n\nChiku and Chiku again. Chiu waved.\n', ['Chiu→Chiku']],
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
  at: fc.nat(),
  del: fc.nat({ max: 4 }),
  insert: fc.constantFrom('', 'e', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', 'Chiru ', 'Chiku ', 'Chiu ', 'Keshi ', 'Kachi ', "Chiru's "),
});

test('with nearby names ranking, lints reused across edits still equal a full check', () => {
  fc.assert(
    fc.property(fc.array(editArb, { minLength: 1, maxLength: 25 }), (ms) => {
      let text = `${base}\n\n${base}\n`;
      let state: LintState = getLintState(parse(text), env);
      for (const m of ms) {
        const start = m.at % (text.length + 1);
        const end = Math.min(text.length, start + m.del);
        const edit: EditLike = { start, end, text: m.insert };
        text = text.slice(0, start) + m.insert + text.slice(end);
        const model = parse(text);
        state = getLintState(model, env, { state, edits: [edit] });
        assert.deepStrictEqual(state.lints, getLints(model, env));
      }
    }),
    { numRuns: 300 },
  );
});
