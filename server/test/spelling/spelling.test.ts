/**
 * English spelling (`spelling.unknown-word`): planted typos caught with the right first suggestion; the
 * words that must never be flagged (canon, ship names, header, A/N labels, URLs, numbers, elongated
 * interjections, other scripts, ignored words); the `Language:` header. Table-driven, real parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { getLints, type AnalysisEnv } from '../../src/core/features/diagnostics';
import { canonFixAll } from '../../src/core/features/canonActions';
import { languageFromHeader, type SpellingSettings } from '../../src/core/spelling/language';
import { suggestEnglish } from '../../src/core/spelling/suggest';
import { canonOf } from '../canon/helpers';

const canonText = 'Rukia Kuchiki\nRenji Abarai\nIchigo Kurosaki\nHermione Granger\nbankai\nHōgyoku = Hogyoku\n';
const on: SpellingSettings = { enabled: true, language: 'en-US' };

function envWith(spelling: SpellingSettings | undefined = on, canon = canonText): AnalysisEnv {
  return { canon: canonOf(canon), spelling };
}

function spelling(text: string, env = envWith()): string[] {
  return getLints(parse(text), env)
    .filter((l) => l.code === 'spelling.unknown-word')
    .map((l) => `${text.slice(l.start, l.end)}→${l.suggestions?.[0] ?? ''}`);
}

const typos: [text: string, expected: string[]][] = [
  ['She did not recieve the letter.', ['recieve→receive']],
  ['He took teh book.', ['teh→the']],
  ['It was definately over.', ['definately→definitely']],
  ['They went to thier house.', ['thier→their']],
  ['It occured to him.', ['occured→occurred']],
  ['"I beleive you," she said.', ['beleive→believe']],
  ['Her freind waved.', ['freind→friend']],
  ['She smiled becuase he laughed.', ['becuase→because']],
  ['Teh door opened.', ['Teh→The']],
  ['He thought about it alot.', ['alot→a lot']],
  ['It was wierd.', ['wierd→weird']],
  ["'Where is he?' she wondred.", ['wondred→wondered']],
];

for (const [text, expected] of typos) test(`flagged: ${text}`, () => assert.deepEqual(spelling(text), expected));

const clean: [why: string, text: string][] = [
  ['canon names, aliases and terms', 'Rukia and Renji used bankai on the Hogyoku near Ichigo.'],
  ['ship names and camel case', 'The RenRuki fans and the IchiRuki fans argued on their iPhones.'],
  ['names mid-sentence that no canon lists', 'They walked through Hogsmeade with Neville and Luna.'],
  ['a name opening a sentence', 'Hogsmeade was quiet that night.'],
  ['common names, days and places opening sentences', 'It was late. Steve laughed. Emma frowned. Sarah sighed. Sunday came. Paris was grey. Fred\'s owl hooted.'],
  ['URLs, with or without a scheme', 'See https://archiveofourown.org/works/123 or www.example.com/tags/fluff for more.'],
  ['A/N labels', 'A/N: Thanks for reading! AN: more soon.'],
  ['numbers', 'It was 3am on the 2nd, room 221b.'],
  ['elongated interjections', '"Nooo," he said. "Ughhh. Hmmm. Sooo tired. Ahhhh!"'],
  ['titles without a full stop', 'It was late. Mr Weasley waved. Mrs Weasley and Dr Jones went to St Mungo\'s. Mr Potter, Ms Bones.'],
  ['interjections drawn out by one letter', 'A/N: Ughh so many feels! "Ohh," she said. "Ahh. Umm."'],
  ['other scripts', 'She wrote 愛 and любовь and أهلا on the card.'],
  ['contractions and dropped g', "I didn't know y'all should've come. Nothin' doin', he said."],
  ['shouted acronyms', 'The FBI and NASA called. "STOP!"'],
  ['modern words', 'Okay, the koi pond had wifi, she said with an eyeroll and a selfie.'],
  ['British and American spellings', 'The colour of the color guard; she realised and realized it.'],
];

for (const [why, text] of clean) test(`never flagged: ${why}`, () => assert.deepEqual(spelling(text), []));

test('the header is never spell-checked: title, tags, ratings, summary', () => {
  const text = 'Teh Quiet Roof\nRenji/Rukia, Fluff, Hurt/Comfort\nRating: Teen And Up Audiences\nSummary: Two old freinds.\n\nShe did not recieve it.';
  assert.deepEqual(spelling(text), ['recieve→receive']);
});

test('spelling off: nothing flagged', () => {
  assert.deepEqual(spelling('He took teh book.', envWith({ enabled: false, language: 'en-US' })), []);
  assert.deepEqual(spelling('He took teh book.', { canon: canonOf(canonText) }), []);
});

test('ignored words and severity', () => {
  const env = envWith({ enabled: true, language: 'en-US', ignored: new Set(['teh']), severity: 'information' });
  assert.deepEqual(spelling('He took teh book and recieve it.', env), ['recieve→receive']);
  assert.equal(getLints(parse('recieve'), env)[0].severity, 'information');
});

test('spelling works with an empty canon, and English fixes are never part of fix-all', () => {
  const lints = getLints(parse('He took teh book.'), envWith(on, ''));
  assert.equal(lints.length, 1);
  assert.deepEqual(canonFixAll(lints), []);
});

test('header Language: names the variant or turns English spelling off', () => {
  const cases: [string, string | undefined][] = [
    ['English', 'en-US'],
    ['English (UK)', 'en-GB'],
    ['British English', 'en-GB'],
    ['en-GB', 'en-GB'],
    ['American English', 'en-US'],
    ['Español', undefined],
    ['日本語', undefined],
  ];
  for (const [value, expected] of cases) assert.equal(languageFromHeader(value, 'en-US'), expected, value);
  assert.deepEqual(spelling('Title\nLanguage: Español\n\nEl perro es muy grande.'), []);
});

test('en-GB prefers British suggestions, en-US American ones', () => {
  assert.equal(suggestEnglish('colourr', 'en-GB')[0], 'colour');
  assert.equal(suggestEnglish('colorr', 'en-US')[0], 'color');
});

test('a canon typo is a canon warning, never also a spelling one', () => {
  const lints = getLints(parse('Hermoine smiled.'), envWith());
  assert.deepEqual(lints.map((l) => l.code), ['canon.misspelled-name']);
});

test('fic check spells English too, in process and as the bundled CLI; --no-spelling turns it off', async () => {
  const { fic, ficProcess, tempTree } = await import('../cli/helpers');
  const dir = tempTree({ 'story.fic': 'Rukia took teh book.\n', 'names.canon': 'Rukia\n' });
  const on = fic(['check', 'story.fic'], dir);
  assert.equal(on.code, 1, on.stderr);
  assert.match(on.stdout, /story\.fic:1:12: warning spelling\.unknown-word ‘teh’ is not in the English dictionary — did you mean ‘the’\?/);
  assert.equal(fic(['check', '--no-spelling', 'story.fic'], dir).code, 0);
  assert.equal(fic(['check', '--language', 'en-XX', 'story.fic'], dir).code, 2);
  const bundled = ficProcess(['check', 'story.fic'], dir);
  assert.equal(bundled.code, 1, bundled.stderr);
  assert.match(bundled.stdout, /spelling\.unknown-word ‘teh’/);
});
