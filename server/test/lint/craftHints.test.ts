/** Craft hints: off by default, Hint severity, each with its own switch, never reading speech for narration hints. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allHints, flagged, lintsOf, quickFixed } from './helpers';
import type { CraftHints } from '../../src/core/lint/craftHints';

const rows: [hint: keyof CraftHints, text: string, flaggedText: string | undefined, why: string][] = [
  ['saidBookisms', '"Of course," she smiled.', '," she smiled', 'a face verb as a tag'],
  ['saidBookisms', '"Really?" he laughed.', '?" he laughed', 'after a question mark'],
  ['saidBookisms', '"Of course." She smiled.', undefined, 'an action beat is right'],
  ['saidBookisms', '"Of course," she said, smiling.', undefined, 'a speech verb'],
  ['adverbAfterSaid', '"Go," she said softly.', 'softly', 'an adverb after said'],
  ['adverbAfterSaid', '"Go," she said, and left.', undefined, 'no adverb'],
  ['adverbAfterSaid', '"She said softly," he read.', undefined, 'inside speech'],
  ['filterWords', 'She saw the door open.', 'saw', 'a filter verb after a pronoun'],
  ['filterWords', 'He could hear the rain.', 'hear', 'after a modal'],
  ['filterWords', 'The felt hat was old.', undefined, 'a noun, not a filter'],
  ['filterWords', '"I saw it," he said.', undefined, 'inside speech'],
  ['echoWords', 'The crimson light fell on the crimson floor.', 'crimson', 'an uncommon word again'],
  ['echoWords', 'She looked up and then looked away.', undefined, 'a common word'],
  ['echoWords', '"Crimson, crimson," she sang. The crimson door.', undefined, 'the first use is inside speech'],
  ['echoWords', 'The lantern swung in the crimson dusk.\n\nShe followed its crimson glow.', 'crimson', 'across a paragraph boundary'],
  ['echoWords', 'The lantern swung in the crimson dusk.\n\n"Come," he said.\n\nShe followed its crimson glow.', 'crimson', 'across a paragraph of speech'],
  ['echoWords', 'The lantern swung in the crimson dusk.\n\n* * *\n\nShe followed its crimson glow.', undefined, 'a scene break starts fresh'],
  ['echoWords', 'The lantern swung in the crimson dusk.\n\nChapter 2\n\nShe followed its crimson glow.', undefined, 'a chapter heading starts fresh'],
  ['echoWords', `The crimson dusk fell.${' Then the wind came down the hill again.'.repeat(6)}\n\nShe followed its crimson glow.`, undefined, 'more than 40 words apart'],
  ['repeatedNames', 'Kaito ran. Then Kaito stopped, and Kaito laughed.', 'Kaito', 'a name a third time'],
  ['repeatedNames', 'Kaito ran. Then Kaito stopped.', undefined, 'twice is fine'],
  ['repeatedNames', '"Kaito, Kaito, Kaito," she said to Kaito.', undefined, 'speech does not count'],
];

for (const [hint, text, flaggedText, why] of rows) {
  test(`${hint}: ${why}`, () => {
    assert.deepEqual(lintsOf(text), [], 'off by default');
    const found = lintsOf(text, 'en-US', { [hint]: true });
    assert.deepEqual(found.map((l) => text.slice(l.start, l.end)), flaggedText === undefined ? [] : [flaggedText]);
    assert.ok(found.every((l) => l.severity === 'hint' && l.code.startsWith('craft.')));
  });
}

test('each hint has its own switch', () => {
  const text = '"Of course," she smiled. She saw the door open.';
  assert.deepEqual(flagged(text, 'en-US', { filterWords: true }).map(([c]) => c), ['craft.filter-word']);
  assert.deepEqual(flagged(text, 'en-US', allHints).map(([c]) => c).sort(), ['craft.filter-word', 'craft.said-bookism']);
});

test('a said-bookism quick fix makes an action beat', () => {
  assert.equal(quickFixed('"Of course," she smiled.', 'en-US', { saidBookisms: true }), '"Of course." She smiled.');
});

test('craft hints are English-only', () => {
  assert.deepEqual(lintsOf('Elle vit la porte. Elle vit la porte.', 'fr', allHints), []);
});

test('en-GB: the hints read single-quoted speech as speech', () => {
  const text = "'Of course,' she smiled. She saw the crimson door.\n\nThe crimson light fell.\n\n'I saw it,' he said softly.";
  assert.deepEqual(flagged(text, 'en-GB', allHints), [
    ['craft.said-bookism', ",' she smiled"],
    ['craft.filter-word', 'saw'],
    ['craft.echo-word', 'crimson'],
    ['craft.said-adverb', 'softly'],
  ]);
});
