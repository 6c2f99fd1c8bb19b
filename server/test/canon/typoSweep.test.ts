/**
 * The issue's canon targets on canons shaped like real fandoms (server/test/fixtures/prose/*.canon): of
 * every one-edit typo (substitution, insertion, deletion, doubled letter, transposition) of a sample of
 * their name words that is no English or canon word, at least 99% caught and the first suggestion right
 * at least 99% of the time, the word alone; and right every time one name is nearest. The same sweep as
 * `npm run bench` (server/bench/spellingBench.ts), on fewer names so that it stays quick.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonTypoSweep, realisticCanons } from '../../bench/spellingBench';

const dir = join(__dirname, '../fixtures/prose');

test('one-edit typos of names on realistic canons: >= 99% caught, first suggestion right >= 99%', () => {
  let typos = 0;
  let caught = 0;
  let firstRight = 0;
  let unique = 0;
  let uniqueRight = 0;
  for (const name of realisticCanons) {
    const sweep = canonTypoSweep(readFileSync(join(dir, `${name}.canon`), 'utf8'), 30);
    assert.ok(sweep.typos > 5000, `${name}: a real sample (${sweep.typos} typos)`);
    typos += sweep.typos;
    caught += sweep.caught;
    firstRight += sweep.firstRight;
    unique += sweep.uniqueCaught;
    uniqueRight += sweep.uniqueRight;
  }
  assert.ok(caught / typos >= 0.99, `caught ${caught} of ${typos}`);
  assert.ok(firstRight / caught >= 0.99, `first suggestion right ${firstRight} of ${caught}`);
  assert.equal(uniqueRight, unique, 'right whenever one name is nearest');
});
