/**
 * `htmlLengthBound` (core/export/limits.ts): never below the length of the HTML `renderHtml` makes, and
 * undefined when the writer's markup may lengthen it; the editor's posting-limit check, which renders a
 * field only when the bound passes its limit, reports exactly what the full export does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { htmlLengthBound } from '../../src/core/export/limits';
import { renderHtml, type Piece } from '../../src/core/export/html';
import { exportForAo3 } from '../../src/core/export/ao3';
import { validatePostingLimits } from '../../src/core/features/postingLimits';
import { parse } from '../../src/core/parse/parse';

const pieces = (...texts: string[]): Piece[] => texts.map((text, k) => ({ text, at: k * 1000 }));

test('the bound is at least the rendered length, for text with every character that the HTML lengthens', () => {
  const cases: string[][] = [
    ['Plain words, nothing to escape.'],
    ['Tom & Jerry > cats', 'a\u00a0b\u00a0c'],
    ['line one\nline two\r\nline three\rfour'],
    ['*soft* and **loud** and _quiet_ and __bold__'],
    ['&amp; &lt; &gt; &nbsp &nbsp; &#10; &#13; &#x0A; &NewLine; &#160 &lt &gt &amp'],
    ['&&&&&&', '>>>>', '\n\n\n', '****', '____'],
    ['', '   ', 'x'],
    ['*a*b*c*d*e*f*g*h*i*', '_a_ _b_ _c_', '**a** **b**'],
  ];
  for (const texts of cases) {
    const bound = htmlLengthBound(pieces(...texts));
    const { html } = renderHtml(pieces(...texts));
    assert.ok(bound !== undefined && bound >= html.length, `${JSON.stringify(texts)}: bound ${bound} < ${html.length}`);
  }
});

test('a piece with a `<` (the writer\'s tags or comments) has no bound', () => {
  for (const texts of [['<b>bold</b>'], ['fine', 'a <!-- comment -->'], ['x < y']]) assert.equal(htmlLengthBound(pieces(...texts)), undefined);
});

test('random text over the characters that lengthen HTML never renders longer than its bound', () => {
  const alphabet = ['a', 'b', 'n', 's', 'p', 'l', 't', 'g', 'x', '#', ';', '0', '1', '6', '&', '>', '*', '_', '\n', '\r', ' ', '\t', '\u00a0', '"', "'"];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
      const bound = htmlLengthBound(pieces(...texts));
      return bound !== undefined && bound >= renderHtml(pieces(...texts)).html.length;
    }),
    { numRuns: 3000 },
  );
});

test('the editor check reports the same posting limits as the full export, fields near their limits included', () => {
  const limitProblems = (text: string) =>
    exportForAo3(parse(text))
      .problems.filter((p) => p.code !== 'ao3.html-stripped' && !(p.code === 'ao3.posting-limit' && /no title/.test(p.message)))
      .map((p) => [p.start, p.end, p.message]);
  const lints = (text: string) => validatePostingLimits(parse(text)).map((l) => [l.start, l.end, l.message]);
  const fics = [
    // A summary of 1,000 characters whose ampersands take its HTML past 1,250.
    `Short and Sharp\nSummary: ${'Tea & cake. '.repeat(84)}\n\nChapter 1\n\nShe poured.\n`,
    // The same length without them: under the limit.
    `Short and Sharp\nSummary: ${'Tea, cake. '.repeat(91)}\n\nChapter 1\n\nShe poured.\n`,
    // Notes of 4,600 characters: over 5,000 as HTML only with their line breaks and emphasis.
    `Notes\n\nChapter 1\n\nA/N: ${'*thank* you\n'.repeat(383)}\n\nShe poured.\n\nChapter 2\n\nA/N: ${'thank you, '.repeat(418)}\n\nHe drank.\n`,
    // A note with tags is rendered whatever its length.
    `Tags\n\nA/N: <font color="red">red</font> and <b>bold</b>.\n\nChapter 1\n\nShe poured.\n`,
    `A Very Long Title ${'x'.repeat(260)}\nSummary: short.\n\nShe poured.\n`,
  ];
  for (const fic of fics) assert.deepEqual(lints(fic), limitProblems(fic));
  assert.equal(lints(fics[0]!).length, 1, 'the escaped summary is over');
  assert.equal(lints(fics[1]!).length, 0, 'the plain one is not');
  assert.equal(lints(fics[2]!).length, 1, 'the broken, emphasised notes are over');
});
