/**
 * Counts of any range of a document in O(log n), from the flat word spans of the model.
 *
 * Boundary rule: a word belongs to a range when the word *starts* inside it (`start <= wordStart < end`).
 * Adjacent ranges therefore split the words of a document exactly, with no word counted twice or lost;
 * a selection that begins inside a word leaves that word out, one that ends inside a word takes it in.
 *
 * The story is everything but the header, the author's notes (block and inline) and chapter headings:
 * what AO3 counts once posted, where notes go to the notes fields and chapter titles to the title field.
 */
import type { FicModel, Span } from '../model';

/** Index of the first word whose start is `>= offset` (the number of words that start before it). */
export function wordsBefore(words: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = words.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid << 1] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of words that start in `[start, end)`. O(log n). */
export function countWordsIn(words: Uint32Array, start: number, end: number): number {
  if (end <= start) return 0;
  return wordsBefore(words, end) - wordsBefore(words, start);
}

/** Sorts spans and merges those that overlap or touch, so the result is disjoint and ordered. */
export function mergeSpans(spans: Iterable<Span>): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Word counts over one model: all words, or story words only, of any range. */
export class WordIndex {
  /** Header, notes and headings, merged: the words that are not story. */
  readonly excluded: readonly Span[];
  /** `excludedBefore[k]`: words inside `excluded[0..k)`. */
  private readonly excludedBefore: Uint32Array;

  /** The words counted: AO3's reading of the markup when the text holds some, else the plain scan. */
  readonly words: Uint32Array;

  /** How many notes and headings the model had (a carried index must see the same ones). */
  private readonly notes: number;
  private readonly headings: number;
  /** Words of the header and the notes together (overlaps once), made when first asked for. */
  private notesAndHeader: number | undefined;

  constructor(
    readonly model: FicModel,
    carried?: { excluded: readonly Span[]; excludedBefore: Uint32Array; notesAndHeader: number | undefined },
  ) {
    this.words = model.ao3Words ?? model.words;
    this.notes = model.notes.length;
    this.headings = model.headings.length;
    if (carried) {
      this.excluded = carried.excluded;
      this.excludedBefore = carried.excludedBefore;
      this.notesAndHeader = carried.notesAndHeader;
      return;
    }
    const parts: Span[] = [...model.notes, ...model.headings];
    if (model.header) parts.push(model.header);
    this.excluded = mergeSpans(parts);
    this.excludedBefore = new Uint32Array(this.excluded.length + 1);
    this.excluded.forEach((s, k) => {
      this.excludedBefore[k + 1] = this.excludedBefore[k] + this.count(s.start, s.end);
    });
  }

  /** Words inside the header or a note (each counted once). */
  notesWithHeader(): number {
    if (this.notesAndHeader === undefined) {
      const spans: Span[] = [...this.model.notes];
      if (this.model.header) spans.push(this.model.header);
      let n = 0;
      for (const s of mergeSpans(spans)) n += this.count(s.start, s.end);
      this.notesAndHeader = n;
    }
    return this.notesAndHeader;
  }

  /**
   * The index of `model`, made from this one (the index of the model before an edit): `region` is where
   * the incremental reparse changed the model (see `reparseChanged`; outside it every span is the previous
   * one, moved). When no header, note or heading lies in it, the non-story spans are this index's moved
   * and hold the same words, so nothing is counted again; undefined otherwise.
   */
  after(model: FicModel, region: { start: number; oldEnd: number; newEnd: number }): WordIndex | undefined {
    if (model.notes.length !== this.notes || model.headings.length !== this.headings) return undefined;
    const { start, oldEnd, newEnd } = region;
    if (model.header && model.header.end >= start) return undefined;
    const k = this.firstExcludedEndingAfter(start);
    // The first non-story span ending after the region's start must start after its old end (none inside).
    if (k < this.excluded.length && this.excluded[k].start <= oldEnd) return undefined;
    const delta = newEnd - oldEnd;
    const excluded = delta === 0 ? this.excluded : this.excluded.map((s, i) => (i < k ? s : { start: s.start + delta, end: s.end + delta }));
    return new WordIndex(model, { excluded, excludedBefore: this.excludedBefore, notesAndHeader: this.notesAndHeader });
  }

  /** Every word that starts in `[start, end)`. */
  count(start: number, end: number): number {
    return countWordsIn(this.words, start, end);
  }

  /** Words of `[start, end)` that are not story (inside the header, a note or a heading). O(log n). */
  excludedIn(start: number, end: number): number {
    if (end <= start) return 0;
    const first = this.firstExcludedEndingAfter(start);
    let last = first; // one past the last excluded span that starts before `end`
    let hi = this.excluded.length;
    while (last < hi) {
      const mid = (last + hi) >> 1;
      if (this.excluded[mid].start < end) last = mid + 1;
      else hi = mid;
    }
    if (last <= first) return 0;
    const clip = (k: number) => this.count(Math.max(start, this.excluded[k].start), Math.min(end, this.excluded[k].end));
    if (last - first === 1) return clip(first);
    // The spans strictly between the two ends lie wholly inside the range: their prefix sums suffice.
    return clip(first) + (this.excludedBefore[last - 1] - this.excludedBefore[first + 1]) + clip(last - 1);
  }

  /** Story words that start in `[start, end)`: AO3's count of that part once posted. O(log n). */
  story(start: number, end: number): number {
    return this.count(start, end) - this.excludedIn(start, end);
  }

  /** Whether `offset` lies inside the header, a note or a heading. */
  isExcluded(offset: number): boolean {
    const k = this.firstExcludedEndingAfter(offset);
    return k < this.excluded.length && this.excluded[k].start <= offset;
  }

  /** Index of the first excluded span whose end is after `offset`. */
  private firstExcludedEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.excluded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.excluded[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const cache = new WeakMap<FicModel, WordIndex>();

/**
 * Makes the word index of `model` from `previous`, the index of the model it was reparsed from, when the
 * edit (`region`, see `WordIndex.after`) left the non-story spans alone; else it is built when first asked.
 */
export function carryWordIndex(previous: WordIndex | undefined, model: FicModel, region: { start: number; oldEnd: number; newEnd: number } | null | undefined): void {
  if (!previous || !region || cache.has(model)) return;
  const index = previous.after(model, region);
  if (index) cache.set(model, index);
}

/** The word index of `model` when one was made, without making it. */
export function knownWordIndex(model: FicModel): WordIndex | undefined {
  return cache.get(model);
}

/** The word index of a model, built once per model (models are immutable, one per document version). */
export function wordIndexOf(model: FicModel): WordIndex {
  let index = cache.get(model);
  if (!index) {
    index = new WordIndex(model);
    cache.set(model, index);
  }
  return index;
}
