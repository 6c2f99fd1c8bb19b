/**
 * Words exactly as the Archive of Our Own counts them (otwarchive `lib/word_counter.rb`, per HTML text node:
 * `text.gsub(/--/, "—").gsub(/['’‘-]/, "").scan(/\p{Han}|\p{Hiragana}|\p{Katakana}|\p{Thai}|((?!\p{Han}|…)[[:word:]])+/)`,
 * after `lib/html_cleaner.rb` deleted every format character `\p{Cf}` from the posted text):
 *   1. every `--` becomes an em dash (pairs taken left to right, so a run of two or more hyphens separates);
 *   2. apostrophes `'` `’` `‘`, single hyphens `-` and format characters (soft hyphen, zero-width space,
 *      joiners, BOM) are deleted (so `won't`, `one-shot` stay one word);
 *   3. each Han, Hiragana, Katakana or Thai character is one word (a `|` is a separator: the literal pipe
 *      the old character class held was fixed in 2023, AO3-6278);
 *   4. every other run of word characters is one word. Ruby's `[[:word:]]` is Alphabetic + Mark +
 *      Decimal_Number + Connector_Punctuation (Onigmo's definition), so `_` joins words, and Roman numerals
 *      such as `Ⅻ` or circled letters count as letters.
 * AO3 counts text nodes only, so an HTML tag (`<hr>`, `<i>`, `</b>`, `<!-- … -->`) is no word and separates
 * words, like a space. Deleted characters are transparent: they neither start, end nor break a word. A
 * word's span runs from its first word character to its last, so `'Cause` spans `Cause` and `won't` spans
 * all of `won't`.
 */

const empty = new Uint32Array(0);

/** A growable flat buffer of `[start, end)` pairs. */
export class SpanBuffer {
  /** The pairs; only the first `size` entries are meaningful. Public so `scanWords` can fill it in place. */
  data: Uint32Array;
  size = 0;

  /** Entries to allocate at the first push or `reserve` (allocated then, so a `reserve` right away costs one allocation). */
  private initial: number;

  constructor(capacity = 1024) {
    this.initial = Math.max(2, capacity * 2);
    this.data = empty;
  }

  push(start: number, end: number): void {
    if (this.size + 2 > this.data.length) this.reserve(2);
    this.data[this.size++] = start;
    this.data[this.size++] = end;
  }

  /** Makes room for `more` entries (not pairs) after `size`, at least doubling when it grows. */
  reserve(more: number): void {
    if (this.size + more <= this.data.length) return;
    const grown = new Uint32Array(Math.max(this.data.length * 2, this.size + more, this.initial));
    if (this.size > 0) grown.set(this.data.subarray(0, this.size));
    this.data = grown;
  }

  /** Number of spans pushed. */
  get count(): number {
    return this.size >> 1;
  }

  /**
   * The spans, `[start0, end0, start1, end1, ...]`: a view of the buffer when it is at least 3/4 full
   * (copying 4 MB at 500k words costs a millisecond; the slack is small), else a right-sized copy.
   * Later pushes write past the view's end, so they never change what this returned.
   */
  toArray(): Uint32Array {
    return this.size * 4 >= this.data.length * 3 ? this.data.subarray(0, this.size) : this.data.slice(0, this.size);
  }
}

// Character classes per BMP code unit, in one table filled lazily (0 = not yet computed). ASCII is filled
// up front, including the units that need a look around (`<`, `-`, `|`) and the high surrogates, so the
// hot loop is one table read per unit and never calls a function for plain prose.
const UNKNOWN = 0;
const WORD = 1;
const CJK = 2; // counted one word per character
const TRANSPARENT = 3; // deleted before counting: ' ’ ‘ (a lone `-` is handled separately)
const OTHER = 4;
const LT = 5; // `<`: may open an HTML tag
const HYPHEN = 6; // `-`: deleted alone, a separator in a run of two or more
const HIGH = 7; // high surrogate: the pair is classified as one code point

const wordRe = /^[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]$/u;
const cjkRe = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]$/u;
const formatRe = /^\p{Cf}$/u;
const table = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  table[c] = word ? WORD : OTHER;
}
table[0x27] = TRANSPARENT;
table[0x2018] = TRANSPARENT;
table[0x2019] = TRANSPARENT;
table[0x3c] = LT;
table[0x2d] = HYPHEN;
table.fill(HIGH, 0xd800, 0xdc00);
table.fill(OTHER, 0xdc00, 0xe000); // a lone low surrogate

/**
 * Stops: units another scan of the same paragraph wants to see (the parser's quote and note scan), so
 * one pass over a paragraph serves both. `stopTable` is `table` with the flag `STOP` on those units;
 * the flag keeps them out of the fast paths, and they are otherwise read as their plain class.
 */
const STOP = 8;
const stopTable = new Uint8Array(table);
/**
 * The units `scanWords` reports to `onStop`: `" ' * _ ( [ ‘ ’ “ ”`, the other quotation marks (`„ ‚ « »
 * 「 」 『 』`) and line breaks; with `dashes`, also `— – ― -` (speech dashes, in the conventions that
 * have them).
 */
export const stopUnits = [
  0x22, 0x27, 0x2a, 0x5f, 0x28, 0x5b, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x201a, 0xab, 0xbb, 0x300c, 0x300d,
  0x300e, 0x300f, 0x0a, 0x0d,
];
const dashUnits = [0x2014, 0x2013, 0x2015, 0x2d];
// Quotation marks and dashes are punctuation: classified up front, so the lazy classification of
// non-ASCII units never overwrites their stop flag.
for (const c of [0x201c, 0x201d, 0x201e, 0x201a, 0xab, 0xbb, 0x300c, 0x300d, 0x300e, 0x300f, 0x2014, 0x2013, 0x2015]) {
  table[c] = OTHER;
  stopTable[c] = OTHER;
}
for (const c of stopUnits) stopTable[c] = stopTable[c]! | STOP;
const dashStopTable = new Uint8Array(stopTable);
for (const c of dashUnits) dashStopTable[c] = dashStopTable[c]! | STOP;

function classify(ch: string): number {
  if (formatRe.test(ch)) return TRANSPARENT; // AO3 deletes \p{Cf} before it parses the text
  if (cjkRe.test(ch)) return CJK;
  if (wordRe.test(ch)) return WORD;
  return OTHER;
}

/** Classes of astral code points met so far (rare in fics; the regexes are slow). */
const astral = new Map<number, number>();

function classOfPair(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  let cls = astral.get(cp);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(cp));
    if (astral.size < 4096) astral.set(cp, cls);
  }
  return cls;
}

/** The class of one code point, as the scanners read it: a word character, a CJK word, deleted, or a separator. */
export const UnitClass = { Word: WORD, Cjk: CJK, Deleted: TRANSPARENT, Separator: OTHER } as const;
export type UnitClass = (typeof UnitClass)[keyof typeof UnitClass];

/**
 * How AO3's rule reads code point `cp` outside HTML (`-` is `Deleted` here: runs of hyphens are the
 * caller's to judge). For the markup scanner, which feeds decoded text a code point at a time.
 */
export function unitClass(cp: number): UnitClass {
  if (cp < 0x10000) {
    let cls = table[cp]!;
    if (cls === UNKNOWN) {
      cls = classify(String.fromCharCode(cp));
      table[cp] = cls;
      stopTable[cp] = cls;
    }
    if (cls === LT) return UnitClass.Separator;
    if (cls === HYPHEN) return UnitClass.Deleted;
    if (cls === HIGH) return UnitClass.Separator; // a lone surrogate
    return cls as UnitClass;
  }
  let cls = astral.get(cp);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(cp));
    if (astral.size < 4096) astral.set(cp, cls);
  }
  return cls as UnitClass;
}

/**
 * Pushes every AO3 word inside `text[from, to)` into `out`. Linear in `to - from`; never throws.
 * A word is never split across `to`: callers pass whole paragraphs. With `onStop`, also calls it with
 * the offset of every unit of `stopUnits` in the range, in order (HTML tags included).
 */
export function scanWords(text: string, from: number, to: number, out: SpanBuffer, onStop?: (at: number) => void, dashes = false): void {
  const tbl = onStop ? (dashes ? dashStopTable : stopTable) : table;
  // Room for a word per 5.3 units up front (prose averages one per 5.9), so a whole document is scanned
  // without growing; the room is re-checked before each push all the same.
  out.reserve(((to - from) >>> 3) * 3 + 8);
  let data = out.data;
  let size = out.size;
  let cap = data.length;
  let wordStart = -1; // start of the word being built, or -1
  let wordEnd = -1; // end of its last word character
  noTagBefore = from;
  let i = from;
  // This loop runs at the open before it is optimised: the units that need a look around (`<`, `-`,
  // surrogates, a first sight of a non-ASCII unit) are read by `unusualUnit`, so the loop stays small,
  // and V8 (which waits longer before optimising a longer function) compiles it sooner and faster.
  while (i < to) {
    let cls = tbl[text.charCodeAt(i)]!;
    if (cls === WORD) {
      // The common case: a run of word units, read in a tight loop.
      if (wordStart < 0) wordStart = i;
      i++;
      while (i < to && tbl[text.charCodeAt(i)] === WORD) i++;
      wordEnd = i;
      continue;
    }
    if (cls === OTHER) {
      if (wordStart >= 0) {
        if (size + 2 > cap) {
          out.size = size;
          out.reserve(2 + ((to - i) >> 2));
          data = out.data;
          cap = data.length;
        }
        data[size++] = wordStart;
        data[size++] = wordEnd;
        wordStart = -1;
      }
      i++;
      continue;
    }
    if (cls >= STOP) {
      onStop!(i);
      cls -= STOP;
    }
    let width = 1;
    if (cls > OTHER || cls === UNKNOWN) {
      cls = unusualUnit(text, i, to, cls, tbl, onStop);
      width = unusualWidth;
    }
    if (cls === TRANSPARENT) {
      i += width;
      continue;
    }
    if (cls === WORD) {
      if (wordStart < 0) wordStart = i;
      i += width;
      wordEnd = i;
      continue;
    }
    // OTHER ends a word; CJK ends one and is a word itself.
    const need = cls === CJK ? 4 : 2;
    if (size + need > cap) {
      out.size = size;
      out.reserve(need + ((to - i) >> 2));
      data = out.data;
      cap = data.length;
    }
    if (wordStart >= 0) {
      data[size++] = wordStart;
      data[size++] = wordEnd;
      wordStart = -1;
    }
    if (cls === CJK) {
      data[size++] = i;
      data[size++] = i + width;
    }
    i += width;
  }
  if (wordStart >= 0) {
    if (size + 2 > cap) {
      out.size = size;
      out.reserve(2);
      data = out.data;
    }
    data[size++] = wordStart;
    data[size++] = wordEnd;
  }
  out.size = size;
}

/** A `<` before this offset cannot open a tag: an earlier search of the scan found no `>` (set per scan). */
let noTagBefore = 0;
/** How many units the unit `unusualUnit` read spans. */
let unusualWidth = 1;

/**
 * Reads the unit at `i` whose class `cls` (its stop flag taken off) is `UNKNOWN`, `LT`, `HYPHEN` or
 * `HIGH`: returns what it is for the count (`WORD`, `CJK`, `TRANSPARENT` or `OTHER`) and sets
 * `unusualWidth` to the units it spans (a tag, a run of hyphens, a surrogate pair). Classifies a unit
 * met for the first time into the tables; reports the stops inside a tag to `onStop`.
 */
function unusualUnit(text: string, i: number, to: number, cls: number, tbl: Uint8Array, onStop: ((at: number) => void) | undefined): number {
  unusualWidth = 1;
  if (cls === UNKNOWN) {
    const code = text.charCodeAt(i);
    cls = classify(String.fromCharCode(code));
    table[code] = cls;
    stopTable[code] = cls;
    dashStopTable[code] = cls;
    return cls;
  }
  if (cls === LT) {
    if (i >= noTagBefore && opensTag(text, i, to)) {
      const close = tagEnd(text, i, to);
      if (close < 0) noTagBefore = lineEnd(text, i, to);
      else {
        unusualWidth = close - i;
        if (onStop) for (let j = i + 1; j < close; j++) if (tbl[text.charCodeAt(j)]! >= STOP) onStop(j);
      }
    }
    return OTHER;
  }
  if (cls === HYPHEN) {
    // A lone hyphen is deleted; two or more in a row contain an em dash, which separates.
    let run = 1;
    while (i + run < to && text.charCodeAt(i + run) === 0x2d) run++;
    if (run === 1) return TRANSPARENT;
    unusualWidth = run;
    return OTHER;
  }
  // HIGH: a surrogate pair is one code point; a lone high surrogate separates.
  const low = i + 1 < to ? text.charCodeAt(i + 1) : 0;
  if (low >= 0xdc00 && low <= 0xdfff) {
    unusualWidth = 2;
    return classOfPair(text, i);
  }
  return OTHER;
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
