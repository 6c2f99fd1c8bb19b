/**
 * AO3's count of text that holds markup: the disagreements issue 15 lists (Fic Writer's old count / AO3's),
 * the cases of AO3's own word-counter spec (written afresh here), and the model built on them: the status
 * bar's story count, and the incremental reparse, which must give what a full parse gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanForAo3, countAo3Html, mayHoldMarkup, scanMarkupWords } from '../../src/core/count/markupWords';
import { parse } from '../../src/core/parse/parse';
import { reparse } from '../../src/core/parse/incremental';
import { getWordTotals } from '../../src/core/count/wordCounts';

// [text, AO3 words, why]
const disagreements: [string, number, string][] = [
  ['one|two|three', 3, 'a pipe separates (AO3-6278, 2023)'],
  ['Tom &amp; Jerry', 2, 'an entity is decoded: & is no word'],
  ['one&mdash;two', 2, '&mdash; is an em dash: it separates'],
  ['don&rsquo;t', 1, '&rsquo; is an apostrophe: deleted'],
  ['it&#8217;s and it&#x2019;s', 3, 'numeric references too'],
  ['fish &amp chips', 2, 'a legacy reference without its semicolon is decoded'],
  ['AT&T and R&D', 5, 'an & before letters that name no entity stays text (a separator)'],
  ['a <b\nclass="loud">shout</b> b', 3, 'a tag runs over lines to its >'],
  ['a <span\n\ntitle="x">b</span> c', 3, 'even over a blank line'],
  ['x <!-- a > b --> y', 2, 'a comment ends at -->, not at the first >'],
  ['x <!-- one\n\ntwo --> y', 2, 'a comment over paragraphs'],
  ['<a title="x>y">one</a> two', 2, 'a > inside a quoted attribute does not end the tag'],
  ["<p title='a > b'>one</p>", 1, 'single-quoted too'],
  ['a <script>var n = 1;</script> b', 2, 'script is dropped with its contents'],
  ['a <style>p { color: red }</style> b', 2, 'style is dropped with its contents'],
  ['a <svg><text>label</text></svg> b', 2, 'svg is dropped with its contents'],
  ['a <math><mi>x</mi></math> b', 2, 'math is dropped with its contents'],
  ['a <iframe>fallback</iframe> b', 2, 'iframe is dropped with its contents'],
  ['a <noscript>hidden</noscript> b', 2, 'noscript is dropped with its contents'],
  ['a <xmp><b>raw</b></xmp> b', 2, 'xmp is dropped, raw text and all'],
  ['a <plaintext>the rest', 1, 'plaintext swallows the rest and is dropped'],
  ['a <svg><p>out</p> b', 3, 'a <p> breaks out of svg content'],
  ['one ____spacer____ two', 2, '____spacer____ is deleted'],
  ['one____spacer____two', 1, '…and what it separated joins'],
  ['a<!-- x -->b', 1, 'a dropped comment leaves its neighbours joined'],
  ['a<font color="red">b</font>c', 1, 'an element AO3 removes leaves its text joined'],
  ['a<section>b</section>c', 3, '…except those the sanitizer replaces by spaces'],
  ['a<i>b</i>c', 3, 'an element AO3 keeps is a text-node boundary'],
  ['a</b>c', 1, 'a stray end tag is ignored'],
  ['a</p>c', 2, 'but </p> makes an empty paragraph'],
  ['a<td>b', 1, 'a table cell outside a table is ignored'],
  ['I love <you', 2, 'a tag left open at the end of the text is dropped'],
  ['x < y and <3', 4, '< before a space or a digit is text'],
  ['<title>Two words</title>', 2, 'title content is text (RCDATA), kept when the tag goes'],
  ['a\u00adb', 1, 'a soft hyphen (\\p{Cf}) is deleted'],
  ['a\0b', 1, 'a NUL is ignored by the HTML parser'],
];

// AO3's own spec cases for WordCounter (spec/lib/word_counter_spec.rb), as tables of our own.
const spec: [string, number][] = [
  ['', 0],
  ['alpha beta gamma delta', 4],
  ['alpha\nbeta\ngamma\ndelta', 4],
  ['arm-rest is hyphenated', 3],
  ["can't stop now", 3],
  ["<p align='center'> uno </p> <i> dos </i> <s> tres </s>", 3],
  ['<p>uno</p>dos<br/>tres', 3],
  ['<p>uno</p> <p>  </p> <p>dos</p>', 2],
  ...['*', '~', '!?', '-', '~*', '~!', '|'].map((c): [string, number] => [`<p>uno</p> <p>${c.repeat(10)}</p> <p>dos</p>`, 2]),
  ['zwölf naïve fiancés', 3],
  ...['—', '--', ',', '/', '|'].map((c): [string, number] => [`uno${c}dos${c}tres`, 3]),
  ...['—', '--', '-', '!', '?', '.', ',', '/', '"', "'", '|'].map((c): [string, number] => [`uno ${c} dos ${c} tres`, 3]),
  ['"Hey Bob," said Alice, \'Yay?!?\'', 5],
  ['一个简单の栗子', 7],
  ['“嘿Bob,” Alice说，‘啊？！？’', 5],
  ['嘿|bob|说', 3],
];

for (const [text, expected, why] of disagreements) {
  test(`AO3 reads ${JSON.stringify(text)} as ${expected} words (${why})`, () => {
    assert.equal(countAo3Html(text), expected);
  });
}

for (const [text, expected] of spec) {
  test(`AO3's word-counter spec: ${JSON.stringify(text)} = ${expected}`, () => {
    assert.equal(countAo3Html(text), expected);
  });
}

test('word spans point into the original text, references and all', () => {
  const text = 'Tom &amp; don&rsquo;t <b>x</b>\u200b y';
  const words = [...scanMarkupWords(text)];
  const got: string[] = [];
  for (let i = 0; i < words.length; i += 2) got.push(text.slice(words[i], words[i + 1]));
  assert.deepEqual(got, ['Tom', 'don&rsquo;t', 'x', 'y']);
});

test('cleanForAo3 maps every kept unit back to its offset', () => {
  const { text, from } = cleanForAo3('a\u00adb____spacer____c');
  assert.equal(text, 'abc');
  assert.deepEqual([...from!], [0, 2, 17, 18]);
  assert.equal(cleanForAo3('plain').from, undefined);
});

// [text, may hold markup]
const triggers: [string, boolean][] = [
  ['Harry & Ron', false],
  ['I <3 you, x < y', false],
  ['a<b>', true],
  ['</i>', true],
  ['<!-- c -->', true],
  ['&amp;', true],
  ['&#8217;', true],
  ['one____spacer____two', true],
  ['A/N: R&R please', true],
];
for (const [text, expected] of triggers) {
  test(`mayHoldMarkup(${JSON.stringify(text)}) is ${expected}`, () => assert.equal(mayHoldMarkup(text, 0, text.length), expected));
}

test('the story count of a fic with markup is what AO3 counts of its body', () => {
  const fic = 'A/N: Tom &amp; Jerry, again!\n\nShe said <i>no</i> &mdash; twice.\n\n<!-- cut:\n\nthis scene -->\n\nDon&rsquo;t go.\n';
  const model = parse(fic);
  assert.ok(model.ao3Words);
  const totals = getWordTotals(model);
  assert.equal(totals.story, countAo3Html('She said <i>no</i> &mdash; twice.\n\nDon&rsquo;t go.'));
  assert.equal(totals.story, 6);
  assert.equal(totals.notes, 5);
  assert.equal(totals.total, totals.story + totals.notes + totals.header + totals.headings);
});

test('a plain fic keeps the plain scan (no second word array)', () => {
  const model = parse('Title: Plain\nRating: Teen\n\nHarry & Ron ran. I <3 you.\n');
  assert.equal(model.ao3Words, undefined);
  assert.equal(getWordTotals(model).story, 6); // Harry Ron ran I 3 you
});

test('edits that add, change or remove markup give what a full parse gives', () => {
  const base = 'Title: Edits\nRating: Teen\n\nOne two three.\n\nFour five six.\n\nSeven eight.\n';
  const edits: [string, string][] = [
    ['two', 'two <!-- hide'],
    ['five', 'five --> back'],
    ['One', 'One &amp;'],
    ['eight', '<b\nclass="x">eight</b>'],
  ];
  let text = base;
  let model = parse(text);
  for (const [find, replace] of edits) {
    const start = text.indexOf(find);
    const next = text.slice(0, start) + replace + text.slice(start + find.length);
    model = reparse(model, { start, end: start + find.length, text: replace }, next);
    text = next;
    const full = parse(text);
    assert.deepEqual(getWordTotals(model), getWordTotals(full), `after ${JSON.stringify(replace)}`);
  }
  // …and back to plain text: the markup words go.
  model = reparse(model, { start: 0, end: text.length, text: base }, base);
  assert.equal(model.ao3Words, undefined);
});

test('random markup edits: the incremental re-read equals a full parse, words and reach', () => {
  const bits = ['<i>', '</i>', '<!--', '-->', '&amp;', '&mdash;', ' <b\nclass="x">', '</b>', '<script>', '</script>', 'word ', '\n\n', 'don&rsquo;t ', '_em_ ', ' x ', '<p>', '</p>', '<3', '&'];
  let seed = 99;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  let text = 'Title: Random\nRating: T\n\n' + Array.from({ length: 12 }, (_, i) => `Paragraph ${i} has some words in it.`).join('\n\n') + '\n';
  let model = parse(text);
  let fast = 0;
  for (let round = 0; round < 400; round++) {
    const start = 30 + rand(text.length - 30);
    const end = Math.min(text.length, start + rand(4));
    const insert = rand(3) === 0 ? '' : bits[rand(bits.length)]!;
    const next = text.slice(0, start) + insert + text.slice(end);
    const previous = model;
    model = reparse(model, { start, end, text: insert }, next);
    text = next;
    const full = parse(text);
    if (model.paragraphs !== previous.paragraphs && previous.ao3Words && model.ao3Words) fast++;
    assert.deepEqual([...(model.ao3Words ?? model.words)], [...(full.ao3Words ?? full.words)], `round ${round}: ${JSON.stringify(insert)} at ${start}`);
    assert.deepEqual(getWordTotals(model), getWordTotals(full), `round ${round}`);
  }
  assert.ok(fast >= 0);
});

test('typing in a fic with markup re-reads only the edited paragraph when no markup reaches over it', () => {
  const text = 'Title: Marked\nRating: T\n\nOne <i>two</i> three.\n\nFour &amp; five.\n\nSix seven.\n';
  const model = parse(text);
  const at = text.indexOf('Six') + 3;
  const next = text.slice(0, at) + 'ty' + text.slice(at);
  const fast = reparse(model, { start: at, end: at, text: 'ty' }, next);
  assert.equal(typeof Object.getOwnPropertyDescriptor(fast, 'text')?.get, 'function', 'the fast path (the text is made on demand)');
  assert.deepEqual(getWordTotals(fast), getWordTotals(parse(next)));
  // Inside a comment that spans paragraphs, the whole text is read again.
  const commented = 'Title: Marked\nRating: T\n\nOne <!-- two\n\nthree --> four.\n\nFive.\n';
  const c = parse(commented);
  const in2 = commented.indexOf('three') + 2;
  const after = commented.slice(0, in2) + 'X' + commented.slice(in2);
  const full = reparse(c, { start: in2, end: in2, text: 'X' }, after);
  assert.equal(Object.getOwnPropertyDescriptor(full, 'text')?.get, undefined, 'a full parse');
  assert.deepEqual(getWordTotals(full), getWordTotals(parse(after)));
});
