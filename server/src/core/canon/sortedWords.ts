/**
 * Membership in a sorted word list kept as one newline-separated string, by binary search over the
 * string itself: nothing is built, so the first lookup costs no more than the rest (~20 probes). The
 * English list is ~100k words; hashing it into a table cost ~10 ms of every cold `fic check`, while a
 * check asks about only its few thousand distinct words (each once: verdicts are cached per word).
 */
export class SortedWords {
  /** Per pair of ASCII units, the text range `[lo, hi)` of the lines starting with them (-1: not found yet). */
  private buckets?: Int32Array;
  /**
   * `text`: words sorted by UTF-16 code units (as `Array.prototype.sort` leaves them), one per line.
   * `tagged`: each line is its word and then one tag character (sorted by the words alone), read by `tagOf`.
   */
  constructor(
    private readonly text: string,
    private readonly tagged = false,
  ) {}

  /** Number of lines (words), counted on demand. */
  get size(): number {
    let lines = this.text.length > 0 ? 1 : 0;
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) lines++;
    return lines;
  }

  /** True when `word` is one of the lines. */
  has(word: string): boolean {
    return this.lineEnd(word) >= 0;
  }

  /** In a tagged list, the code of the tag character of `word`'s line; -1 when `word` is not in the list. */
  tagOf(word: string): number {
    const end = this.lineEnd(word);
    return end < 0 ? -1 : this.text.charCodeAt(end - 1);
  }

  /**
   * True when a line starts with `prefix` (and, in a tagged list, its tag passes `tagOk`), looking at no
   * more than `reach` such lines: one binary search, then a short scan.
   */
  hasPrefix(prefix: string, tagOk: (tag: number) => boolean = () => true, reach = 400): boolean {
    if (prefix.length === 0 || prefix.includes('\n')) return false;
    const text = this.text;
    const tag = this.tagged ? 1 : 0;
    for (let start = this.firstNotBefore(prefix), n = 0; start < text.length && n < reach; n++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (!text.startsWith(prefix, start) || end - tag < start + prefix.length) return false;
      if (!tag || tagOk(text.charCodeAt(end - 1))) return true;
      start = end + 1;
    }
    return false;
  }

  /** Where `word`'s line ends, or -1 when no line is `word`. */
  private lineEnd(word: string): number {
    if (word.length === 0 || word.includes('\n')) return -1;
    const text = this.text;
    const start = this.firstNotBefore(word);
    if (start >= text.length) return -1;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    return compare(word, text, start, end - (this.tagged ? 1 : 0)) === 0 ? end : -1;
  }

  /** The start of the first line whose word is not before `word` (by binary search), or past the text. */
  private firstNotBefore(word: string): number {
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1); // NaN for a one-unit word: no bucket
    if (!(a < 0x80 && b < 0x80)) return this.search(word, 0, this.text.length);
    // Lines are searched only among those sharing `word`'s first two units: ~8 probes of ~17.
    const buckets = (this.buckets ??= new Int32Array(2 * 0x80 * 0x80).fill(-1));
    const at = 2 * ((a << 7) | b);
    if (buckets[at] < 0) this.findBucket(a, b, at);
    return this.search(word, buckets[at], buckets[at + 1]);
  }

  /**
   * Where the lines starting with the units `a`, `b` begin and end (the first line not before `ab`, the
   * first not before the next pair), kept per pair: a check asks about a few hundred pairs. A function of
   * its own, so that `firstNotBefore` stays small.
   */
  private findBucket(a: number, b: number, at: number): void {
    const lo = this.search(String.fromCharCode(a, b), 0, this.text.length);
    this.buckets![at] = lo;
    this.buckets![at + 1] = this.search(String.fromCharCode(a, b + 1), lo, this.text.length);
  }

  /**
   * Binary search for the first line not before `word` among the lines in [lo, hi): `lo` a line start, `hi`
   * a line start or the end, every line before `lo` before `word` and none from `hi` on.
   */
  private search(word: string, lo: number, hi: number): number {
    const text = this.text;
    const tag = this.tagged ? 1 : 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1; // the line holding `mid` (never before `lo`)
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (compare(word, text, start, end - tag) <= 0) hi = start;
      else lo = end + 1;
    }
    return lo;
  }
}

/** Sign of `word` against `text[start, end)`, by code units. */
function compare(word: string, text: string, start: number, end: number): number {
  const n = Math.min(word.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - text.charCodeAt(start + i);
    if (d !== 0) return d;
  }
  return word.length - (end - start);
}
