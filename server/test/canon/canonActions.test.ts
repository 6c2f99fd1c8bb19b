import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCanonNames } from '../../src/core/features/canonNames';
import { applyEdits, canonFixAll, canonFixAllAction, canonQuickFixes } from '../../src/core/features/canonActions';
import { envOf, modelOf } from './helpers';

const canon = 'Rukia Kuchiki\nRenji Abarai\nRukio\nHōgyoku\nSode no Shirayuki\nHermione Granger\n';

function lintsOf(text: string) {
  return validateCanonNames(modelOf(text), envOf(canon));
}

const replacements: [text: string, chosen: number, expected: string][] = [
  ["It was Rukai's sword.", 0, "It was Rukia's sword."],
  ['"RUKAI!" he yelled.', 0, '"RUKIA!" he yelled.'],
  ['She met rukia.', 0, 'She met Rukia.'],
  ['Sode no Shirayukki gleamed.', 0, 'Sode no Shirayuki gleamed.'],
  ['The Hougyoku glowed.', 0, 'The Hōgyoku glowed.'],
  ['Ruki waved.', 1, 'Rukio waved.'],
];

for (const [text, chosen, expected] of replacements) {
  test(`replace quick fix: ${text}`, () => {
    const [lint] = lintsOf(text);
    const fixes = canonQuickFixes(lint).filter((a) => a.edits.length);
    assert.equal(fixes[0].isPreferred, true, 'the best suggestion is preferred');
    assert.ok(fixes.slice(1).every((f) => !f.isPreferred), 'only one preferred fix');
    assert.equal(applyEdits(text, fixes[chosen].edits), expected);
  });
}

test('suggestions come best first: Ruki → Rukia before Rukio', () => {
  const [lint] = lintsOf('Ruki waved.');
  assert.deepEqual(canonQuickFixes(lint).map((a) => a.title), ['Replace with ‘Rukia’', 'Replace with ‘Rukio’', 'Add ‘Ruki’ to canon']);
});

test('`Add ‘X’ to canon` carries the word without its possessive', () => {
  const [lint] = lintsOf("Rukai's sword");
  const add = canonQuickFixes(lint).find((a) => a.addToCanon);
  assert.deepEqual([add?.title, add?.addToCanon, add?.edits.length], ['Add ‘Rukai’ to canon', 'Rukai', 0]);
});

test('a casing lint offers no `Add to canon`', () => {
  const [lint] = lintsOf('and rukia');
  assert.deepEqual(canonQuickFixes(lint).map((a) => a.title), ['Replace with ‘Rukia’']);
});

test('Fix all canon names repairs every misspelling and casing, and leaves romanizations', () => {
  const text = "Rukai's friend renji met Hermoine by the Hougyoku. \"Rukai!\" Sode no Shirayukki.";
  const action = canonFixAllAction(lintsOf(text));
  assert.equal(action?.kind, 'source.fixAll');
  assert.equal(action?.title, 'Fix all canon names');
  assert.equal(applyEdits(text, action!.edits), "Rukia's friend Renji met Hermione by the Hougyoku. \"Rukia!\" Sode no Shirayuki.");
});

test('Fix all on a clean text offers nothing', () => {
  assert.equal(canonFixAllAction(lintsOf('Rukia met Renji.')), undefined);
  assert.deepEqual(canonFixAll([]), []);
});

test('quick fixes ignore other codes', () => {
  assert.deepEqual(canonQuickFixes({ code: 'dialogue.unclosed-quote', start: 0, end: 1 }), []);
});
