/**
 * `dialogue.tag-punctuation`, table-driven: each wrong sentence, the text flagged, the sentence after its
 * quick fix (which must then be clean), and right sentences that must never be flagged. The en-GB rows are
 * the same rule with single quotes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixedAll, lintsOf, quickFixed } from './helpers';
import type { DialogueConvention } from '../../src/core/lint/convention';

const wrong: [text: string, flaggedText: string, fixed: string, why: string][] = [
  ['"I left it on the bus." he said.', '.', '"I left it on the bus," he said.', 'full stop before a lowercase tag'],
  ['"Not yet." she whispered.', '.', '"Not yet," she whispered.', 'any speech verb'],
  ['"Move." the guard ordered.', '.', '"Move," the guard ordered.', 'an article subject'],
  ['"My nan." Marnie said, "planted that."', '.', '"My nan," Marnie said, "planted that."', 'the speech goes on after the tag in lowercase'],
  ['"Tea." said Mirei.', '.', '"Tea," said Mirei.', 'a verb-first tag'],
  ['"I know." I said.', '.', '"I know," I said.', 'the pronoun I, when the tag ends the clause'],
  ['"Come back tomorrow." Kaito said.', '.', '"Come back tomorrow," Kaito said.', 'a name tag that ends the clause'],
  ['"Fine." He said.', '." He', '"Fine," he said.', 'a capitalised pronoun tag that ends the clause'],
  ['"It is late," He said.', 'He', '"It is late," he said.', 'a capitalised pronoun after the comma'],
  ['"Sit down," The old man said.', 'The', '"Sit down," the old man said.', 'a capitalised article after the comma'],
  ['"Ready," Said the captain.', 'Said', '"Ready," said the captain.', 'a capitalised verb-first tag'],
  ['"Hello" he said.', '"', '"Hello," he said.', 'no comma before the closing quote'],
  ['The bell rang. "Over here" she called.', '"', 'The bell rang. "Over here," she called.', 'the speech opens a sentence'],
  ['"Where?," he asked.', ',', '"Where?" he asked.', 'a comma after a question mark'],
  ['"Stop!," she yelled.', ',', '"Stop!" she yelled.', 'a comma after an exclamation mark'],
  ['"Where?", he asked.', ',', '"Where?" he asked.', 'a comma after the closing quote of a question'],
  ['“I left it on the bus.” he said.', '.', '“I left it on the bus,” he said.', 'curly quotes'],
  ['"Mind the step." he said quietly.', '.', '"Mind the step," he said quietly.', 'an adverb after the verb'],
  ['"Mind the step." he quietly said.', '.', '"Mind the step," he quietly said.', 'an adverb before the verb'],
  ['"Go." Mr. Weasley said.', '.', '"Go," Mr. Weasley said.', 'a title with its full stop'],
];

const right: [text: string, why: string][] = [
  ['"Fine." She smiled.', 'an action beat after a full stop'],
  ['"Fine." He turned away.', 'an action beat'],
  ["'There.' Bea pointed.", 'a verb that is also an action, after a full stop: a beat'],
  ['"Go." Mary cried.', 'cried as weeping, after a full stop'],
  ['"Fine." He agreed.', 'a sentence of its own'],
  ['"Right." The engine roared.', 'a sound, not a tag'],
  ['"Fine." He said, "But I\'m not happy about it."', 'a capitalised tag that introduces the next speech'],
  ['"Thank you." Harry said it to the floor.', 'the verb takes an object'],
  ['"Morning." Harry answered the door in his pajamas.', 'answered takes an object'],
  ['"Hello," Harry said.', 'a name keeps its capital'],
  ['"Hello," Mum called.', 'a name-like word keeps its capital'],
  ['"I know," The Doctor said.', 'an article that is part of a name'],
  ['"Fine." Harry said nothing more.', 'a sentence of its own: the verb takes an object'],
  ['"Where?" he asked.', 'a question needs no comma'],
  ['"Stop!" she yelled.', 'an exclamation needs no comma'],
  ['"Well..." he said.', 'an ellipsis trails off'],
  ['"Well…" he said.', 'an ellipsis character'],
  ['"Wait—" she said.', 'an interruption'],
  ['He called it "home" she said.', 'a quoted word inside a sentence'],
  ['"I said no." Then he left.', 'narration after the speech'],
  ['"No," he said. "Not today."', 'correct throughout'],
  ['"It\'s late," he said, "and I\'m tired."', 'a tag in the middle'],
  ['"SHUT UP," HE SAID.', 'shouting in capitals'],
  ['"Fine." They sat down.', 'a beat with a pronoun'],
  ['"Come here." His mother waited.', 'a beat with a possessive subject'],
  ['"Right." she', 'a paragraph that ends mid-tag is no tag'],
  ['"Hello," he said.', 'the model sentence'],
  ['"I\'m leaving." I said it before I could stop myself.', 'I said it: a sentence of its own'],
  ['"Yes." He nodded. "I said so."', 'a beat between two speeches'],
  ['"Who said that?" asked the boy.', 'a question with an inverted tag'],
  ['"You—" he began.', 'an interrupted speech'],
  ['"Run!" And they ran.', 'narration after an exclamation'],
  ['"Hey." He said it softly.', 'the verb takes an object'],
  ['She had read "The Raven." He had not.', 'a quoted title'],
  ['"Of course." said nobody ever.', 'no subject a tag can have'],
  ['"Yesterday" she sang softly.', 'a song title'],
  ['"Exit" read the sign.', 'a sign'],
  ['"Wait." Kaito called out.', 'a phrasal verb: not sure it is a tag'],
  ['"Sit," Her Majesty said.', 'a title of address'],
  ['"I work for N.A.S.A." he said.', 'an abbreviation keeps its stop'],
  ['"Apples, pears, etc." she said.', 'etc. keeps its stop'],
];

for (const [text, flaggedText, fixed, why] of wrong) {
  test(`flags ${why}: ${text}`, () => {
    assert.deepEqual(flagged(text), [['dialogue.tag-punctuation', flaggedText]]);
    const after = quickFixed(text);
    assert.equal(after, fixed);
    assert.deepEqual(lintsOf(after), [], 'the fixed sentence is clean');
    assert.equal(fixedAll(text), fixed, 'fix-all makes the same fix');
  });
}

for (const [text, why] of right) {
  test(`leaves ${why}: ${text}`, () => assert.deepEqual(flagged(text), []));
}

const british: [text: string, fixed: string][] = [
  ["'I left it on the bus.' he said.", "'I left it on the bus,' he said."],
  ["'It is late,' He said.", "'It is late,' he said."],
  ["'Hello' he said.", "'Hello,' he said."],
  ["'Where?,' he asked.", "'Where?' he asked."],
  ['‘Not yet.’ she whispered.', '‘Not yet,’ she whispered.'],
];

for (const [text, fixed] of british) {
  test(`en-GB single quotes: ${text}`, () => {
    const convention: DialogueConvention = 'en-GB';
    assert.equal(lintsOf(text, convention).length, 1);
    assert.equal(quickFixed(text, convention), fixed);
    assert.deepEqual(lintsOf(fixed, convention), []);
    assert.deepEqual(lintsOf(text, 'en-US'), [], 'in en-US single quotes are thoughts, not speech');
  });
}

test("en-GB: right sentences and apostrophes are never flagged", () => {
  for (const text of ["'Fine.' She smiled.", "'Where's the Potters' house?' he asked.", "'Hello,' Harry said.", "'Cause I said so,' he said."]) {
    assert.deepEqual(flagged(text, 'en-GB'), [], text);
  }
});

test('the tag rules do not run in other conventions', () => {
  for (const c of ['fr', 'de', 'es', 'ru', 'ja', 'zh'] as const) assert.deepEqual(lintsOf('"Hello." he said.', c), [], c);
});
