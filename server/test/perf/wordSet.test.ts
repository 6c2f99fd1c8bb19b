/** `WordSet` (the compact English set) answers exactly as a `Set` of the same words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordSet } from '../../src/core/canon/wordSet';
import { englishWordsText } from '../../src/core/canon/englishData';
import { isEnglishWord } from '../../src/core/canon/english';

test('WordSet.has matches a Set over random word lists and probes', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '\u2019'), minLength: 0, maxLength: 5 });
  fc.assert(
    fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (words, probes) => {
      const set = new Set(words.filter((w) => w.length > 0));
      const ws = new WordSet(words.join('\n'));
      for (const p of [...words, ...probes, 'ab\nc', '\n']) assert.equal(ws.has(p), set.has(p), JSON.stringify(p));
    }),
    { numRuns: 300 },
  );
});

test('WordSet edge cases: empty text, empty lines, last line, prefixes', () => {
  const cases: { text: string; yes: string[]; no: string[] }[] = [
    { text: '', yes: [], no: ['', 'a'] },
    { text: 'cat\n\ncatalog\n', yes: ['cat', 'catalog'], no: ['', 'ca', 'cata', 'catalogs', 'at'] },
    { text: 'end', yes: ['end'], no: ['en', 'ends'] },
  ];
  for (const { text, yes, no } of cases) {
    const ws = new WordSet(text);
    for (const w of yes) assert.ok(ws.has(w), `${JSON.stringify(text)} has ${w}`);
    for (const w of no) assert.ok(!ws.has(w), `${JSON.stringify(text)} lacks ${w}`);
  }
});

test('the English list is lowercase, sorted and unique, and isEnglishWord reads it', () => {
  const words = englishWordsText().split('\n');
  assert.ok(words.length > 50_000);
  for (let i = 1; i < words.length; i++) assert.ok(words[i - 1]! < words[i]!, `${words[i - 1]} < ${words[i]}`);
  for (const w of words) assert.equal(w, w.toLowerCase());
  const cases: [string, boolean][] = [['house', true], ['colour', true], ['color', true], ['drabble', true], ['couldn', true], ['rukia', false], ['hermoine', false], ['', false]];
  for (const [w, want] of cases) assert.equal(isEnglishWord(w), want, w);
});
