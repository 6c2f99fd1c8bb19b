/**
 * The lines step 1 of the parse reads (`splitBlocks` in blocks.ts): the non-blank lines of a text,
 * trimmed, and where blank lines separate them. A line ends at LF, CRLF or a lone CR; a blank line holds
 * only whitespace. Everything else works on these lines, so line endings never matter again.
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

/** `isSpace` with the common answer for ASCII decided here (a call into another module per line end costs). */
export function blank(c: number): boolean {
  return c < 0x80 ? c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c : isSpace(c);
}
