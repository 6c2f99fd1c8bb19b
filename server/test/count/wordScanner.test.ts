/**
 * AO3's word rule (otwarchive lib/word_counter.rb), case by case, and against a direct transcription of the
 * rule as a regular expression on random text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, scanWords, SpanBuffer } from '../../src/core/count/wordScanner';

// [text, AO3 words, why]
const cases: [string, number, string][] = [
  ['', 0, 'empty'],
  ['Hello, world!', 2, 'punctuation separates'],
  ["won't", 1, 'apostrophe deleted'],
  ['don’t', 1, 'curly apostrophe deleted'],
  ["Renji's sword", 2, 'possessive'],
  ["the Potters' house", 3, 'possessive plural'],
  ["'Cause I said so", 4, 'elision at a word start'],
  ["'90s kids", 2, 'elided year'],
  ["rock 'n' roll", 3, "'n' is one word"],
  ['‘quoted’ thought', 2, 'curly single quotes are deleted, not separators'],
  ['one-shot', 1, 'a single hyphen is deleted'],
  ['well-known fact', 2, 'hyphenated compound'],
  ["co-op's", 1, 'hyphen and apostrophe'],
  ['e - mail', 2, 'a spaced single hyphen is deleted, spaces still separate'],
  ['one--two', 2, '-- becomes an em dash'],
  ['one---two', 2, '--- is an em dash and a deleted hyphen'],
  ['one----two', 2, 'two em dashes'],
  ['wait—what', 2, 'em dash separates'],
  ['wait – what', 2, 'en dash separates'],
  ['wait‐what', 2, 'U+2010 hyphen is not deleted: it separates'],
  ['Wait... what?', 2, 'ellipsis of dots'],
  ['Wait…what', 2, 'ellipsis character separates'],
  ['1,000 words', 3, 'a comma splits a number'],
  ['3.14', 2, 'a decimal point splits a number'],
  ['2nd of 50% of $5', 5, 'digits are word characters'],
  ['Ⅻ chapters', 2, 'Roman numeral (Nl) is alphabetic'],
  ['café naïve', 2, 'accented letters'],
  ['cafe\u0301', 1, 'combining mark stays in the word'],
  ['snake_case', 1, 'connector punctuation joins'],
  ['a _ b', 3, 'a lone underscore is a word'],
  ['_italic_ text', 2, 'underscore emphasis'],
  ['*italic* text', 2, 'asterisks are not words'],
  ['東京に行きます', 7, 'each Han and Hiragana character is a word'],
  ['I love 東京 so much', 6, 'CJK mixed with Latin'],
  ['ラーメン', 4, 'ー is script Common, a word run of its own'],
  ['カタカナ', 4, 'Katakana'],
  ['ｶﾀｶﾅ', 4, 'half-width Katakana'],
  ['สวัสดี', 6, 'each Thai character, marks included, is a word'],
  ['Sawasdee สวัสดี ครับ', 11, 'Thai mixed with Latin'],
  ['안녕하세요 세계', 2, 'Hangul is counted by runs'],
  ['Привет, мир', 2, 'Cyrillic'],
  ['a|b', 2, 'a pipe separates (the literal | in AO3\'s character class was fixed in 2023, AO3-6278)'],
  ['one|two|three', 3, 'pipes separate'],
  ['😀 emoji', 1, 'emoji are not words'],
  ['A/N: hi', 3, 'A/N is two words'],
  ['xXx', 1, 'a scene break with letters is a word'],
  ['oOo', 1, 'another glyph with letters'],
  ['-o-o-', 1, 'hyphens deleted: oo'],
  ['* * *', 0, 'asterisk break'],
  ['~*~', 0, 'tilde break'],
  ['---', 0, 'dash break'],
  ['<hr>', 0, 'HTML break: a tag, not text'],
  ['<hr />', 0, 'self-closing tag'],
  ['a<i>b</i>c', 3, 'tags separate text nodes'],
  ['<!-- hidden --> text', 1, 'HTML comment'],
  ['<3 you', 2, 'not a tag: < before a digit'],
  ['x < y and z', 4, 'a spaced < is text'],
  ['<b unclosed tag', 3, 'no > on the line: text'],
  ['\u00ad', 0, 'soft hyphen alone'],
  ['some\u00adthing', 1, 'soft hyphen (\\p{Cf}) is deleted by AO3 before counting'],
  ['zero\u200bwidth', 1, 'zero-width space (\\p{Cf}) is deleted too'],
  ['\ufeffBOM', 1, 'byte order mark (\\p{Cf}) is deleted'],
];

for (const [text, expected, why] of cases) {
  test(`AO3 count: ${JSON.stringify(text)} = ${expected} (${why})`, () => {
    assert.equal(countWords(text), expected);
  });
}

// The rule transcribed: delete \p{Cf} (html_cleaner), `--` → —, delete ' ’ ‘ -, then count script characters or runs of
// [[:word:]] (Alphabetic, Mark, Decimal_Number, Connector_Punctuation). Valid for text without HTML tags.
const scripts = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}';
const ao3Re = new RegExp(`[${scripts}]|(?:(?![${scripts}])[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}])+`, 'gu');
function ao3Oracle(text: string): number {
  return text.replace(/\p{Cf}/gu, '').replace(/--/g, '—').replace(/['’‘-]/g, '').match(ao3Re)?.length ?? 0;
}

test('the table agrees with the transcribed rule wherever no HTML is involved', () => {
  for (const [text, expected] of cases) if (!text.includes('<')) assert.equal(ao3Oracle(text), expected, text);
});

test('random text: the scanner counts what the transcribed rule counts', () => {
  const alphabet = ["a", "Z", "é", "\u0301", "1", "_", "'", "’", "‘", "-", "-", " ", "\n", ".", "…", "—", "東", "に", "カ", "ー", "ส", "ั", "|", "😀", "𠀀", "𝒜", "Ⅻ", "\u00ad", "*", "x", "\ud800"];
  let seed = 12345;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  for (let round = 0; round < 3000; round++) {
    let text = '';
    const len = rand(30);
    for (let i = 0; i < len; i++) text += alphabet[rand(alphabet.length)];
    assert.equal(countWords(text), ao3Oracle(text), JSON.stringify(text));
  }
});

test('word spans: from the first word character to the last, apostrophes inside kept', () => {
  const text = "'Cause won't one-shot";
  const out = new SpanBuffer();
  scanWords(text, 0, text.length, out);
  const spans = [...out.toArray()];
  const got = [];
  for (let i = 0; i < spans.length; i += 2) got.push(text.slice(spans[i], spans[i + 1]));
  assert.deepEqual(got, ['Cause', "won't", 'one-shot']);
});

test('a long line of unclosed < stays linear and counts every word', () => {
  const text = '<a '.repeat(200_000);
  assert.equal(countWords(text), 200_000);
});
