/**
 * Header field lines, `Name: value`: the name (known names, or a short capitalised unknown name once
 * the header is certain), the colon, and the value. `**Summary:**` and `Pairing(s):` are fields too.
 */
import { isAsciiLetter, isSpace, isWordChar, skipSpaces } from './chars';

/**
 * Field names recognised anywhere a header may be (lower-case, `(s)` read as `s`, `’` as `'`).
 * Unknown names need the stricter rule in `parseFieldStart`.
 */
export const knownFieldNames = new Set([
  'title', 'author', 'authors', 'by', 'pen name', 'writer', 'fandom', 'fandoms', 'rating', 'rated', 'warning',
  'warnings', 'archive warning', 'archive warnings', 'content warning', 'content warnings', 'trigger warning',
  'trigger warnings', 'tw', 'cw', 'pairing', 'pairings', 'relationship', 'relationships', 'ship', 'ships',
  'character', 'characters', 'tag', 'tags', 'additional tags', 'freeform', 'target', 'category', 'categories',
  'genre', 'genres', 'words', 'word count', 'wordcount', 'status', 'summary', 'disclaimer', 'language', 'series',
  'chapters', 'beta', 'betas', 'beta reader', 'prompt', 'prompts', 'spoilers', 'spoiler', 'timeline', 'setting',
  'dedication', 'dedicated to', 'for', 'gift', 'recipient', 'challenge', 'universe', 'crossover', 'published',
  'updated', 'completed', 'length', 'type', 'format', 'feedback', 'archive', 'url', 'link', 'source',
  'inspiration', 'song', 'soundtrack', 'total words',
]);

/** Where a field line's parts are. */
export interface FieldStart {
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** First offset of the value (after the colon, closing `**` and spaces); may equal the line end. */
  readonly valueStart: number;
  readonly known: boolean;
}

const MAX_NAME = 32;

function isEmphasis(c: number): boolean {
  return c === 0x2a || c === 0x5f;
}

function isNameChar(c: number): boolean {
  return isWordChar(c) || c === 0x20 || c === 0x27 || c === 0x2019 || c === 0x28 || c === 0x29 || c === 0x26 || c === 0x2f || c === 0x2d;
}

/**
 * Reads a field line `text[start, end)`: optional `**`, a name of at most 32 characters, optional `**`,
 * a colon. A known name is always a field; an unknown one only when `allowUnknown`, and only if it is
 * one to three capitalised words of letters (`Favourite Colour:`), so prose like `Renji: he knew` or
 * `Note to self: run` at the top of a story is never read as a header.
 */
export function parseFieldStart(text: string, start: number, end: number, allowUnknown: boolean): FieldStart | undefined {
  let i = start;
  while (i < end && i - start < 3 && isEmphasis(text.charCodeAt(i))) i++;
  const nameStart = i;
  if (i >= end || !isWordChar(text.charCodeAt(i))) return undefined;
  while (i < end && i - nameStart <= MAX_NAME && isNameChar(text.charCodeAt(i))) i++;
  let nameEnd = i;
  while (nameEnd > nameStart && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
  while (i < end && isEmphasis(text.charCodeAt(i))) i++;
  i = skipSpaces(text, i, end);
  const colon = i < end ? text.charCodeAt(i) : 0;
  if (colon !== 0x3a && colon !== 0xff1a) return undefined;
  i++;
  if (i < end && text.charCodeAt(i) === 0x2f) return undefined; // `http://`
  while (i < end && isEmphasis(text.charCodeAt(i))) i++;
  const valueStart = skipSpaces(text, i, end);
  const name = normalizeName(text.slice(nameStart, nameEnd));
  const known = knownFieldNames.has(name);
  if (!known && !(allowUnknown && isPlainName(text, nameStart, nameEnd))) return undefined;
  return { name, nameStart, nameEnd, valueStart, known };
}

/** `Pairing(s)` → `pairings`, `Author’s  Notes` → `author's notes`. */
export function normalizeName(raw: string): string {
  return raw.toLowerCase().replace(/\(s\)/g, 's').replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();
}

/** One to three words, each an ASCII capital then letters, `'` or `-`; at most 24 characters. */
function isPlainName(text: string, start: number, end: number): boolean {
  if (end - start > 24) return false;
  let words = 0;
  let atWordStart = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      atWordStart = true;
      continue;
    }
    if (atWordStart) {
      if (!(c >= 0x41 && c <= 0x5a)) return false;
      words++;
      atWordStart = false;
    } else if (!(isAsciiLetter(c) || c === 0x27 || c === 0x2019 || c === 0x2d)) return false;
  }
  return words >= 1 && words <= 3;
}
