/**
 * Step 2 of the parse: lines grouped into paragraphs. A paragraph is a run of non-blank lines; a line
 * that is a scene break or a chapter heading is always a paragraph of its own, even with no blank line
 * around it, so `Chapter 2` straight above its first line of story still starts a chapter.
 */
import { isBreakLine } from './breaks';
import { parseHeading } from './headings';
import type { Lines } from './paragraphs';
import type { Block } from './types';

/** Groups `lines` into blocks of kind `prose`, `heading` or `break` (prose is refined later). */
export function buildBlocks(text: string, lines: Lines): Block[] {
  const out: Block[] = [];
  let open: Block | undefined;
  for (let k = 0; k < lines.count; k++) {
    const s = lines.start[k]!;
    const e = lines.end[k]!;
    if (lines.newBlock[k]) open = undefined;
    if (isBreakLine(text, s, e)) {
      out.push({ start: s, end: e, line0: k, line1: k + 1, kind: 'break' });
      open = undefined;
      continue;
    }
    const heading = parseHeading(text, s, e);
    if (heading) {
      out.push({ start: s, end: e, line0: k, line1: k + 1, kind: 'heading', heading });
      open = undefined;
      continue;
    }
    if (open) {
      open.end = e;
      open.line1 = k + 1;
    } else {
      open = { start: s, end: e, line0: k, line1: k + 1, kind: 'prose' };
      out.push(open);
    }
  }
  return out;
}
