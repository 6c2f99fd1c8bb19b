/**
 * `encodeSemanticTokens` against a plain reference (every unit's line and character counted one by one,
 * a CRLF one break, a lone CR or LF one break each): whole texts and parts of them starting at a line,
 * with breaks right before, inside and right after the spans, and texts that have no CR at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeSemanticTokens } from '../../src/core/features/semanticTokenEncoding';

/** Line and character of every offset (LSP's: CRLF, CR and LF end a line). */
function positions(text: string): { line: number; char: number }[] {
  const out: { line: number; char: number }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, char });
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      char = 0;
    } else char++;
  }
  return out;
}

function reference(text: string, spans: number[]): number[] {
  const at = positions(text);
  const pieces: [number, number, number, number][] = [];
  for (let i = 0; i < spans.length; i += 3) {
    let start = spans[i]!;
    const end = spans[i + 1]!;
    for (let k = start; k <= end; k++) {
      const breakHere = k === end || text[k] === '\n' || text[k] === '\r';
      if (!breakHere) continue;
      if (k > start) pieces.push([at[start]!.line, at[start]!.char, k - start, spans[i + 2]!]);
      start = k + 1;
    }
  }
  const out: number[] = [];
  let pl = 0;
  let pc = 0;
  for (const [l, c, len, type] of pieces) {
    out.push(l - pl, l === pl ? c - pc : c, len, type, 0);
    pl = l;
    pc = c;
  }
  return out;
}

const textArb = fc.oneof(
  fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n'), { maxLength: 60 }).map((a) => a.join('')),
  fc.array(fc.constantFrom('a', 'b', ' ', '\n'), { maxLength: 60 }).map((a) => a.join('')),
);

/** Sorted spans that neither overlap nor cover a line break's second unit alone. */
function spansOf(text: string, cuts: number[]): number[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) out.push(points[i]!, points[i + 1]!, i % 4);
  return out;
}

test('encodeSemanticTokens equals the unit-by-unit reference, whole texts and parts from a line start', () => {
  fc.assert(
    fc.property(textArb, fc.array(fc.nat(), { maxLength: 12 }), fc.nat(), (text, cuts, lineSeed) => {
      const spans = spansOf(text, cuts);
      assert.deepStrictEqual(Array.from(encodeSemanticTokens(text, spans)), reference(text, spans));
      // From the start of a line: the spans from there on, deltas from (0, 0) with absolute lines.
      const at = positions(text);
      const starts = at.map((p, i) => (p.char === 0 ? i : -1)).filter((i) => i >= 0 && i <= text.length);
      const from = starts[lineSeed % starts.length]!;
      const tail: number[] = [];
      for (let i = 0; i < spans.length; i += 3) if (spans[i]! >= from) tail.push(spans[i]!, spans[i + 1]!, spans[i + 2]!);
      assert.deepStrictEqual(Array.from(encodeSemanticTokens(text, tail, from, at[from]!.line)), reference(text, tail));
    }),
    { numRuns: 2000 },
  );
});

test('a text with no CR: re-encoding one line reads no further than that line', () => {
  const line = 'Rukia ran.\n';
  const text = line.repeat(10_000);
  let read = 0;
  const source = {
    length: text.length,
    charCodeAt: (i: number) => text.charCodeAt(i),
    slice: (a: number, b: number) => ((read += b - a), text.slice(a, b)),
    indexOf: (s: string, from: number) => {
      const i = text.indexOf(s, from);
      read += (i < 0 ? text.length : i + 1) - from;
      return i;
    },
  };
  const from = line.length * 5000;
  const tokens = encodeSemanticTokens(source, [from, from + 5, 1], from, 5000);
  assert.deepStrictEqual(Array.from(tokens), [5000, 0, 5, 1, 0]);
  assert.ok(read < 100, `read ${read} units`);
});
