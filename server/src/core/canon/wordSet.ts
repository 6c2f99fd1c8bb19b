/**
 * A read-only set of words stored as one newline-separated string plus a hash table of word offsets.
 * Duplicate lines are kept (harmless). Built in one pass with no string per word: for the ~100k-word English list that is ~1 MB of table next
 * to the text, where a `Set<string>` costs ~8 MB and ~30 ms to fill.
 */
export class WordSet {
  /** Open addressing: the start offset + 1 of a word in `text` per slot, 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Number of lines (words) in the text. */
  readonly size: number;

  /** `text`: words separated by `\n` (empty lines are skipped). */
  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let capacity = 16;
    while (capacity < lines * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    let size = 0;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) {
        let slot = hash(text, start, end) & this.mask;
        while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
        this.slots[slot] = start + 1;
        size++;
      }
      start = end + 1;
    }
    this.size = size;
  }

  /** True when `word` is one of the words. */
  has(word: string): boolean {
    return word.length > 0 && !word.includes('\n') && this.find(word, 0, word.length);
  }

  private find(s: string, from: number, to: number): boolean {
    const text = this.text;
    const length = to - from;
    for (let slot = hash(s, from, to) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot] - 1;
      if (at < 0) return false;
      if (at + length <= text.length && (at + length === text.length || text.charCodeAt(at + length) === 10) && same(text, at, s, from, length)) return true;
    }
  }
}

function same(a: string, at: number, b: string, from: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a.charCodeAt(at + i) !== b.charCodeAt(from + i)) return false;
  return true;
}

/** FNV-1a over `s[from, to)`, with the high bits folded in (the table indexes by the low bits). */
function hash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
