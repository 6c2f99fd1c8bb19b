import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions, newNameProblem, renameAliasesInCanonText, renameInCanonText, renameMentions } from '../../src/core/work/mentions';
import { characterStats } from '../../src/core/work/characters';
import { parse } from '../../src/core/parse/parse';
import { canonOf } from '../canon/helpers';

/** The text after renaming `from` to `to` everywhere it is a mention. */
function renamed(text: string, from: string, to: string, others: string[] = []): string {
  const mentions = findMentions(text, from, (w) => others.includes(w));
  let out = text;
  for (const e of renameMentions(text, mentions, to).reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

test('rename acts on the word, its possessives and plurals, and never inside another word', () => {
  const cases: [string, string, string, string, string][] = [
    // text, from, to, expected, why
    ['Rukia Kuchiki smiled.', 'Rukia', 'Rika', 'Rika Kuchiki smiled.', 'a word of a longer name'],
    ["Rukia's sword and Rukia’s coat.", 'Rukia', 'Rika', "Rika's sword and Rika’s coat.", 'possessives, straight and curly'],
    ['The Weasleys came; the Weasleys’ house.', 'Weasley', 'Prewett', 'The Prewetts came; the Prewetts’ house.', 'plural and plural possessive'],
    ['All the Wilcoxes left.', 'Wilcox', 'Smith', 'All the Smiths left.', 'an -es plural re-spelt for the new name'],
    ['All the Smiths left.', 'Smith', 'Wilcox', 'All the Wilcoxes left.', 'and back: the new name takes -es'],
    ['The Rukiaverse, ORukia and Rukiasama.', 'Rukia', 'Rika', 'The Rukiaverse, ORukia and Rukiasama.', 'inside other words: untouched'],
    ['"RUKIA!" he yelled. _Rukia_ thought.', 'Rukia', 'Rika', '"RIKA!" he yelled. _Rika_ thought.', 'capitals and italics markers'],
    ["'Sit, Rukia' he said.", 'Rukia', 'Rika', "'Sit, Rika' he said.", 'a closing single quote is not a possessive'],
    ["Harrys and Harry's.", 'Harry', 'Larry', "Harrys and Larry's.", 'a plural that is a canon word of its own stays'],
    ['Rukia-chan waved. Kuchiki-Rukia too.', 'Rukia', 'Rika', 'Rika-chan waved. Kuchiki-Rika too.', 'hyphenated honorifics'],
    ["O'Rukia is someone else.", 'Rukia', 'Rika', "O'Rukia is someone else.", 'after an in-word apostrophe'],
  ];
  for (const [text, from, to, expected, why] of cases) assert.equal(renamed(text, from, to, ['Harrys']), expected, why);
});

test('the canon file: only entry names change, aliases and comments stay', () => {
  const text = 'Rukia Kuchiki = Ruki, Rukia-chan # Rukia\nRenji Abarai\nRukiaverse\n';
  let out = text;
  for (const e of renameInCanonText(text, 'Rukia', 'Rika').reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  assert.equal(out, 'Rika Kuchiki = Ruki, Rukia-chan # Rukia\nRenji Abarai\nRukiaverse\n');
  const aliases = renameAliasesInCanonText(text, 'Rukia', 'Rika');
  assert.deepEqual(aliases.map((e) => text.slice(e.start, e.end + 5)), ['Rukia-chan']);
});

test('a new name must be one word of letters', () => {
  assert.equal(newNameProblem('Rika'), undefined);
  assert.equal(newNameProblem("O'Neill"), undefined);
  for (const bad of ['', 'Two Words', 'x=y', 'a#b', 'line\nbreak', 'Rika-', 'x'.repeat(101)]) assert.ok(newNameProblem(bad), JSON.stringify(bad));
});

test('mentions are found linearly in a long text', () => {
  const text = 'Rukia ran. '.repeat(50_000);
  assert.equal(findMentions(text, 'Rukia').length, 50_000);
});

test('character stats: mentions, and dialogue lines a tag attributes', () => {
  const canon = canonOf('Rukia Kuchiki\nRenji Abarai\nIchigo Kurosaki\n');
  const model = parse(
    [
      '"You\'re late," Renji said.',
      '',
      '"Am I?" asked Rukia.',
      '',
      'Rukia said, "Yes."',
      '',
      '"Fine." Ichigo smiled.',
      '',
      '"Whatever," she said. Renji and Rukia laughed.',
    ].join('\n'),
  );
  const stats = characterStats(model, canon);
  assert.deepEqual(stats, [
    { name: 'Rukia Kuchiki', mentions: 3, lines: 2 },
    { name: 'Renji Abarai', mentions: 2, lines: 1 },
    { name: 'Ichigo Kurosaki', mentions: 1, lines: 0 },
  ]);
});

test('speech tags: who a tag gives a line to, and what is no tag', async () => {
  const { speakerOf } = await import('../../src/core/work/characters');
  const cases: [string, string | undefined, string][] = [
    ['"You\'re late," Renji said.', 'Renji', 'name then verb'],
    ['"You\'re late," said Renji.', 'Renji', 'verb then name'],
    ['"You\'re late," Renji Abarai said quietly.', 'Renji', 'full name, adverb after'],
    ['"Are you?" asked Rukia, smiling.', 'Rukia', 'question, verb first'],
    ['Rukia said, "Yes."', 'Rukia', 'tag before the quote'],
    ['Rukia asked: "Why?"', 'Rukia', 'tag before, with a colon'],
    ['"Fine." Ichigo smiled.', undefined, 'an action beat is not a tag'],
    ['"Fine," she said.', undefined, 'a pronoun names no one'],
    ['"Fine," Renji thought.', undefined, 'thinking is not speaking'],
    ['"Go," Rukia whispered to Renji.', 'Rukia', 'the first name is the speaker'],
    ['Renji nodded. "Sure."', undefined, 'a beat before the quote'],
    ['"Sure." Renji said it twice.', 'Renji', 'a tag after a full stop still names the speaker (a punctuation slip, issue 18 flags it)'],
  ];
  for (const [text, expected, why] of cases) {
    const model = parse(text);
    const quote = model.quotes.find((q) => q.kind === 'dialogue')!;
    assert.equal(speakerOf(model, quote), expected, `${why}: ${text}`);
  }
});
