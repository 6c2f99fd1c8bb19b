/** `prose.repeated-word`: slips flagged and fixed; grammar, intent and boundaries never flagged; doubles that may be meant reported softly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixedAll, lintsOf } from './helpers';
import { proseFixAll, proseQuickFixes } from '../../src/core/features/lintActions';
import { applyEdits } from '../../src/core/features/canonActions';

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
  // The same words as a grammatical double, in a sentence where they cannot be one.
  ['"Don\'t you dare burn that that bracelet!"', '"Don\'t you dare burn that that bracelet!"'.replace('that that', 'that')],
  ['"Is that that Kaito\'s key?" she asked.', '"Is that Kaito\'s key?" she asked.'],
  ['She tied it with that that rope.', 'She tied it with that rope.'],
  ['"Where did did Mirei put the cloak?"', '"Where did Mirei put the cloak?"'],
  ['He would have known what to do do.', 'He would have known what to do.'],
  ['I believed her her.', 'I believed her.'],
  ['"I told you you the gate was cold," she said.', '"I told you the gate was cold," she said.'],
  ['The shutter was was old.', 'The shutter was old.'],
  ['It was late. Is Is that your bench?', 'It was late. Is that your bench?'],
  ['He had had had enough.', 'He had had enough.'],
  ['"How long long have you known?"', '"How long have you known?"'],
  ['We played all night night in the square.', 'We played all night in the square.'],
  ['"Give me the kettle. Now Now."', '"Give me the kettle. Now."'],
  ['"Wait Wait—" she began.', '"Wait—" she began.'],
  ['"They\'ll come, I\'m I\'m sure of it."', '"They\'ll come, I\'m sure of it."'],
  ['"Where did Kaito Kaito put the key?"', '"Where did Kaito put the key?"'],
  ['"Is that Kaito\'s Kaito\'s map?"', '"Is that Kaito\'s map?"'],
  ['"Don\'t you dare drop drop that lantern!"', '"Don\'t you dare drop that lantern!"'],
  ["'I know what it is is, thank you.'", "'I know what it is, thank you.'"],
  ['He said nothing after that that.', 'He said nothing after that.'],
  ["It was Mrs Mrs Acre who said it.", 'It was Mrs Acre who said it.'],
  ['"Mr. Darcy Darcy," said Elizabeth.', '"Mr. Darcy," said Elizabeth.'],
];

/** Slips not certain enough for *Fix all*: a Warning with the deletion offered, not applied in bulk. */
const unsure: [text: string, fixed: string][] = [
  ['He held up up a hand.', 'He held up a hand.'],
  ['He took off off his glasses.', 'He took off his glasses.'],
];

/** Doubles that may be meant: reported softly (never a Warning), two fixes at most, never in Fix all. */
const maybe: [text: string, severity: string, fixes: string[]][] = [
  ['It was very very cold.', 'information', ['It was very cold.', 'It was very, very cold.']],
  ['Mirei laughed so so hard that she cried.', 'information', ['Mirei laughed so hard that she cried.', 'Mirei laughed so, so hard that she cried.']],
  ['The tiny tiny bird sang.', 'information', ['The tiny bird sang.', 'The tiny, tiny bird sang.']],
  ['"That\'s very very wise," he said.', 'hint', ['"That\'s very wise," he said.']],
  ['"Give me the blade, Zufeshir Zufeshir."', 'hint', ['"Give me the blade, Zufeshir."']],
  ['"Sorry sorry, I didn\'t mean it," he said.', 'hint', ['"Sorry, I didn\'t mean it," he said.']],
  ['"Stop stop!" she cried.', 'hint', ['"Stop!" she cried.']],
  ['When the mamechou mamechou flared, she stepped back.', 'warning', ['When the mamechou flared, she stepped back.']],
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
  ['It was very, very cold.', 'emphasis with a comma'],
  ['It was *very very* cold.', 'emphasis in italics'],
  ['The food was so so.', 'so-so without its hyphen'],
  ['Once upon a time, long ago, a fox ran.', 'no double'],
  ['"Good," she said, "very very very good."', 'three in a row'],
  ['"Night night, love," she said.', 'a goodnight'],
  ['Knock knock. Who is there?', 'a joke opening'],
  ['"Ha ha," he said flatly.', 'laughter'],
  ['I do do care about it.', 'emphatic do'],
  ['What he did did matter.', 'emphatic did after a clause'],
  ['The thing is is that nobody asked.', 'the thing is is'],
  ['"I can say that that is true," he said.', 'that that after a verb of saying'],
  ['He promised Kaito that that would never happen.', 'that that after an object'],
  ['"Hai hai," she said.', 'another language in speech'],
  ['She handed Mei Mei the bowl, and Lan Lan laughed.', 'reduplicated one-syllable nicknames'],
  ['"Aye aye, Captain," said the bosun.', 'aye aye'],
  ['"You you you!" she sputtered.', 'three of a word in speech'],
  ['He typed "the the" by mistake.', 'a double mentioned in quotes'],
  ['What it was was football.', 'what it was was'],
  ['Who it is is none of your business.', 'who it is is'],
  ['Whatever he does does not matter.', 'emphatic does after a subject'],
  ['Where he was was a mystery.', 'where he was was'],
  ['I think that that\'s fine.', 'that that\'s'],
  ['The scent of ylang ylang filled the room, and so on, yada yada.', 'borrowed doubles'],
  ['They drove to Wagga Wagga in the rain.', 'a doubled place name'],
  ['It was so, so cold, and the wind went on and on.', 'emphasis with a comma; on and on'],
  ['"Bye-bye," said the little girl.', 'a hyphenated double'],
  ['"Give me the blade, Kaito." "Kaito Kaito!"', 'a call'],
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

for (const [text, fixed] of unsure) {
  test(`flags, not in Fix all: ${text}`, () => {
    const lints = lintsOf(text);
    assert.deepEqual(lints.map((l) => [l.code, l.severity]), [['prose.repeated-word', 'warning']]);
    assert.equal(applyEdits(text, proseQuickFixes(lints[0]!)[0]!.edits), fixed);
    assert.deepEqual(proseFixAll(lints, text), []);
  });
}

for (const [text, severity, fixes] of maybe) {
  test(`reports softly: ${text}`, () => {
    const lints = lintsOf(text);
    assert.deepEqual(lints.map((l) => [l.code, l.severity]), [['prose.repeated-word', severity]]);
    assert.deepEqual(proseQuickFixes(lints[0]!).map((a) => applyEdits(text, a.edits)), fixes);
    assert.ok(proseQuickFixes(lints[0]!).every((a) => !a.isPreferred), 'no fix is preferred');
    assert.deepEqual(proseFixAll(lints, text), [], 'never applied in bulk');
  });
}

test('the repeated word is English-only (other languages double words in their grammar)', () => {
  assert.deepEqual(lintsOf('Nous nous sommes levés.', 'fr'), []);
  assert.deepEqual(lintsOf('Die Frau, die die Tür öffnete.', 'de'), []);
});

test('the repeated-word walk reads two units of a pair before the whole test, and never passes over a pair the whole test accepts', async () => {
  const { nextDouble, restDoubles } = await import('../../src/core/lint/repeatedWord');
  const { parse } = await import('../../src/core/parse/parse');
  // Words that share a length and letters in every way the test reads them: ASCII case, letters beyond
  // ASCII first or second (é/É, ï), the Kelvin sign beside K, one-letter words.
  const tokens = ['the', 'The', 'THE', 'tHe', 'a', 'A', 'I', 'été', 'Été', 'ÉTÉ', 'éte', 'naïve', 'Naïve', 'naive', 'K', 'k', '\u212a', 'ab', 'Ab', 'aB', 'éa', 'éb', 'Éa', 'aé', 'aÉ', 'x1', 'X1', 'don’t', 'Don’t', 'ha', 'he'];
  const gaps = [' ', ' ', ' ', '  ', '\t', '\u00a0', ', ', '—', '\n', ' *'];
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let accepted = 0;
  for (let round = 0; round < 60; round++) {
    let text = '';
    for (let k = 0; k < 200; k++) text += tokens[next(tokens.length)]! + gaps[next(gaps.length)]!;
    const { words, source } = parse(text);
    const walked: number[] = [];
    for (let i = nextDouble(words, source, 2, words.length); i < words.length; i = nextDouble(words, source, i + 2, words.length)) walked.push(i);
    const all: number[] = [];
    for (let i = 2; i < words.length; i += 2) {
      if (words[i + 1]! - words[i]! === words[i - 1]! - words[i - 2]! && restDoubles(source, words[i - 2]!, words[i - 1]!, words[i]!)) all.push(i);
    }
    assert.deepEqual(walked, all, text);
    accepted += all.length;
  }
  assert.ok(accepted > 100, `pairs accepted: ${accepted}`);
});
