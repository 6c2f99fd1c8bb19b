/**
 * Character classes the parser asks about, on UTF-16 code units, without per-character regexes: ASCII
 * is decided inline and other BMP units are classified once and cached.
 */

/** Whitespace inside a line (line breaks excluded): what makes a line blank or a quote "flanked by space". */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const WORD = 1;
const NOT_WORD = 2;
const wordCache = new Uint8Array(0x10000);
const wordRe = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * A letter, mark or digit. Surrogates count as not-word (a lone or paired astral character next to a
 * quote is rare enough that treating it as punctuation is harmless).
 */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  let cls = wordCache[c];
  if (cls === 0) {
    cls = c >= 0xd800 && c <= 0xdfff ? NOT_WORD : wordRe.test(String.fromCharCode(c)) ? WORD : NOT_WORD;
    wordCache[c] = cls;
  }
  return cls === WORD;
}

/** ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Lower-cases an ASCII letter code; other codes pass through. */
export function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/** Whether `text[i..]` starts with the lower-case ASCII `word`, case-insensitively, within `end`. */
export function startsWithCI(text: string, i: number, end: number, word: string): boolean {
  if (i + word.length > end) return false;
  for (let k = 0; k < word.length; k++) if (lower(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** First offset in `[i, end)` that is not whitespace (or `end`). */
export function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just past the last non-whitespace unit in `[start, end)` (or `start`). */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Lower-case ASCII word (letters only) starting at `i`, at most `max` long; '' if none. */
export function asciiWordAt(text: string, i: number, end: number, max = 24): string {
  let j = i;
  while (j < end && j - i <= max && isAsciiLetter(text.charCodeAt(j))) j++;
  if (j - i > max) return '';
  return text.slice(i, j).toLowerCase();
}

/**
 * `s` as a string that shares no memory with a longer one. V8 represents a slice of 13+ units as a view
 * of its parent; flattening a one-unit-longer concatenation copies just `s`, and slicing that copy back
 * views the copy. Used for strings kept beyond the document version they were cut from.
 */
export function detach(s: string): string {
  if (s.length < 13) return s; // short slices are copies already
  const copy = s + ' ';
  copy.charCodeAt(0); // flattens the concatenation: a fresh copy of `s` and the space
  return copy.slice(0, -1);
}
