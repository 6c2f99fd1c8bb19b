/** `prose.repeated-word`: slips flagged and fixed; grammar, intent and boundaries never flagged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixedAll, lintsOf } from './helpers';

const wrong: [text: string, fixed: string][] = [
  ['She went to the the shop.', 'She went to the shop.'],
  ['The the door stuck.', 'The door stuck.'],
  ['He he laughed at the joke and left.', 'He laughed at the joke and left.'],
  ['The door door was shut.', 'The door was shut.'],
  ['She walked to to the gate.', 'She walked to the gate.'],
  ['He is is tired.', 'He is tired.'],
  ['Kaito Kaito ran for the tram.', 'Kaito ran for the tram.'],
  ['"Give it to the the man," she said.', '"Give it to the man," she said.'],
  ['"The lantern lantern is lit," she said.', '"The lantern is lit," she said.'],
  ['A/N: Thanks for for reading!', 'A/N: Thanks for reading!'],
  ['It was a  a cold night.', 'It was a cold night.'],
];

const right: [text: string, why: string][] = [
  ['He had had enough of it.', 'had had'],
  ['She knew that that was wrong.', 'that that'],
  ['What it is is a mess.', 'what it is is'],
  ['All he was was tired.', 'all he was was'],
  ['She gave her her coat.', 'gave her her coat'],
  ['He carried on on foot.', 'carried on on foot'],
  ['She came in in a hurry.', 'came in in'],
  ['He put it on on purpose.', 'put it on on purpose'],
  ['He came to to find the room empty.', 'came to to find'],
  ['I told you you were wrong.', 'told you you'],
  ['It was very very cold.', 'an intensifier'],
  ['"There there," she said.', 'comfort'],
  ['"No no no," he said.', 'three in a row'],
  ['"Wait wait, listen," he said.', 'speech repeats on purpose'],
  ['"Kaito Kaito!" she called.', 'a name called twice in speech'],
  ['Will will be late.', 'a name, then the word'],
  ['They flew to Bora Bora.', 'a place name'],
  ['He stopped at the\nthe end of the road.', 'a line break between'],
  ['the\n\nthe', 'a paragraph break between'],
  ['Chapter 1: The The\n\nShe ran.', 'a heading'],
  ['She said the, the word.', 'punctuation between'],
  ['the—the door', 'a dash between'],
  ['*the* the door', 'markup between'],
  ['Room 12 12 was empty.', 'numbers'],
];

for (const [text, fixed] of wrong) {
  test(`flags: ${text}`, () => {
    assert.deepEqual(lintsOf(text).map((l) => l.code), ['prose.repeated-word']);
    assert.equal(fixedAll(text), fixed);
    assert.deepEqual(lintsOf(fixed), []);
  });
}

for (const [text, why] of right) {
  test(`leaves ${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(flagged(text), []));
}

test('the repeated word is English-only (other languages double words in their grammar)', () => {
  assert.deepEqual(lintsOf('Nous nous sommes levés.', 'fr'), []);
  assert.deepEqual(lintsOf('Die Frau, die die Tür öffnete.', 'de'), []);
});
