/**
 * The bundles look English words up in the bands merged into one tagged list (scripts/english-merge.mjs,
 * `EnglishData.merged`); code run from source searches band by band. Both must give every word the same
 * band, including words whose characters sort below the band digit (`'`, `-`, `.`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { SortedWords } from '../../src/core/canon/sortedWords';
import { englishWordsText } from '../../src/core/canon/englishData';
// @ts-expect-error: a plain ES module of the build's, without types
import { mergeBands } from '../../../scripts/english-merge.mjs';

const merge = mergeBands as (levels: readonly string[]) => string;

/** The band of `word` searched band by band (what code run from source does). */
function bandOf(levels: readonly SortedWords[], word: string): number {
  for (let i = 0; i < levels.length; i++) if (levels[i]!.has(word)) return i;
  return -1;
}

test('merged bands give random lists\' words their band, and no band to other words', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', "'", '-', '.', '0', '9', 'é', 'z'), minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(fc.array(word, { maxLength: 80 }), fc.integer({ min: 1, max: 8 }), fc.array(word, { maxLength: 20 }), (words, bands, probes) => {
      const unique = [...new Set(words)];
      const lists = Array.from({ length: bands }, (_, b) => unique.filter((_, i) => i % bands === b).sort());
      const merged = new SortedWords(merge(lists.map((l) => l.join('\n'))), true);
      const levels = lists.map((l) => new SortedWords(l.join('\n')));
      for (const w of [...unique, ...probes]) {
        const tag = merged.tagOf(w);
        assert.equal(tag < 0 ? -1 : tag - 0x30, bandOf(levels, w), JSON.stringify(w));
      }
    }),
    { numRuns: 300 },
  );
});

test('the real vocabulary merged: every 50th word of each band and words of no band agree', () => {
  const data = englishWordsText();
  const merged = new SortedWords(merge(data.levels), true);
  const levels = data.levels.map((t) => new SortedWords(t));
  let checked = 0;
  data.levels.forEach((text, band) => {
    const words = text.split('\n');
    for (let i = 0; i < words.length; i += 50) {
      assert.equal(merged.tagOf(words[i]!) - 0x30, band, words[i]);
      checked++;
    }
  });
  for (const w of ['rukia', 'teodorr', "o'", 'zzzzq', 'a-', '']) assert.equal(merged.tagOf(w) < 0 ? -1 : merged.tagOf(w) - 0x30, bandOf(levels, w), w);
  assert.ok(checked > 2000);
});

test('the CLI and server bundles carry the merged bands, not the band lists', () => {
  // Both read them from the word-list file the build writes beside them (merged bands, then the other
  // lists, NUL-separated) and hand core the same shape, with no band lists.
  const lists = readFileSync(join(__dirname, '../../../out', 'english.dat'), 'latin1').split('\0');
  assert.equal(lists.length, 4);
  assert.match(lists[0]!, /^a\d\n/);
  assert.deepEqual(lists[0], mergeBands(englishWordsText().levels));
  for (const bundle of ['cli-main.js', 'server-main.js']) {
    assert.match(readFileSync(join(__dirname, '../../../out', bundle), 'utf8'), /levels: \[\], merged: lists\[0\]/, bundle);
  }
});
