/**
 * Step 1 of the parse: the non-blank lines of a text, trimmed, and where blank lines separate them.
 * A line ends at LF, CRLF or a lone CR; a blank line holds only whitespace. Everything else works on
 * these lines, so line endings never matter again.
 */
import { isSpace } from './chars';

/** The non-blank lines of a text, as parallel arrays (no object per line). */
export interface Lines {
  readonly count: number;
  /** Offset of the first non-whitespace unit of line k. */
  readonly start: Int32Array;
  /** Offset just past the last non-whitespace unit of line k (line break excluded). */
  readonly end: Int32Array;
  /** 1 when line k starts a block: it is the first line, or a blank line comes before it. */
  readonly newBlock: Uint8Array;
}

/**
 * Splits `text` into trimmed non-blank lines in one pass. Line ends are found with `indexOf` (a native
 * scan), and only the whitespace at either end of a line is looked at, so a line costs little more
 * than its leading and trailing blanks. Never throws.
 */
export function splitLines(text: string): Lines {
  const n = text.length;
  let cap = 256;
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let newBlock = new Uint8Array(cap);
  let count = 0;
  let blankBefore = true;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  let i = 0;
  while (i < n) {
    if (nextLf >= 0 && nextLf < i) nextLf = text.indexOf('\n', i);
    if (nextCr >= 0 && nextCr < i) nextCr = text.indexOf('\r', i);
    const lineEnd = nextLf < 0 ? (nextCr < 0 ? n : nextCr) : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
    // Most lines neither open nor end with whitespace: a printable ASCII unit is decided without a call
    // (this loop runs once per parse, mostly before it is optimised, where a call per line costs).
    let first = i;
    let c = first < lineEnd ? text.charCodeAt(first) : 0;
    while (first < lineEnd && (c <= 0x20 || c >= 0x7f) && blank(c)) c = text.charCodeAt(++first);
    if (first === lineEnd) {
      blankBefore = true;
    } else {
      let last = lineEnd;
      c = text.charCodeAt(last - 1);
      while ((c <= 0x20 || c >= 0x7f) && blank(c)) c = text.charCodeAt(--last - 1);
      if (count === cap) {
        cap *= 2;
        start = grow(start, cap);
        end = grow(end, cap);
        const nb = new Uint8Array(cap);
        nb.set(newBlock);
        newBlock = nb;
      }
      start[count] = first;
      end[count] = last;
      newBlock[count] = blankBefore ? 1 : 0;
      count++;
      blankBefore = false;
    }
    if (lineEnd >= n) break;
    i = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && lineEnd + 1 < n && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
  return { count, start, end, newBlock };
}

/** `isSpace` with the common answer for ASCII decided here (a call into another module per line end costs). */
function blank(c: number): boolean {
  return c < 0x80 ? c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c : isSpace(c);
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
