/** The CLI's `LineIndex` (native `indexOf` scan) gives the same line and column as a unit-by-unit scan. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../src/cli/positions';

/** The reference: LF, CRLF and lone CR end a line. */
function reference(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue; // the LF ends it
    if (c === 10 || c === 13) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

test('LineIndex matches a unit-by-unit scan over LF, CRLF and lone CR', () => {
  const textArb = fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '\n\r', ' '), { maxLength: 40 }).map((p) => p.join(''));
  fc.assert(
    fc.property(textArb, (text) => {
      const index = new LineIndex(text);
      for (let o = 0; o <= text.length; o++) {
        // Between CR and LF is not a position a lint starts at; skip it like editors do.
        if (text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) continue;
        assert.deepEqual(index.position(o), reference(text, o), `${JSON.stringify(text)} @${o}`);
      }
    }),
    { numRuns: 500 },
  );
});

test('LineIndex answers alike whatever order positions are asked in (it reads lines as far as asked)', () => {
  const textArb = fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '\n\r', ' '), { maxLength: 200 }).map((p) => p.join(''));
  fc.assert(
    fc.property(textArb, fc.array(fc.nat(), { maxLength: 30 }), (text, picks) => {
      const index = new LineIndex(text);
      const offsets = picks.map((k) => k % (text.length + 1)).filter((o) => !(text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10));
      for (const o of offsets) assert.deepEqual(index.position(o), reference(text, o), `${JSON.stringify(text)} @${o}`);
    }),
    { numRuns: 500 },
  );
});

test('LineIndex table cases', () => {
  const cases: [string, number, number, number][] = [
    ['', 0, 1, 1],
    ['ab\ncd', 4, 2, 2],
    ['ab\r\ncd', 4, 2, 1],
    ['ab\rcd', 3, 2, 1],
    ['\n\n\nx', 3, 4, 1],
    // More lines than the index first makes room for (it grows by doubling): every line start kept.
    ['x\n'.repeat(1000) + 'yz', 2001, 1001, 2],
    ['x\r\n'.repeat(100) + 'x\r'.repeat(100) + 'yz', 501, 201, 2],
  ];
  for (const [text, offset, line, column] of cases) assert.deepEqual(new LineIndex(text).position(offset), { line, column }, JSON.stringify(text));
});
