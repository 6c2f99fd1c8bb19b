/**
 * Among canon names equally near a typo, the word alone ranks them by general facts about typing: a
 * neighbouring key before a vowel for a vowel, an extra letter beside a key it neighbours before a stray
 * one, a dropped letter before a wrong one, and the typo's casing (a lowercase typo is likelier a
 * lowercase term's). Names are chosen so that the older ranking (or the alphabetical order) would often pick the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeWord } from '../../src/core/canon/judge';
import { canonOf } from './helpers';

const cases: [why: string, canon: string, typo: string, first: string][] = [
  // `e` for `r` (neighbouring keys) in Karlo; `e` for `a` (a vowel for a vowel) in Kaalo.
  ['a neighbouring key before a vowel for a vowel', 'Karlo Venn\nKaalo Dunn\n', 'Kaelo', 'Karlo'],
  // `s` beside `a` (neighbours) into Tavin; `v` between `s` and `i` (no neighbour) into Tasin.
  ['an extra letter beside a key it neighbours before a stray one', 'Tavin Orr\nTasin Pell\n', 'Tasvin', 'Tavin'],
  // A dropped `r` from Torin; `i` for `u` (neighbouring keys) in Toun: one way to drop a letter, several keys beside each.
  ['a dropped letter before a neighbouring key', 'Toun Mere\nTorin Vale\n', 'Toin', 'Torin'],
  // Lowercase `chaa`: the term chala (a dropped `l`), not the name Chaza (a dropped `z`).
  ['a lowercase typo: the term before the name', 'Chaza Rin\nchala\n', 'chaa', 'chala'],
  ['a capitalized typo mid-sentence: the name before the term', 'Chaza Rin\nchala\n', 'Chaa', 'Chaza'],
];

for (const [why, canonText, typo, first] of cases) {
  test(`slip ranking: ${why}`, () => {
    const finding = judgeWord(canonOf(canonText), typo).findings[0]?.finding;
    assert.ok(finding && finding.kind === 'misspelled', `${typo} is flagged`);
    assert.equal(finding.suggestions[0], first);
    assert.equal(finding.suggestions.length, 2, 'both names are offered');
  });
}
