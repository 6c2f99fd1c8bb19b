/**
 * Moving the spans of a model by an edit, for the incremental reparse. Everything before the edited
 * region is reused as is (the very same objects); everything after it is copied with its offsets moved.
 * Copies are plain object literals with the same keys, in the same order, as the parse writes them, so
 * a shifted model equals a fresh parse (deepStrictEqual) and keeps the same hidden classes for the
 * features that read it. One literal per object costs tens of nanoseconds: a 500k-word model's
 * 30k objects move in well under a millisecond.
 *
 * In place (`setShift(d, true)`, when the caller gives up the previous model, as the server does): the
 * arrays and the objects after the edit are the previous model's, edited where they lie. A keystroke then
 * allocates almost nothing: tens of thousands of copies per version are what made the young generation's
 * collections slow (each survives as the live model and is copied once more to the old generation).
 */
import type { AuthorNote, Chapter, Heading, Paragraph, Quote, Scene, SceneBreak, Span } from '../model';
import { wordsBefore } from '../count/wordIndex';

/**
 * `items[0, keep)`, then `middle`, then `items[from..]` each passed through `move`. The output starts as
 * a copy of `items` (one native copy, already about the right size) that is overwritten from `keep` on:
 * growing an array by `push` over ~20k moves costs twice as much.
 */
export function splice<T>(items: readonly T[], keep: number, middle: readonly T[], from: number, move: (item: T) => T): T[] {
  if (inPlace) {
    const all = items as T[];
    const m = move as unknown;
    const shift = m === moveParagraph ? shiftParagraphs : m === moveQuote ? shiftQuotes : m === moveSpan || m === moveHeading || m === moveBreak ? shiftSpans : undefined;
    if (shift) shift(all as unknown as Mutable<Span>[], from);
    else for (let i = from; i < all.length; i++) all[i] = move(all[i]!);
    if (middle.length === from - keep) for (let i = 0; i < middle.length; i++) all[keep + i] = middle[i]!;
    else if (middle.length < 1024) all.splice(keep, from - keep, ...middle);
    else {
      const tail = all.slice(from); // a long paste: no spread of thousands of arguments
      all.length = keep;
      for (let i = 0; i < middle.length; i++) all.push(middle[i]!);
      for (let i = 0; i < tail.length; i++) all.push(tail[i]!);
    }
    return all;
  }
  const length = keep + middle.length + (items.length - from);
  const out = items.slice(0, Math.min(length, items.length));
  let j = keep;
  for (let i = 0; i < middle.length; i++, j++) {
    if (j < out.length) out[j] = middle[i]!;
    else out.push(middle[i]!);
  }
  for (let i = from; i < items.length; i++, j++) {
    const moved = move(items[i]!);
    if (j < out.length) out[j] = moved;
    else out.push(moved);
  }
  return out;
}

/**
 * The shift the movers below apply. Module state, set by `setShift` before a reparse moves anything:
 * plain functions read it, where closures made per reparse would each cost an allocation (and, under
 * a test runner that keeps function names, a `defineProperty`).
 */
let delta = 0;
let inPlace = false;

/**
 * Sets the shift applied by `moveSpan`, `moveParagraph`, `moveQuote`, `moveNote`, `moveHeading`,
 * `moveBreak` and `splice`; with `edit`, they edit the objects and arrays they are given (see above).
 */
export function setShift(d: number, edit = false): void {
  delta = d;
  inPlace = edit;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/*
 * In place, the spans after an edit (thousands of paragraphs and quotes in a long fic, every keystroke)
 * are moved by a loop of their kind's own. One loop for every kind, or one `shifted` for all, sees every
 * object shape (paragraphs, quotes, headings, breaks...): its property accesses go megamorphic, several
 * times slower per object (~0.5 ms of a keystroke at 500k words). The three bodies are the same on
 * purpose: each function keeps its own inline caches.
 */
function shiftParagraphs(all: Mutable<Span>[], from: number): void {
  for (let i = from; i < all.length; i++) {
    const s = all[i]!;
    s.start += delta;
    s.end += delta;
  }
}

function shiftQuotes(all: Mutable<Span>[], from: number): void {
  for (let i = from; i < all.length; i++) {
    const s = all[i]!;
    s.start += delta;
    s.end += delta;
  }
}

/** Unclosed-quote spans, headings, breaks: few per fic. */
function shiftSpans(all: Mutable<Span>[], from: number): void {
  for (let i = from; i < all.length; i++) {
    const s = all[i]!;
    s.start += delta;
    s.end += delta;
  }
}

/** Moves `s` where it lies; returns it. */
function shifted<T extends Span>(s: T): T {
  (s as Mutable<Span>).start += delta;
  (s as Mutable<Span>).end += delta;
  return s;
}

export function moveSpan(s: Span): Span {
  if (inPlace) return shifted(s);
  return { start: s.start + delta, end: s.end + delta };
}

export function moveParagraph(p: Paragraph): Paragraph {
  if (inPlace) return shifted(p);
  return { start: p.start + delta, end: p.end + delta, kind: p.kind };
}

export function moveQuote(q: Quote): Quote {
  if (inPlace) return shifted(q);
  return { start: q.start + delta, end: q.end + delta, kind: q.kind, style: q.style, closed: q.closed, continues: q.continues, continued: q.continued };
}

export function moveNote(n: AuthorNote): AuthorNote {
  if (inPlace) {
    shifted(n.label);
    return shifted(n);
  }
  return { start: n.start + delta, end: n.end + delta, inline: n.inline, position: n.position, label: moveSpan(n.label) };
}

export function moveHeading(h: Heading): Heading {
  if (inPlace) return shifted(h);
  return h.number === undefined
    ? { start: h.start + delta, end: h.end + delta, kind: h.kind, title: h.title }
    : { start: h.start + delta, end: h.end + delta, kind: h.kind, title: h.title, number: h.number };
}

export function moveBreak(b: SceneBreak): SceneBreak {
  if (inPlace) return shifted(b);
  return { start: b.start + delta, end: b.end + delta, glyph: b.glyph };
}

/**
 * The spans that hold the edited region (chapters, scenes) or lie after it, moved: the region
 * `[oldStart, oldEnd)` of the old text became `[newStart, ...)` whose last paragraph ends at `newLastEnd`
 * (it ended at `oldLastEnd`). A span that starts at the region's start follows it; one that ends with
 * its last paragraph follows that; one that starts or ends anywhere else inside the region means the
 * region is not what the caller thought, and the result is undefined (the caller parses in full).
 */
export function stretch<T extends Span>(
  items: readonly T[],
  region: { oldStart: number; oldEnd: number; oldLastEnd: number; newStart: number; newLastEnd: number; delta: number },
  copy: (item: T, start: number, end: number) => T,
  inPlace = false,
): T[] | undefined {
  const { oldStart, oldEnd, oldLastEnd, newStart, newLastEnd, delta } = region;
  if (inPlace) {
    // The same answer, with the spans moved where they lie (the caller gives up the previous model; see
    // `setShift`): checked first, so that a region that is not what the caller thought moves nothing.
    for (const s of items) {
      if (s.end < oldStart || s.start >= oldEnd) continue;
      if (!(s.start === oldStart || s.start < oldStart) || !(s.end === oldLastEnd || s.end > oldEnd)) return undefined;
    }
    for (const s of items as Mutable<T>[]) {
      if (s.end < oldStart) continue;
      if (s.start >= oldEnd) {
        s.start += delta;
        s.end += delta;
        continue;
      }
      if (s.start === oldStart) s.start = newStart;
      s.end = s.end === oldLastEnd ? newLastEnd : s.end + delta;
    }
    return items as T[];
  }
  const out: T[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = items[i]!;
    if (s.end < oldStart) out[i] = s;
    else if (s.start >= oldEnd) out[i] = copy(s, s.start + delta, s.end + delta);
    else {
      const start = s.start === oldStart ? newStart : s.start < oldStart ? s.start : -1;
      const end = s.end === oldLastEnd ? newLastEnd : s.end > oldEnd ? s.end + delta : -1;
      if (start < 0 || end < 0) return undefined;
      out[i] = copy(s, start, end);
    }
  }
  return out;
}

/** Chapters moved by `stretch`, their headings replaced by the moved heading objects. */
export function copyChapter(headingOf: (h: Heading) => Heading) {
  return (c: Chapter, start: number, end: number): Chapter => ('heading' in c ? { start, end, heading: c.heading && headingOf(c.heading) } : { start, end });
}

export function copyScene(s: Scene, start: number, end: number): Scene {
  return { start, end, chapter: s.chapter };
}

/**
 * The word spans of the new text: the old ones before `oldStart`, `middle` (the region scanned again),
 * and the old ones from `oldEnd` on, moved by `delta`. Words never cross a paragraph edge.
 * With `inPlace`, `words` is edited where it lies when its buffer has room (the caller gives up the old
 * array: a keystroke then moves only the tail, no 4–8 MB copy and no new garbage); a new array gets
 * spare room (1/8) so the next in-place edit fits. The result may be a view on a larger buffer.
 */
export function spliceWords(words: Uint32Array, oldStart: number, oldEnd: number, middle: Uint32Array, delta: number, inPlace = false): Uint32Array {
  const a = wordsBefore(words, oldStart) * 2;
  const b = wordsBefore(words, oldEnd) * 2;
  const tail = a + middle.length;
  const length = tail + (words.length - b);
  let out: Uint32Array;
  const room = (words.buffer.byteLength - words.byteOffset) >>> 2;
  if (inPlace && length <= room) {
    out = new Uint32Array(words.buffer, words.byteOffset, length);
    if (tail !== b) new Uint32Array(words.buffer, words.byteOffset, room).copyWithin(tail, b, words.length);
    out.set(middle, a);
  } else if (!inPlace && tail === b) {
    // As many words as before (typing inside a word): one native copy, then the region and the tail.
    out = words.slice();
    out.set(middle, a);
  } else {
    out = inPlace ? new Uint32Array(length + (length >>> 3) + 64).subarray(0, length) : new Uint32Array(length);
    out.set(words.subarray(0, a), 0);
    out.set(middle, a);
    out.set(words.subarray(b), tail);
  }
  if (delta !== 0) addToAll(out, tail, length, delta);
  return out;
}

/** Whether the platform stores the low half of a 64-bit word first (then two offsets pack into one). */
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * `values[from, to) += delta`, for offsets that stay in `[0, 2^32)`. Two offsets at a time as one 64-bit
 * word (twice the speed of the plain loop: ~0.25 ms for 1M offsets): adding `delta` to both halves of
 * `hi * 2^32 + lo` cannot carry or borrow across the halves, since `lo + delta` stays in range, and a
 * negative `delta` is added as its two's complement, which wraps exactly the same way.
 */
export function addToAll(values: Uint32Array, from: number, to: number, delta: number): void {
  let k = from;
  if (littleEndian && to - from >= 64) {
    if ((values.byteOffset + k * 4) & 7) values[k++]! += delta;
    const pairs = (to - k) >>> 1;
    const wide = new BigUint64Array(values.buffer, values.byteOffset + k * 4, pairs);
    const half = BigInt(Math.abs(delta));
    const both = (half << 32n) | half;
    const step = delta >= 0 ? both : BigInt.asUintN(64, -both);
    for (let i = 0; i < pairs; i++) wide[i] = wide[i]! + step; // BigUint64Array stores wrap mod 2^64
    k += pairs * 2;
  }
  for (; k < to; k++) values[k]! += delta;
}
