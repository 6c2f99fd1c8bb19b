/**
 * `loadCanon` (cli/canon.ts): a short fic's check keeps the suggestion table lazy (a few queries are
 * answered by scans), a long one's builds it at once; the near names found are the same either way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EAGER_TABLE_FROM, loadCanon } from '../../src/cli/canon';

const canon = ['Rukia Kuchiki', 'Ichigo Kurosaki = Ichi', 'Renji Abarai', 'Hōgyoku = Hogyoku', 'bankai', 'Byakuya'].join('\n');

test('loadCanon: lazy suggestion table for a short fic, built at once for a long one, same near names', () => {
  const sources = [{ file: 'names.canon', text: canon }];
  const short = loadCanon(sources, 6_000).index;
  const long = loadCanon(sources, EAGER_TABLE_FROM).index;
  const none = loadCanon(sources).index;
  assert.equal(short.suggestionTableBuilt, false);
  assert.equal(none.suggestionTableBuilt, false);
  assert.equal(long.suggestionTableBuilt, true);
  for (const typo of ['rukai', 'ichgo', 'renij', 'byakyua', 'bankia', 'kurosaky', 'zzzz']) {
    assert.deepEqual(short.similar(typo), long.similar(typo), typo);
  }
  assert.deepEqual(long.similar('rukai').map((c) => c.key), ['rukia']);
});
