/**
 * Words exactly as the Archive of Our Own counts them (otwarchive's published `WordCounter`):
 *   1. every `--` becomes an em dash (pairs taken left to right, so a run of two or more hyphens separates);
 *   2. apostrophes `'` `’` `‘` and single hyphens `-` are deleted (so `won't`, `one-shot` stay one word);
 *   3. each Han, Hiragana, Katakana or Thai character is one word;
 *   4. every other run of word characters (letters, marks, decimal digits, connector punctuation) is one word.
 * Deleted characters are transparent: they neither start, end nor break a word. A word's span runs from
 * its first word character to its last, so `'Cause` spans `Cause` and `won't` spans all of `won't`.
 */

/** A growable flat buffer of `[start, end)` pairs. */
export class SpanBuffer {
  private data: Uint32Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(2, capacity * 2));
  }

  push(start: number, end: number): void {
    if (this.size + 2 > this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = start;
    this.data[this.size++] = end;
  }

  /** Number of spans pushed. */
  get count(): number {
    return this.size >> 1;
  }

  /** A right-sized copy: `[start0, end0, start1, end1, ...]`. */
  toArray(): Uint32Array {
    return this.data.slice(0, this.size);
  }
}

// Character classes, cached per BMP code unit (0 = not yet computed).
const WORD = 1;
const CJK = 2; // counted one word per character
const TRANSPARENT = 3; // deleted before counting: ' ’ ‘ (a lone `-` is handled separately)
const OTHER = 4;

const wordRe = /^[\p{L}\p{M}\p{Nd}\p{Pc}]$/u;
const cjkRe = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]$/u;
const bmpClass = new Uint8Array(0x10000);

function classify(ch: string): number {
  if (cjkRe.test(ch)) return CJK;
  if (wordRe.test(ch)) return WORD;
  return OTHER;
}

function classOfUnit(code: number): number {
  let cls = bmpClass[code];
  if (cls === 0) {
    if (code === 0x27 || code === 0x2018 || code === 0x2019) cls = TRANSPARENT;
    else if (code >= 0xd800 && code <= 0xdfff) cls = OTHER; // lone surrogate; pairs handled by the caller
    else cls = classify(String.fromCharCode(code));
    bmpClass[code] = cls;
  }
  return cls;
}

/**
 * Pushes every AO3 word inside `text[from, to)` into `out`. Linear in `to - from`; never throws.
 * A word is never split across `to`: callers pass whole paragraphs.
 */
export function scanWords(text: string, from: number, to: number, out: SpanBuffer): void {
  let wordStart = -1; // start of the word being built, or -1
  let wordEnd = -1; // end of its last word character
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    let width = 1;
    let cls: number;
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f) {
        cls = WORD;
      } else if (code === 0x27) {
        cls = TRANSPARENT;
      } else if (code === 0x2d) {
        // A lone hyphen is deleted; two or more in a row contain an em dash, which separates.
        let run = 1;
        while (i + run < to && text.charCodeAt(i + run) === 0x2d) run++;
        if (run === 1) cls = TRANSPARENT;
        else {
          cls = OTHER;
          width = run;
        }
      } else cls = OTHER;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        cls = classify(text.slice(i, i + 2));
      } else cls = OTHER;
    } else {
      cls = classOfUnit(code);
    }

    if (cls === WORD) {
      if (wordStart < 0) wordStart = i;
      wordEnd = i + width;
    } else if (cls === CJK) {
      if (wordStart >= 0) out.push(wordStart, wordEnd);
      out.push(i, i + width);
      wordStart = -1;
    } else if (cls === OTHER) {
      if (wordStart >= 0) out.push(wordStart, wordEnd);
      wordStart = -1;
    }
    // TRANSPARENT: neither ends nor starts a word.
    i += width;
  }
  if (wordStart >= 0) out.push(wordStart, wordEnd);
}

/** Number of AO3 words in `text` (a convenience over `scanWords`). */
export function countWords(text: string): number {
  const out = new SpanBuffer(64);
  scanWords(text, 0, text.length, out);
  return out.count;
}
