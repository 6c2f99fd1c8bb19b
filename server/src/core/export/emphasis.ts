/**
 * Markdown-style emphasis in a fic's text: `*x*` and `_x_` are `<em>`, `**x**` and `__x__` `<strong>`.
 * A delimiter is judged by its neighbours, as docs/FORMAT.md judges thought delimiters: letters on both
 * sides (`f*ck`, `snake_case`) or spaces on both sides (`2 * 3`) make it a plain character; otherwise it
 * opens before a non-space and closes after one. Pairs never cross a blank line or a tag's inside. An
 * `_` pair whose outside touches a word character (`_no_'s`) stays literal: AO3 counts `_no_s` as one
 * word, `<em>no</em>s` as two, and the export must not change the count.
 */

export interface Emphasis {
  /** Where the delimiter run starts and ends in the text. */
  readonly start: number;
  readonly end: number;
  readonly html: string;
}

const wordRe = /[\p{L}\p{M}\p{N}]/u;
const spaceRe = /\s/u;
/** Characters AO3 deletes before counting: they would join a word across a removed delimiter. */
const joining = new Set(["'", '’', '‘', '-', '_']);

/** The emphasis delimiters of `text` outside `marks` (sorted spans of tags and comments), in order. */
export function findEmphasis(text: string, marks: readonly { start: number; end: number }[]): { inRange(from: number, to: number): Emphasis[] } {
  const found: Emphasis[] = [];
  const inMark = new Uint8Array(text.length + 1);
  for (const m of marks) inMark.fill(1, m.start, m.end);
  const charAt = (i: number): string => (i < 0 || i >= text.length ? ' ' : inMark[i] ? '>' : text[i]!);
  type Open = { start: number; end: number; ch: string; size: number };
  let stack: Open[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') stack = []; // a paragraph boundary
    if ((ch !== '*' && ch !== '_') || inMark[i]) continue;
    let j = i;
    while (j < text.length && text[j] === ch && !inMark[j]) j++;
    const size = j - i;
    const before = charAt(i - 1);
    const after = charAt(j);
    i = j - 1;
    if (size > 2) continue;
    const spaceBefore = spaceRe.test(before);
    const spaceAfter = spaceRe.test(after);
    if (spaceBefore && spaceAfter) continue;
    if (wordRe.test(before) && wordRe.test(after)) continue;
    const canClose = !spaceBefore;
    const canOpen = !spaceAfter;
    if (canClose) {
      const k = findLast(stack, (o) => o.ch === ch && o.size === size);
      if (k >= 0) {
        const open = stack[k]!;
        stack = stack.slice(0, k);
        const outsideBefore = charAt(open.start - 1);
        if (ch === '_' && (wordRe.test(outsideBefore) || joining.has(outsideBefore) || wordRe.test(after) || joining.has(after))) continue;
        if (open.end === j - size) continue; // nothing between
        const tag = size === 2 ? 'strong' : 'em';
        found.push({ start: open.start, end: open.end, html: `<${tag}>` }, { start: i - size + 1, end: j, html: `</${tag}>` });
        continue;
      }
    }
    if (canOpen) stack.push({ start: i - size + 1, end: j, ch, size });
  }
  found.sort((a, b) => a.start - b.start);
  return {
    inRange(from: number, to: number): Emphasis[] {
      let lo = 0;
      let hi = found.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (found[mid]!.start < from) lo = mid + 1;
        else hi = mid;
      }
      const out: Emphasis[] = [];
      for (let k = lo; k < found.length && found[k]!.start < to; k++) if (found[k]!.end <= to) out.push(found[k]!);
      return out;
    },
  };
}

function findLast<T>(list: readonly T[], ok: (t: T) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (ok(list[k]!)) return k;
  return -1;
}

/**
 * The `_` / `__` delimiter runs of `text` that the export turns into tags and that AO3 would otherwise
 * count as a word of their own (`carts,_`: the `_` after the comma), as flat `[start, end)` pairs. The
 * story count leaves them out, so it counts what the export posts.
 */
export function underscoreDelimiterWords(text: string): number[] {
  const out: number[] = [];
  if (text.indexOf('_') < 0) return out;
  const found = findEmphasis(text, []).inRange(0, text.length);
  for (const e of found) {
    if (text[e.start] !== '_') continue;
    const before = e.start > 0 ? text[e.start - 1]! : ' ';
    const after = e.end < text.length ? text[e.end]! : ' ';
    if (!wordRe.test(before) && !wordRe.test(after)) out.push(e.start, e.end);
  }
  return out;
}
