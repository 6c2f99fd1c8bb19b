/**
 * Bad inputs at the core: each must give a model (or lints) without throwing, hanging or cutting the
 * text short. Sizes are chosen to keep the whole file well under ten seconds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { CanonIndex } from '../../src/core/canon/canonIndex';
import { parseCanonText } from '../../src/core/canon/canonFile';
import { getWordCounts } from '../../src/core/count/wordCounts';
import { countWords } from '../../src/core/count/wordScanner';
import { generateCorpus } from '../../bench/corpus';
import { Rng } from '../../bench/rng';
import { checkModel } from './invariants';

const canon = CanonIndex.build(parseCanonText('Rukia Kuchiki\nRenji Abarai\n', 'test.canon').entries);

/** Parses, checks the invariants and runs the lints; returns the model. */
function survive(text: string) {
  const model = parse(text);
  checkModel(model, text);
  getLints(model, { canon });
  return model;
}

function bytes(n: number, seed: number): string {
  const rng = new Rng(seed);
  const buf = Buffer.alloc(n);
  for (let i = 0; i < n; i++) buf[i] = rng.int(0, 255);
  return buf.toString('utf8'); // invalid sequences become U+FFFD, as a client would send them
}

const cases: [string, () => string][] = [
  ['empty file', () => ''],
  ['only blank lines', () => '\n\n\r\n\r\n   \n'],
  ['binary bytes', () => bytes(64 * 1024, 1)],
  ['binary bytes as latin1', () => Buffer.from(bytes(4096, 2)).toString('latin1')],
  ['NUL characters', () => '\u0000'.repeat(100) + '"Hi,\u0000 Rukia." \u0000\n\n\u0000A/N:\u0000'],
  ['lone surrogates', () => '\ud800"Rukia\udc00 said\ud83d." \udfff\n\n\u2018\ud800\u2019 \ud800'],
  ['a BOM and CRLF lines', () => '\ufeffTitle\r\n\r\nSummary: x\r\n\r\n"Hi," she said.\r\n'],
  ['only quotes', () => '"'.repeat(5000) + '\u201c'.repeat(3000) + "'".repeat(3000)],
  ['deep asterisks and underscores', () => '*_'.repeat(20000)],
];

for (const [name, make] of cases) {
  test(`bad input: ${name}`, () => {
    survive(make());
  });
}

test('bad input: a 5 MB single line is parsed to its end', () => {
  const line = 'He said "no" and she didn\'t listen, Rukia. '.repeat(Math.ceil((5 * 1024 * 1024) / 44));
  const model = survive(line);
  assert.equal(getWordCounts(model).total, countWords(line), 'every word counted, nothing cut off');
});

test('bad input: a 50 MB file is parsed completely', () => {
  const chunk = generateCorpus({ words: 100_000, seed: 3, canonSize: 200, isEnglish: () => false }).text;
  const text = chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length));
  const model = parse(text);
  assert.equal(model.text.length, text.length);
  const counts = getWordCounts(model);
  assert.equal(counts.total, countWords(text), 'every word of 50 MB counted');
  const last = model.paragraphs[model.paragraphs.length - 1];
  if (last) assert.ok(last.end > text.length - chunk.length, 'paragraphs run to the end of the text');
});

test('bad canon: 100k entries build an index that still checks a fic', () => {
  const syllables = ['ka', 'ru', 'shi', 'to', 'mi', 'ne', 'zo', 'ya', 'ri', 'bo'];
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    // The digits of i spelled as syllables: 100k distinct names.
    const w = String(i).padStart(5, '0').split('').map((d) => syllables[Number(d)]).join('');
    lines.push(w[0]!.toUpperCase() + w.slice(1) + (i % 10 === 0 ? ' ' + w.split('').reverse().join('') : ''));
  }
  const parsed = parseCanonText(lines.join('\n'), 'big.canon');
  assert.equal(parsed.entries.length, 100_000);
  const index = CanonIndex.build(parsed.entries);
  assert.ok(index.size > 0);
  const model = parse('Karushi looked at Rukia.\n\n"Kaaruhsi!" she called.');
  getLints(model, { canon: index });
});

test('bad canon: garbage gives lints, bounded, and never throws', () => {
  for (let seed = 1; seed <= 5; seed++) {
    const garbage = bytes(200_000, seed) + '\n= = =\n,,,\n==alias\nName =\n' + 'x'.repeat(10_000) + '\n\u0000\ud800\n';
    const parsed = parseCanonText(garbage, 'garbage.canon');
    assert.ok(parsed.lints.length <= 1000, `lints bounded (${parsed.lints.length})`);
    for (const lint of parsed.lints) assert.ok(lint.start >= 0 && lint.end <= garbage.length);
    const index = CanonIndex.build(parsed.entries);
    getLints(parse('Rukia met Renji.'), { canon: index });
  }
});
