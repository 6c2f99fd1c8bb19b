/**
 * Hand-written fics (server/test/fixtures/prose, each with its own canon): clean modern prose gets no
 * canon warning and no spelling finding, and fix-all changes nothing; the same prose with planted typos
 * gets exactly the expected diagnostics, first suggestions, and certain fix-all edits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/core/parse/parse';
import { getLints, type AnalysisEnv } from '../../src/core/features/diagnostics';
import { applyEdits, canonFixAll } from '../../src/core/features/canonActions';
import { canonOf } from '../canon/helpers';

const dir = join(__dirname, '../fixtures/prose');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

function envFor(canonFile: string): AnalysisEnv {
  return { canon: canonOf(read(canonFile)), spelling: { enabled: true, language: 'en-US' } };
}

for (const [fic, canon] of [['harbour.fic', 'harbour.canon'], ['station.fic', 'station.canon'], ['flatshare.fic', 'flatshare.canon']]) {
  test(`clean prose: ${fic} has no canon warning, no spelling finding, and fix-all changes nothing`, () => {
    const text = read(fic);
    const lints = getLints(parse(text), envFor(canon));
    const found = lints.filter((l) => l.code.startsWith('canon.') || l.code.startsWith('spelling.')).map((l) => `${l.code} ${text.slice(l.start, l.end)}`);
    assert.deepEqual(found, []);
    assert.equal(applyEdits(text, canonFixAll(lints)), text);
  });
}

const expected: [code: string, word: string, first: string][] = [
  ['spelling.unknown-word', 'familly', 'family'],
  ['spelling.unknown-word', 'usualy', 'usually'],
  ['canon.misspelled-name', 'Maeren', 'Maren'],
  ['canon.misspelled-name', 'Tobby', 'Toby'],
  ['spelling.unknown-word', 'bakrey', 'bakery'],
  ['spelling.unknown-word', 'togehter', 'together'],
  ['canon.misspelled-name', 'Mnia', 'Mina'],
  ['spelling.unknown-word', 'alot', 'a lot'],
  ['canon.misspelled-name', 'Peetra', 'Petra'],
  ['spelling.unknown-word', 'agred', 'agreed'],
  ['canon.misspelled-name', 'Blackthrn', 'Blackthorn'],
  ['spelling.unknown-word', 'somthing', 'something'],
];

test('planted typos: every one found, in order, with the right first suggestion', () => {
  const text = read('harbour-typos.fic');
  const lints = getLints(parse(text), envFor('harbour-typos.canon')).filter((l) => l.code.startsWith('canon.') || l.code.startsWith('spelling.'));
  assert.deepEqual(lints.map((l) => [l.code, text.slice(l.start, l.end), l.suggestions?.[0]]), expected);
});

test('planted typos: fix-all applies only the certain canon fixes (never English, never a short name)', () => {
  const text = read('harbour-typos.fic');
  const fixed = applyEdits(text, canonFixAll(getLints(parse(text), envFor('harbour-typos.canon'))));
  const changed = (a: string, b: string) => a.split(/(\s+)/).filter((w, i) => w !== b.split(/(\s+)/)[i]);
  assert.deepEqual(changed(text, fixed).map((w) => w.replace(/[^\p{L}]/gu, '')), ['Maeren', 'Tobby', 'Peetra', 'Blackthrn']);
  for (const still of ['familly', 'usualy', 'alot', 'somthing', 'Mnia']) assert.ok(fixed.includes(still), still);
  for (const now of ['Maren said', 'waiting for Toby,', 'Petra found them', 'Cassius Blackthorn is selling']) assert.ok(fixed.includes(now), now);
});
