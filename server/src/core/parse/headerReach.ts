/**
 * Whether a header could start before paragraph `pa` and run on into it, for the incremental reparse.
 * With no header found, `detectHeader` was tried at the first story block and read on block by block
 * while each block fit (a title, then tags or by-lines, or `Name: value` fields); an edit further down
 * changes nothing there as long as some unchanged block before the edit can never fit. This test is
 * deliberately loose about what fits (any field name, any tags-like or `by` line), so "cannot fit"
 * is certain.
 */
import type { FicModel, Paragraph } from '../model';
import { isSpace } from './chars';
import { parseFieldStart } from './fields';
import { isTagsLike, isTitleLike } from './header';

/** Longest first line that could be a title, tags line or by-line (see header.ts: 120, 150, 60). */
const MAX_HEADER_LINE = 160;

/**
 * True when a header may reach paragraph `pa` (the caller then parses in full). `firstLine` gives a
 * paragraph's first line (the caller reads it from whatever holds the text now).
 */
export function headerMayReach(model: FicModel, pa: number, firstLine: (p: Paragraph) => string): boolean {
  if (model.header) return false; // found once, and it ended before the story
  const paras = model.paragraphs;
  let f = 0;
  while (f < pa && paras[f]!.kind === 'note') f++;
  if (f >= pa || paras[f]!.kind !== 'prose') return f >= pa; // a heading or break first: no header later
  for (let k = f; k < pa; k++) {
    const p = paras[k]!;
    if (p.kind !== 'prose') return false; // the header's reading stops at anything but story
    if (neverFits(firstLine(p), k === f)) return false;
  }
  return true;
}

/** A paragraph whose first line is `line` can be no part of a header (that line fits no header line). */
function neverFits(line: string, first: boolean): boolean {
  let e = line.length;
  while (e > 0 && isSpace(line.charCodeAt(e - 1))) e--;
  if (parseFieldStart(line, 0, e, true)) return false;
  if (e > MAX_HEADER_LINE) return true;
  if (first) return !isTitleLike(line, 0, e);
  if (isTagsLike(line, 0, e)) return false;
  return !((line.charCodeAt(0) | 0x20) === 0x62 && (line.charCodeAt(1) | 0x20) === 0x79);
}
