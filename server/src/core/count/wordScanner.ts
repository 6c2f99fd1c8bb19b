/**
 * Words exactly as the Archive of Our Own counts them (otwarchive `lib/word_counter.rb`, per HTML text node:
 * `text.gsub(/--/, "—").gsub(/['’‘-]/, "").scan(/[\p{Han}|\p{Hiragana}|\p{Katakana}|\p{Thai}]|((?!\p{Han}|…)[[:word:]])+/)`):
 *   1. every `--` becomes an em dash (pairs taken left to right, so a run of two or more hyphens separates);
 *   2. apostrophes `'` `’` `‘` and single hyphens `-` are deleted (so `won't`, `one-shot` stay one word);
 *   3. each Han, Hiragana, Katakana or Thai character is one word — and so is each `|`, because AO3's
 *      character class `[\p{Han}|\p{Hiragana}|…]` holds a literal pipe;
 *   4. every other run of word characters is one word. Ruby's `[[:word:]]` is Alphabetic + Mark +
 *      Decimal_Number + Connector_Punctuation (Onigmo's definition), so `_` joins words, and Roman numerals
 *      such as `Ⅻ` or circled letters count as letters.
 * AO3 counts text nodes only, so an HTML tag (`<hr>`, `<i>`, `</b>`, `<!-- … -->`) is no word and separates
 * words, like a space. Deleted characters are transparent: they neither start, end nor break a word. A
 * word's span runs from its first word character to its last, so `'Cause` spans `Cause` and `won't` spans
 * all of `won't`.
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

const wordRe = /^[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]$/u;
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
  let noTagBefore = from; // a `<` before this offset cannot open a tag: an earlier search found no `>`
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
      } else if (code === 0x7c) {
        cls = CJK; // `|` is one word on its own (see the header comment)
      } else if (code === 0x3c && i >= noTagBefore && opensTag(text, i, to)) {
        const close = tagEnd(text, i, to);
        if (close < 0) {
          noTagBefore = lineEnd(text, i, to);
          cls = OTHER;
        } else {
          cls = OTHER;
          width = close - i;
        }
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

/** `<` followed by a letter, `/` and a letter, or `!`: how an HTML tag or comment opens. */
function opensTag(text: string, i: number, to: number): boolean {
  if (i + 1 >= to) return false;
  let c = text.charCodeAt(i + 1);
  if (c === 0x21) return true;
  if (c === 0x2f && i + 2 < to) c = text.charCodeAt(i + 2);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Offset just past the `>` closing a tag opened at `i` on the same line, or -1. */
function tagEnd(text: string, i: number, to: number): number {
  for (let j = i + 1; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x3e) return j + 1;
    if (c === 0x0a || c === 0x0d) return -1;
  }
  return -1;
}

/** Offset of the end of the line holding `i` (bounded by `to`). */
function lineEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && text.charCodeAt(j) !== 0x0a && text.charCodeAt(j) !== 0x0d) j++;
  return j;
}

/** Number of AO3 words in `text` (a convenience over `scanWords`). */
export function countWords(text: string): number {
  const out = new SpanBuffer(64);
  scanWords(text, 0, text.length, out);
  return out.count;
}
