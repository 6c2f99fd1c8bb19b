/**
 * Steps 1 and 2 of the parse: the text's lines (paragraphs.ts), grouped into paragraphs. A paragraph is
 * a run of non-blank lines; a line that is a scene break or a chapter heading is always a paragraph of its
 * own, even with no blank line around it, so `Chapter 2` straight above its first line of story still
 * starts a chapter.
 */
import { isBreakLine, mayOpenBreak } from './breaks';
import { keywordPairs, mayBeDecoratedHeading, mayOpenHeading, parseHeading, type HeadingInfo } from './headings';
import { blank, type Lines } from './paragraphs';
import { BLOCK_BREAK as BREAK_, BLOCK_HEADING as HEADING_, BLOCK_PROSE as PROSE_, type Blocks } from './types';

// Block kinds as local constants: an imported binding is read through a getter under the test runner's
// module transform, once per block.
const BLOCK_BREAK = BREAK_;
const BLOCK_HEADING = HEADING_;
const BLOCK_PROSE = PROSE_;

// Which first units of a trimmed line may open a break (1) or a heading (2), by unit (4: decided): most
// lines of story open with a letter or a quote that can open neither, and are grouped without a call. The
// units past ASCII are decided on first sight (one call per distinct unit, not one per line that opens
// with a curly quote).
const MAY_BREAK = 1;
const MAY_HEADING = 2;
const DECIDED = 4;
// A line that opens with a letter is a heading only after a keyword: its first two letters are read too;
// one that opens with decoration, only when a keyword or a tag follows the decoration.
const MAY_DECORATED = 8;
const MAY_KEYWORD = 16;
const opens = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  const heading = !mayOpenHeading(c) ? 0 : letter ? MAY_KEYWORD : c === 0x23 || c === 0x3c ? MAY_HEADING : MAY_DECORATED;
  opens[c] = DECIDED | (mayOpenBreak(c) ? MAY_BREAK : 0) | heading;
}
// Read once: a call across modules costs a getter per call under the test runner's module transform.
const breakAt = isBreakLine;
const headingAt = parseHeading;
const pairs = keywordPairs;
const decorated = mayBeDecoratedHeading;

/** What a line whose first unit is `c` (not ASCII, met for the first time) may open; recorded in `opens`. */
function decideWide(c: number): number {
  // Past ASCII a trimmed line's first unit is never decoration (a space) nor a keyword's letter.
  const may = DECIDED | (mayOpenBreak(c) ? MAY_BREAK : 0);
  opens[c] = may;
  return may;
}

/** The lines of a text and their blocks, from one pass (`splitBlocks`). */
export interface LinesAndBlocks {
  readonly lines: Lines;
  readonly blocks: Blocks;
}

/**
 * Steps 1 and 2 in one pass over the text: its trimmed non-blank lines (see `Lines`: a line ends at LF,
 * CRLF or a lone CR; a blank line holds only whitespace), grouped into blocks of kind prose, heading or
 * break (prose is refined later) as each line is read. Line ends are found with `indexOf` (a native
 * scan), and only the whitespace at either end of a line is looked at. One loop instead of two: this runs
 * once per parse, mostly before it is optimised, and a second loop over every line was a second
 * interpreted walk and a second optimising compile queued ahead of the word scan's. Never throws.
 */
export function splitBlocks(text: string): LinesAndBlocks {
  const n = text.length;
  // Room for a line per 64 units up front (prose runs longer; hard-wrapped text ~70): a fic's lines are
  // read without growing, and the growth below stays out of the loop's optimised code. (The keystroke
  // path reads a paragraph or two: a few dozen entries.)
  let cap = 16 + (n >>> 6);
  // Lines, and blocks (never more blocks than lines): grown together.
  let ls: Int32Array = new Int32Array(cap);
  let le: Int32Array = new Int32Array(cap);
  let nb: Uint8Array = new Uint8Array(cap);
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let line0: Int32Array = new Int32Array(cap);
  let line1: Int32Array = new Int32Array(cap);
  let kind: Uint8Array = new Uint8Array(cap);
  const headings = new Map<number, HeadingInfo>();
  let k = 0; // lines
  let count = 0; // blocks
  let blankBefore = true;
  let open = false; // the last block is prose that the next line may join
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  let i = 0;
  while (i < n) {
    if (nextLf >= 0 && nextLf < i) nextLf = text.indexOf('\n', i);
    if (nextCr >= 0 && nextCr < i) nextCr = text.indexOf('\r', i);
    const lineEnd = nextLf < 0 ? (nextCr < 0 ? n : nextCr) : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
    // Most lines neither open nor end with whitespace: a printable ASCII unit is decided without a call.
    let s = i;
    let c = s < lineEnd ? text.charCodeAt(s) : 0;
    while (s < lineEnd && (c <= 0x20 || c >= 0x7f) && blank(c)) c = text.charCodeAt(++s);
    if (s === lineEnd) {
      blankBefore = true;
    } else {
      let e = lineEnd;
      let u = text.charCodeAt(e - 1);
      while ((u <= 0x20 || u >= 0x7f) && blank(u)) u = text.charCodeAt(--e - 1);
      if (k === cap) {
        cap *= 2;
        ls = grow(ls, cap);
        le = grow(le, cap);
        nb = growBytes(nb, cap);
        start = grow(start, cap);
        end = grow(end, cap);
        line0 = grow(line0, cap);
        line1 = grow(line1, cap);
        kind = growBytes(kind, cap);
      }
      ls[k] = s;
      le[k] = e;
      nb[k] = blankBefore ? 1 : 0;
      if (blankBefore) open = false;
      blankBefore = false;
      // The block step: `c` is the line's first unit.
      let may = opens[c]!;
      if (may === 0) may = decideWide(c);
      // A flag, not `may |= …`: an operation first met after the loop was optimised throws that code away.
      let heading = (may & MAY_HEADING) !== 0;
      if (may >= MAY_KEYWORD) {
        const second = s + 1 < e ? text.charCodeAt(s + 1) | 0x20 : 0;
        heading = second < 0x80 && pairs[((c | 0x20) << 7) | second] === 1;
      } else if ((may & MAY_DECORATED) !== 0) heading = decorated(text, s, e);
      let k0 = -1;
      if (heading || (may & MAY_BREAK) !== 0) {
        if ((may & MAY_BREAK) !== 0 && breakAt(text, s, e)) k0 = BLOCK_BREAK;
        else if (heading) {
          const heading = headingAt(text, s, e);
          if (heading) {
            headings.set(count, heading);
            k0 = BLOCK_HEADING;
          }
        }
      }
      if (k0 < 0 && open) {
        end[count - 1] = e;
        line1[count - 1] = k + 1;
      } else {
        start[count] = s;
        end[count] = e;
        line0[count] = k;
        line1[count] = k + 1;
        kind[count++] = k0 < 0 ? BLOCK_PROSE : k0;
        open = k0 < 0;
      }
      k++;
    }
    if (lineEnd >= n) break;
    i = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && lineEnd + 1 < n && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
    // Empty lines (the blank line between two paragraphs, most often) are passed over here, without a search.
    for (let u = i < n ? text.charCodeAt(i) : 0; u === 0x0a || u === 0x0d; u = i < n ? text.charCodeAt(i) : 0) {
      blankBefore = true;
      i += u === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    }
  }
  return {
    lines: { count: k, start: ls, end: le, newBlock: nb },
    blocks: { count, start, end, line0, line1, kind, headings },
  };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function growBytes(a: Uint8Array, cap: number): Uint8Array {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}
