/**
 * Chapter headings: `Chapter 12`, `Chapter 12: The Roof`, `Chapter Twelve`, `Ch. 3`, `Part II`,
 * `Prologue`, `Epilogue - Ten Years Later`, and Markdown `# Part One`. A heading is a whole line.
 */
import type { HeadingKind } from '../model';
import { asciiWordAt, isAsciiLetter, isDigit, isSpace, skipSpaces } from './chars';

/** What a heading line says (its span is the line's). */
export interface HeadingInfo {
  readonly kind: HeadingKind;
  readonly title: string;
  readonly number?: number;
}

/** Lines longer than this are never headings (keeps the check O(1) on a 5 MB line). */
const MAX_HEADING = 160;

const numberedWords = new Set(['chapter', 'ch', 'chap', 'part']);
const soloWords: Record<string, HeadingKind> = {
  prologue: 'prologue',
  prolog: 'prologue',
  epilogue: 'epilogue',
  epilog: 'epilogue',
  interlude: 'chapter',
  afterword: 'epilogue',
};

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const romanRe = /^(?=[clxvi])c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** Decoration around a heading (`**Chapter 1**`, `~Prologue~`, `[Part Two]`). */
function isDecoration(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x7e || c === 0x3d || c === 0x5b || c === 0x5d || isSpace(c);
}

/** A separator between a chapter number and its title: `:` `.` `-` `–` `—` `|` `~` `/` (not `,`: `Chapter 1, he said,` is prose). */
function isSeparator(c: number): boolean {
  return c === 0x3a || c === 0x2e || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7c || c === 0x7e || c === 0x2f;
}

/**
 * False when a line whose first unit is `c` cannot be a heading (`parseHeading` is then undefined): a
 * heading opens with `#`, with decoration or an HTML tag, or with the first letter of a keyword.
 */
export function mayOpenHeading(c: number): boolean {
  if (isDecoration(c) || c === 0x23 || c === 0x3c) return true;
  const f = c | 0x20;
  return f < 0x80 && keywordLengths[f] !== 0;
}

const keywords = [...numberedWords, ...Object.keys(soloWords)];

/**
 * The keywords' lengths by their first letter (lower case, ASCII): bit `n` set when a keyword of `n`
 * letters opens with it (`chapter`, `ch`, `chap`: bits 7, 2 and 4 of `c`). Made from the keyword lists, so
 * the quick tests below (`mayOpenHeading`, `mayBeKeyword`) follow them.
 */
const keywordLengths = new Int32Array(0x80);
for (const w of keywords) keywordLengths[w.charCodeAt(0)] |= 1 << w.length;

/**
 * The first two letters of a line (ASCII, lower-cased, `first << 7 | second`) that a heading opening with
 * a letter may have: after a letter there is no decoration or tag to skip, so the line is a heading only
 * when it opens with a keyword (`ch`apter, `pa`rt, `pr`ologue, `ep`ilogue, `in`terlude, `af`terword).
 * Lets the parse pass over the story lines that open with c, p, e, i or a (`Inside`, `As`, `Every`)
 * without a call of `parseHeading`; 1 for a pair that may open a keyword.
 */
export const keywordPairs = new Uint8Array(0x4000);
for (const w of keywords) keywordPairs[(w.charCodeAt(0) << 7) | w.charCodeAt(1)] = 1;

/**
 * False when the trimmed line `text[start, end)`, which opens with decoration (`*`, `_`, `~`, `=`, a
 * bracket), cannot be a heading (`parseHeading` is then undefined): after the decoration comes a tag or a
 * keyword, whose first two letters `keywordPairs` knows. A line of story in emphasis (`*I can't,* he
 * thought`) is passed over without `parseHeading`.
 */
export function mayBeDecoratedHeading(text: string, start: number, end: number): boolean {
  let s = start;
  while (s < end && isDecoration(text.charCodeAt(s))) s++;
  if (s + 1 >= end) return false; // a keyword has two letters at least, a tag two units
  const c = text.charCodeAt(s);
  if (c === 0x3c) return true;
  const d = text.charCodeAt(s + 1);
  return c < 0x80 && d < 0x80 && keywordPairs[((c | 0x20) << 7) | (d | 0x20)] === 1;
}

/**
 * Reads the trimmed line `text[start, end)` as a heading, or returns undefined. Rules: `#`..`######`,
 * a space and text (not only glyphs: such a line is a break, checked first); or, decoration aside, a
 * chapter word (`Chapter`, `Ch.`, `Chap.`, `Part`) with a number (digits, Roman, or words up to
 * ninety-nine) followed by nothing, a separator and a title, or a capitalised title; or `Prologue`,
 * `Epilogue`, `Interlude`, `Afterword` alone or followed by a separator and a title.
 */
export function parseHeading(text: string, start: number, end: number): HeadingInfo | undefined {
  if (end - start > MAX_HEADING || end <= start) return undefined;
  if (text.charCodeAt(start) === 0x23) return markdownHeading(text, start, end);
  let s = start;
  let e = end;
  // Decoration and, in an AO3 HTML paste, the tags around the line (`<p>Chapter 1</p>`, `<h2><b>Prologue</b></h2>`).
  for (let moved = true; moved; ) {
    while (s < e && isDecoration(text.charCodeAt(s))) s++;
    while (e > s && isDecoration(text.charCodeAt(e - 1))) e--;
    const open = tagEndAt(text, s, e);
    const close = open < 0 ? tagStartBefore(text, s, e) : -1;
    moved = open >= 0 || close >= 0;
    if (open >= 0) s = open;
    else if (close >= 0) e = close;
  }
  // Every keyword starts with c, p, e, i or a: reject most prose lines before reading a word.
  const f = text.charCodeAt(s) | 0x20;
  if (f !== 0x63 && f !== 0x70 && f !== 0x65 && f !== 0x69 && f !== 0x61) return undefined;
  return keywordHeading(text, s, e);
}

/** After an HTML tag (`<p>`, `</b>`, `<p align="center">`) that starts at `s`, or -1. */
function tagEndAt(text: string, s: number, e: number): number {
  if (text.charCodeAt(s) !== 0x3c) return -1;
  const name = text.charCodeAt(s + 1) === 0x2f ? s + 2 : s + 1;
  if (name >= e || !isAsciiLetter(text.charCodeAt(name))) return -1;
  for (let i = name + 1; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x3c) return -1;
  }
  return -1;
}

/** Where an HTML tag that ends at `e` starts, or -1. */
function tagStartBefore(text: string, s: number, e: number): number {
  if (e <= s || text.charCodeAt(e - 1) !== 0x3e) return -1;
  for (let i = e - 2; i >= s; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3c) return tagEndAt(text, i, e) === e ? i : -1;
    if (c === 0x3e) return -1;
  }
  return -1;
}

function markdownHeading(text: string, start: number, end: number): HeadingInfo | undefined {
  let i = start;
  while (i < end && text.charCodeAt(i) === 0x23) i++;
  if (i - start > 6 || i >= end || !isSpace(text.charCodeAt(i))) return undefined;
  let s = skipSpaces(text, i, end);
  let e = end;
  while (e > s && text.charCodeAt(e - 1) === 0x23) e--; // closing `###` of an ATX heading
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s >= e) return undefined;
  const inner = keywordHeading(text, s, e);
  return { kind: 'markdown', title: inner ? inner.title : text.slice(s, e), number: inner?.number };
}

/**
 * Whether the ASCII word of `length` letters starting with lower-cased `first` may be a keyword (some
 * keyword has that first letter and length): most words are told apart before they are cut out of the text.
 */
function mayBeKeyword(first: number, length: number): boolean {
  return first < 0x80 && length < 31 && ((keywordLengths[first] >>> length) & 1) === 1;
}

function keywordHeading(text: string, s: number, e: number): HeadingInfo | undefined {
  let j = s;
  while (j < e && j - s <= 10 && isAsciiLetter(text.charCodeAt(j))) j++;
  if (!mayBeKeyword(text.charCodeAt(s) | 0x20, j - s)) return undefined;
  const word = asciiWordAt(text, s, e, 10);
  if (!word) return undefined;
  let i = s + word.length;
  if (i < e && isAsciiLetter(text.charCodeAt(i))) return undefined;
  const whole = text.slice(s, e);
  const solo = soloWords[word];
  if (solo) {
    const title = titleAfter(text, i, e);
    return title === undefined ? undefined : { kind: solo, title: title || whole };
  }
  if (!numberedWords.has(word)) return undefined;
  if (i < e && text.charCodeAt(i) === 0x2e) i++;
  const afterWord = i;
  i = skipSpaces(text, i, e);
  if (i === afterWord && word !== 'ch' && word !== 'chap') return undefined;
  const num = readNumber(text, i, e);
  if (!num) return undefined;
  const title = titleAfter(text, num.next, e);
  if (title === undefined) return undefined;
  return { kind: 'chapter', title: title || whole, number: num.value };
}

/**
 * The title after a heading's keyword or number: '' when nothing follows, the text after a separator,
 * a capitalised title after a space (`Chapter 12 The Roof`, not `Chapter 12 was long.`), else undefined.
 */
function titleAfter(text: string, i: number, e: number): string | undefined {
  if (i >= e) return '';
  const j = skipSpaces(text, i, e);
  if (isSeparator(text.charCodeAt(j))) {
    let k = j;
    while (k < e && (isSeparator(text.charCodeAt(k)) || isSpace(text.charCodeAt(k)))) k++;
    return text.slice(k, e);
  }
  if (j === i) return undefined;
  const first = text.charCodeAt(j);
  const capital = (first >= 0x41 && first <= 0x5a) || first === 0x22 || first === 0x201c || first === 0x27 || first === 0x2018 || first === 0x28 || isDigit(first);
  const last = text.charCodeAt(e - 1);
  if (!capital || last === 0x2e || last === 0x2c || last === 0x3b) return undefined;
  return text.slice(j, e);
}

/** A chapter number at `i`: digits, a Roman numeral, or English words (`Twelve`, `Twenty-One`). */
function readNumber(text: string, i: number, e: number): { value: number; next: number } | undefined {
  if (i >= e) return undefined;
  if (isDigit(text.charCodeAt(i))) {
    let j = i;
    let value = 0;
    while (j < e && isDigit(text.charCodeAt(j)) && j - i < 5) value = value * 10 + (text.charCodeAt(j++) - 0x30);
    if (j < e && (isDigit(text.charCodeAt(j)) || isAsciiLetter(text.charCodeAt(j)))) return undefined;
    return { value, next: j };
  }
  const word = asciiWordAt(text, i, e, 12);
  if (!word) return undefined;
  let next = i + word.length;
  if (next < e && !isBoundary(text.charCodeAt(next))) return undefined;
  const unit = units.indexOf(word);
  if (unit > 0) return { value: unit, next };
  const ten = tens.indexOf(word);
  if (ten >= 2) {
    let value = ten * 10;
    const sep = text.charCodeAt(next);
    if (next + 1 < e && (sep === 0x2d || sep === 0x20)) {
      const u = asciiWordAt(text, next + 1, e, 6);
      const k = units.indexOf(u);
      if (k > 0 && k < 10 && (next + 1 + u.length >= e || isBoundary(text.charCodeAt(next + 1 + u.length)))) {
        value += k;
        next += 1 + u.length;
      }
    }
    return { value, next };
  }
  if (word.length <= 8 && romanRe.test(word)) return { value: romanValue(word), next };
  return undefined;
}

function isBoundary(c: number): boolean {
  return !isAsciiLetter(c) && !isDigit(c);
}

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const cur = v[s[k]!]!;
    const nxt = k + 1 < s.length ? v[s[k + 1]!]! : 0;
    total += cur < nxt ? -cur : cur;
  }
  return total;
}
