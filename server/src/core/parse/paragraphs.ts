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

/** Splits `text` into trimmed non-blank lines in one pass. Never throws. */
export function splitLines(text: string): Lines {
  const n = text.length;
  let cap = 256;
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let newBlock = new Uint8Array(cap);
  let count = 0;
  let blankBefore = true;
  let i = 0;
  while (i < n) {
    let first = -1;
    let last = -1;
    let c = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c > 0x20 && c < 0x7f) {
        // Printable ASCII (the bulk of a fic): never a space or a line break.
        if (first < 0) first = i;
        last = i + 1;
      } else if (c === 0x0a || c === 0x0d) break;
      else if (!isSpace(c)) {
        if (first < 0) first = i;
        last = i + 1;
      }
      i++;
    }
    if (first < 0) {
      blankBefore = true;
    } else {
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
    if (i < n) i += c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
  }
  return { count, start, end, newBlock };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
