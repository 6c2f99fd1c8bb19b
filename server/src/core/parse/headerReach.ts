/**
 * Whether a header could start before paragraph `pa` and run on into it, for the incremental reparse.
 * With no header found, `detectHeader` was tried at the first story block and read on block by block
 * while each block fit (a title, then tags or by-lines, or `Name: value` fields); an edit further down
 * changes nothing there as long as some unchanged block before the edit can never fit. This test is
 * deliberately loose about what fits (any field name, any tags-like or `by` line), so "cannot fit"
 * is certain.
 */
import type { FicModel } from '../model';
import { isSpace } from './chars';
import { parseFieldStart } from './fields';
import { isTagsLike, isTitleLike } from './header';

/** Longest first line that could be a title, tags line or by-line (see header.ts: 120, 150, 60). */
const MAX_HEADER_LINE = 160;

/** True when a header may reach paragraph `pa` (the caller then parses in full). */
export function headerMayReach(model: FicModel, pa: number): boolean {
  if (model.header) return false; // found once, and it ended before the story
  const paras = model.paragraphs;
  let f = 0;
  while (f < pa && paras[f]!.kind === 'note') f++;
  if (f >= pa || paras[f]!.kind !== 'prose') return f >= pa; // a heading or break first: no header later
  for (let k = f; k < pa; k++) {
    const p = paras[k]!;
    if (p.kind !== 'prose') return false; // the header's reading stops at anything but story
    if (neverFits(model.text, p.start, p.end, k === f)) return false;
  }
  return true;
}

/** The paragraph `text[start, end)` can be no part of a header (its first line fits no header line). */
function neverFits(text: string, start: number, end: number, first: boolean): boolean {
  let e = start;
  while (e < end && text.charCodeAt(e) !== 0x0a && text.charCodeAt(e) !== 0x0d) e++;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (parseFieldStart(text, start, e, true)) return false;
  if (e - start > MAX_HEADER_LINE) return true;
  if (first) return !isTitleLike(text, start, e);
  if (isTagsLike(text, start, e)) return false;
  return !((text.charCodeAt(start) | 0x20) === 0x62 && (text.charCodeAt(start + 1) | 0x20) === 0x79);
}
