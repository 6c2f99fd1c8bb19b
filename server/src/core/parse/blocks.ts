/**
 * Step 2 of the parse: lines grouped into paragraphs. A paragraph is a run of non-blank lines; a line
 * that is a scene break or a chapter heading is always a paragraph of its own, even with no blank line
 * around it, so `Chapter 2` straight above its first line of story still starts a chapter.
 */
import { isBreakLine, mayOpenBreak } from './breaks';
import { mayOpenHeading, parseHeading, type HeadingInfo } from './headings';
import type { Lines } from './paragraphs';
import { BLOCK_BREAK as BREAK_, BLOCK_HEADING as HEADING_, BLOCK_PROSE as PROSE_, type Blocks } from './types';

// Block kinds as local constants: an imported binding is read through a getter under the test runner's
// module transform, once per block.
const BLOCK_BREAK = BREAK_;
const BLOCK_HEADING = HEADING_;
const BLOCK_PROSE = PROSE_;

// Which first units of a trimmed line may open a break (1) or a heading (2), for ASCII: most lines of
// story open with a letter or a quote that can open neither, and are grouped without a call.
const MAY_BREAK = 1;
const MAY_HEADING = 2;
const opens = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) opens[c] = (mayOpenBreak(c) ? MAY_BREAK : 0) | (mayOpenHeading(c) ? MAY_HEADING : 0);
// Read once: a call across modules costs a getter per call under the test runner's module transform.
const breakAt = isBreakLine;
const headingAt = parseHeading;
const wideBreak = mayOpenBreak;

/** Groups `lines` into blocks of kind prose, heading or break (prose is refined later). */
export function buildBlocks(text: string, lines: Lines): Blocks {
  const n = lines.count;
  // There are never more blocks than lines.
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const line0 = new Int32Array(n);
  const line1 = new Int32Array(n);
  const kind = new Uint8Array(n);
  const headings = new Map<number, HeadingInfo>();
  const ls = lines.start;
  const le = lines.end;
  const nb = lines.newBlock;
  let count = 0;
  let open = false; // the last block is prose that the next line may join
  for (let k = 0; k < n; k++) {
    const s = ls[k]!;
    const e = le[k]!;
    if (nb[k] === 1) open = false;
    const c = text.charCodeAt(s);
    const may = c < 0x80 ? opens[c]! : wideBreak(c) ? MAY_BREAK : 0;
    if (may !== 0) {
      let k0 = -1;
      if ((may & MAY_BREAK) !== 0 && breakAt(text, s, e)) k0 = BLOCK_BREAK;
      else if ((may & MAY_HEADING) !== 0) {
        const heading = headingAt(text, s, e);
        if (heading) {
          headings.set(count, heading);
          k0 = BLOCK_HEADING;
        }
      }
      if (k0 >= 0) {
        start[count] = s;
        end[count] = e;
        line0[count] = k;
        line1[count] = k + 1;
        kind[count++] = k0;
        open = false;
        continue;
      }
    }
    if (open) {
      end[count - 1] = e;
      line1[count - 1] = k + 1;
    } else {
      start[count] = s;
      end[count] = e;
      line0[count] = k;
      line1[count] = k + 1;
      kind[count++] = BLOCK_PROSE;
      open = true;
    }
  }
  return { count, start, end, line0, line1, kind, headings };
}
