/** Fix-all composition: each fix cut into the characters it changes, overlapping fixes applied together in one run. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeFixes, fixPieces } from '../../src/core/features/fixCompose';
import { applyEdits } from '../../src/core/features/canonActions';
import { fixAllAction } from '../../src/core/features/lintActions';
import { lintsOf } from './helpers';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { CanonIndex } from '../../src/core/canon/canonIndex';
import { parseCanonText } from '../../src/core/canon/canonFile';

const pieces: [original: string, replacement: string, expected: [number, number, string][]][] = [
  ['abc', 'abc', []],
  ['.', ',', [[0, 1, ',']]],
  ['." He', '," he', [[0, 1, ','], [3, 4, 'h']]],
  [', —dijo Marta—', ' —dijo Marta—,', [[0, 1, ''], [14, 14, ',']]],
  [' the', '', [[0, 4, '']]],
  ['', ', ', [[0, 0, ', ']]],
];

for (const [original, replacement, expected] of pieces) {
  test(`pieces of ${JSON.stringify(original)} → ${JSON.stringify(replacement)}`, () => {
    const got = fixPieces(10, original, replacement);
    assert.deepEqual(got.map((e) => [e.start - 10, e.end - 10, e.newText]), expected);
    assert.equal(applyEdits(`0123456789${original}`, got), `0123456789${replacement}`, 'the pieces make the fix');
  });
}

test('overlapping fixes compose; a fix that clashes is left out whole; edits sorted and apart', () => {
  const text = 'prisa, -dijo Marte- pero';
  const move = { start: 5, end: 19, newText: text.slice(6, 19) + ',' }; // the comma after the incise
  const dash1 = { start: 7, end: 8, newText: '—' };
  const dash2 = { start: 18, end: 19, newText: '—' };
  const name = { start: 13, end: 18, newText: 'Marta' }; // a canon fix inside the moved span
  const clash = { start: 5, end: 6, newText: ';' }; // changes the comma the move deletes
  const edits = composeFixes([[move], [dash1], [dash2], [name], [clash]], text);
  assert.equal(applyEdits(text, edits), 'prisa —dijo Marta—, pero');
  for (let k = 1; k < edits.length; k++) assert.ok(edits[k]!.start > edits[k - 1]!.end, 'no two edits touch');
  assert.deepEqual(composeFixes([[dash1], [dash1]], text), [dash1], 'the same fix twice is one edit');
  assert.deepEqual(composeFixes([[{ start: 3, end: 3, newText: 'x' }], [{ start: 3, end: 3, newText: 'y' }]], text), [{ start: 3, end: 3, newText: 'x' }], 'two insertions at one place: the first kept');
});

test('Fix all once, then the check finds nothing (es, ru, en-US, with a canon name in the span)', () => {
  const cases: [string, string][] = [
    ['-Tengo prisa, -Respondió Marta- pero no tanta.\n\n-Bien -Dijo él-, y tú.\n\n—Espera. -Dijo Marta.', 'es'],
    ['- Привет. - Сказал он.\n\n- Пока, - Ответила она.', 'ru'],
    ['"Hello." He said. "Where?," she asked.\n\nThe the door door was shut.', 'en-US'],
  ];
  for (const [text, convention] of cases) {
    const action = fixAllAction(lintsOf(text, convention as 'es'), text);
    assert.ok(action, convention);
    const fixed = applyEdits(text, action.edits);
    assert.deepEqual(lintsOf(fixed, convention as 'es').map((l) => l.code), [], `${convention}: ${fixed}`);
  }
  // A canon misspelling inside the incise the comma moves across: both fixed in one run.
  const text = 'Language: es\n\n—Tengo prisa, —respondió Marte— pero no tanta.';
  const canon = CanonIndex.build(parseCanonText('Marta\n', 'test.canon').entries);
  const lints = getLints(parse(text), { canon });
  const action = fixAllAction(lints, text);
  assert.ok(action);
  const fixed = applyEdits(text, action.edits);
  assert.equal(fixed, 'Language: es\n\n—Tengo prisa —respondió Marta—, pero no tanta.');
  assert.deepEqual(getLints(parse(fixed), { canon }).map((l) => l.code), []);
});
