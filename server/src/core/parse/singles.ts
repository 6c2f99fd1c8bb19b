/**
 * Single quotes (`'` `‘` `’`, and `‚` as a German opener), each judged by its neighbours: an apostrophe,
 * an opener, an elision (`'Cause`, `'90s`: a weak opener), a closer, or a weak closer (`the Potters'`,
 * `goin'`: a possessive plural or a dropped g, which closes only when no other closer can).
 *
 * Where single quotes are speech (en-GB), a paragraph's single quotes are judged once before it is
 * scanned (`SingleRoles`), so the scan knows at each opener whether a closer comes later (the opener
 * then opens a speech), and at each weak closer whether it is the last closer (it then closes one).
 */
import { asciiWordAt, isSpace, isWordChar } from './chars';
import { CLOSE, OPEN, WEAK_CLOSE, WEAK_OPEN } from './thoughts';

/** Not a delimiter (an apostrophe, or a quote between spaces). */
export const NO_ROLE = 4;
/** The first quote of `'n'` (`rock 'n' roll`): step over three units. */
export const SKIP_N = 5;

/** Words after a leading apostrophe that make it an elision, not a quote: `'Cause`, `'em`, `'til`. */
const elisions = new Set([
  'cause', 'cuz', 'cos', 'coz', 'em', 'til', 'till', 'tis', 'twas', 'twere', 'twill', 'twould', 'nother', 'kay',
  'bout', 'round', 'fraid', 'scuse', 'sup', 'ello', 'ey', 'ow', 'ere', 'im', 'er',
]);

/** Whitespace or a line break. */
export function isBlank(c: number): boolean {
  if (c < 0x80) return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0b || c === 0x0c;
  return isSpace(c);
}

/** `isWordChar` with ASCII decided here: called for both neighbours of every apostrophe. */
export function wordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return isWordChar(c);
}

export function isOpeningPunct(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f;
}

/**
 * The role of the single quote `c` at `i` in the paragraph `[start, end)`: `OPEN`, `WEAK_OPEN`, `CLOSE`,
 * `WEAK_CLOSE`, `NO_ROLE` or `SKIP_N`. Letters on both sides: apostrophe (`won't`). Space on both
 * sides: nothing. Opening position (start, space or punctuation before, non-space after): an opener, or
 * an elision when a known elision word or a digit follows. Closing position (non-space before,
 * non-letter after): a closer, weak after `s` or `in`. `‘` never closes unless `lowSingles` (German
 * `‚…‘`); `‚` only opens.
 */
export function singleRole(text: string, start: number, end: number, i: number, c: number, lowSingles: boolean): number {
  const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
  const prevWord = wordChar(prev);
  const nextWord = wordChar(next);
  if (prevWord && nextWord) return NO_ROLE;
  const prevSpace = isBlank(prev);
  const nextSpace = isBlank(next);
  if (prevSpace && nextSpace) return NO_ROLE;
  const opening = !prevWord && !nextSpace && (nextWord || prevSpace || isOpeningPunct(prev));
  if (opening) {
    if (next >= 0x30 && next <= 0x39) return WEAK_OPEN;
    const word = nextWord ? asciiWordAt(text, i + 1, end, 8) : '';
    const after = i + 1 + word.length;
    const afterCode = after < end ? text.charCodeAt(after) : 0x20;
    if (word === 'n' && (afterCode === 0x27 || afterCode === 0x2019)) return SKIP_N;
    return word !== '' && elisions.has(word) && !wordChar(afterCode) ? WEAK_OPEN : OPEN;
  }
  if (c === 0x201a || (c === 0x2018 && !lowSingles) || prevSpace) return NO_ROLE;
  if (c === 0x2018) return CLOSE; // German `‚…‘`: no possessive is written with `‘`
  const weak = i - 2 >= start && wordChar(text.charCodeAt(i - 2)) && (prev === 0x73 || prev === 0x53 || (prev === 0x6e && text.charCodeAt(i - 2) === 0x69));
  return weak ? WEAK_CLOSE : CLOSE;
}

const singleRe = /['\u2018\u2019\u201a]/g;

/** The roles of every single quote of one paragraph, and how many closers follow each (see the module comment). */
export class SingleRoles {
  private pos = new Int32Array(64);
  private role = new Uint8Array(64);
  private closersAfter = new Int32Array(64);
  private count = 0;
  private cursor = 0;

  /** Judges the single quotes of `text[start, end)`. */
  fill(text: string, start: number, end: number, lowSingles: boolean): void {
    this.count = 0;
    this.cursor = 0;
    // The search runs over the paragraph only (a view of it, not a copy): over the whole text it would
    // read on to the next single quote after the paragraph, to the end of the text for every paragraph
    // after the last one, quadratic in a fic whose last chapters have no single quotes. `test` finds
    // a quote without making a match array.
    const paragraph = text.slice(start, end);
    singleRe.lastIndex = 0;
    let skipTo = -1;
    while (singleRe.test(paragraph)) {
      const i = start + singleRe.lastIndex - 1;
      let r = i < skipTo ? NO_ROLE : singleRole(text, start, end, i, text.charCodeAt(i), lowSingles);
      if (r === SKIP_N) {
        skipTo = i + 3;
        r = NO_ROLE;
      }
      this.add(i, r);
    }
    let closers = 0;
    for (let k = this.count - 1; k >= 0; k--) {
      this.closersAfter[k] = closers;
      if (this.role[k] === CLOSE || this.role[k] === WEAK_CLOSE) closers++;
    }
  }

  private add(i: number, r: number): void {
    if (this.count === this.pos.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.pos = grow(this.pos);
      this.role = grow(this.role);
      this.closersAfter = grow(this.closersAfter);
    }
    this.pos[this.count] = i;
    this.role[this.count++] = r;
  }

  /** The role of the quote at `i` (quotes are asked about in text order); `NO_ROLE` if it was not judged. */
  roleAt(i: number): number {
    while (this.cursor < this.count && this.pos[this.cursor]! < i) this.cursor++;
    return this.cursor < this.count && this.pos[this.cursor] === i ? this.role[this.cursor]! : NO_ROLE;
  }

  /** The role of the quote at `i`, ahead of the last one asked about, without moving on. */
  peekRole(i: number): number {
    let k = this.cursor;
    while (k < this.count && this.pos[k]! < i) k++;
    return k < this.count && this.pos[k] === i ? this.role[k]! : NO_ROLE;
  }

  /** Closers after the quote last asked about. */
  closersAfterCurrent(): number {
    return this.cursor < this.count ? this.closersAfter[this.cursor]! : 0;
  }
}

