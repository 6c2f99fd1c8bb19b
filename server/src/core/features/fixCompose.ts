/**
 * *Fix all* in one run: the certain fixes of several findings composed into one list of edits, even when
 * their spans overlap. A fix that moves a comma across an incise (`prisa, -respondió Marta- pero` →
 * `prisa -respondió Marta-, pero`) spans the dashes another finding fixes (`-` → `—`); applying only the
 * first of two overlapping fixes left the second for a second run. Here each fix is cut into the few
 * characters it really changes (a character diff of its span against its replacement), and those pieces
 * are merged: pieces of different findings that touch different characters all apply; a finding whose
 * piece would change a character another finding already changes differently is left out (it is found
 * again on the next check), so nothing is ever applied half or guessed.
 */
import type { TextEdit } from './canonActions';

/** What composition reads of the document: the text a fix replaces. */
export interface TextSlicer {
  slice(start: number, end: number): string;
}

/** Beyond this many characters (after common ends are trimmed) a fix stays one piece. */
const MAX_DIFF = 256;

/**
 * The pieces of replacing `original` (at `start`) with `replacement`: the runs of characters outside a
 * longest common subsequence, as edits in document offsets, sorted.
 */
export function fixPieces(start: number, original: string, replacement: string): TextEdit[] {
  let p = 0;
  while (p < original.length && p < replacement.length && original[p] === replacement[p]) p++;
  let s = 0;
  while (s < original.length - p && s < replacement.length - p && original[original.length - 1 - s] === replacement[replacement.length - 1 - s]) s++;
  const a = original.slice(p, original.length - s);
  const b = replacement.slice(p, replacement.length - s);
  const at = start + p;
  if (a.length === 0 && b.length === 0) return [];
  if (a.length === 0 || b.length === 0 || a.length > MAX_DIFF || b.length > MAX_DIFF) return [{ start: at, end: at + a.length, newText: b }];
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const out: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let from = -1; // start of the open piece in `a`
  let text = '';
  const close = (): void => {
    if (from >= 0) out.push({ start: at + from, end: at + i, newText: text });
    from = -1;
    text = '';
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j] && lcs[i * w + j] === lcs[(i + 1) * w + j + 1]! + 1) {
      close();
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
      if (from < 0) from = i;
      text += b[j++];
    } else {
      if (from < 0) from = i;
      i++;
    }
  }
  close();
  return out;
}

/** For each fix, whether none of its edits overlaps or touches an edit of another fix. */
function standalone(fixes: readonly (readonly TextEdit[])[]): boolean[] {
  const spans = fixes.flatMap((fix, f) => fix.map((e) => [e.start, e.end, f] as const)).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const alone = fixes.map(() => true);
  let reach = -1;
  let owner = -1;
  for (const [start, end, f] of spans) {
    if (start <= reach && owner !== f) {
      alone[f] = false;
      alone[owner] = false;
    }
    if (end > reach || owner === -1) {
      reach = Math.max(reach, end);
      owner = f;
    }
  }
  return alone;
}

const overlaps = (x: TextEdit, y: TextEdit): boolean => {
  if (x.start === x.end && y.start === y.end) return x.start === y.start; // two insertions at one place: order unknown
  return x.start < y.end && y.start < x.end;
};
const same = (x: TextEdit, y: TextEdit): boolean => x.start === y.start && x.end === y.end && x.newText === y.newText;

/**
 * One edit list for the fixes (each fix: the edits of one finding, all applied or none), in order of
 * priority. Pieces of different fixes that touch are joined into one edit, so the list is sorted and no
 * two edits overlap or touch: applying it once gives every fix kept.
 */
export function composeFixes(fixes: readonly (readonly TextEdit[])[], text: TextSlicer): TextEdit[] {
  const kept: TextEdit[] = []; // sorted by start, then end; no two overlap
  const firstAfter = (p: TextEdit): number => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = kept[mid]!;
      if (k.start < p.start || (k.start === p.start && k.end < p.end)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Whether `p` is kept already (true), clashes with a kept piece (false), or is new (undefined). */
  const judge = (p: TextEdit): boolean | undefined => {
    const at = firstAfter(p);
    for (let k = Math.max(0, at - 1); k < kept.length && kept[k]!.start <= p.end; k++) {
      if (same(kept[k]!, p)) return true;
      if (overlaps(kept[k]!, p)) return false;
    }
    return undefined;
  };
  const alone = standalone(fixes);
  fixes.forEach((fix, f) => {
    // A fix that touches no other stays whole (`Rukai` → `Rukia`, not two one-letter pieces).
    const pieces = alone[f] ? fix.filter((e) => e.start !== e.end || e.newText !== '') : fix.flatMap((e) => fixPieces(e.start, text.slice(e.start, e.end), e.newText));
    const verdicts = pieces.map(judge);
    if (verdicts.includes(false)) return;
    pieces.forEach((p, i) => {
      if (verdicts[i] === undefined) kept.splice(firstAfter(p), 0, p);
    });
  });
  const out: TextEdit[] = [];
  for (const e of kept) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, e.end), newText: last.newText + e.newText };
    else out.push(e);
  }
  return out;
}
