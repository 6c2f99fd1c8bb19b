/**
 * `englishLevel` keeps its last answer (the canon judge and English spelling ask about the same word one
 * after the other): the answers are the same whatever was asked before, twice in a row or in between.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishLevel, isEnglishWord } from '../../src/core/canon/english';

test('englishLevel: the same answer asked again, in a row or after other words', () => {
  const words = ['the', 'harbour', 'koi', 'rukia', '', 'fanfic', 'zzzq', 'the', 'colour', 'color', 'teh', 'teh', 'moodboard'];
  const first = new Map(words.map((w) => [w, englishLevel(w)]));
  assert.equal(first.get('the'), 0);
  assert.equal(first.get('rukia'), -1);
  assert.equal(first.get(''), -1);
  assert.equal(first.get('teh'), -1);
  for (const w of [...words].reverse()) {
    assert.equal(englishLevel(w), first.get(w), w);
    assert.equal(englishLevel(w), first.get(w), `${w} twice`);
    assert.equal(isEnglishWord(w), first.get(w)! >= 0, w);
  }
});
