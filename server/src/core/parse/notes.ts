/**
 * Author's notes: the marker that opens one (`A/N`, `AN:`, `Author's Note`, with or without `**` and
 * `[ ]`/`( )`), and the test that lets a top note run on over paragraphs that read like a note.
 */
import { isAsciiLetter, isSpace, lower, startsWithCI } from './chars';

/** A note marker found at the start of a paragraph (or after `(`/`[` inside one). */
export interface NoteMarker {
  /** Offset just past the label: the marker with its colon and closing `**`, e.g. `**A/N:**`. */
  readonly labelEnd: number;
  /** The closing bracket the note opened with (`]` or `)`), or 0. */
  readonly bracket: number;
}

function isEmphasis(c: number): boolean {
  return c === 0x2a || c === 0x5f;
}

function isNoteSeparator(c: number): boolean {
  return c === 0x3a || c === 0xff1a || c === 0x2d || c === 0x2013 || c === 0x2014;
}

/**
 * False when a paragraph whose first unit is `c` cannot open with a note marker (`matchNoteMarker` is
 * then undefined): a marker opens with `a`/`A`, or with emphasis, a space or a bracket before it.
 */
export function mayOpenNote(c: number): boolean {
  return (c | 0x20) === 0x61 || isEmphasis(c) || isSpace(c) || c === 0x5b || c === 0x28;
}

/**
 * The first two units of a paragraph (ASCII, `first << 7 | second`) that may open a note marker, for the
 * first units `mayOpenNote` lets through: after `a` a marker goes on with `/`, `.`, `n` or `u` (`A/N`,
 * `A.N.`, `AN:`, `Author's`); after emphasis, a space or a bracket, with more of those or an `a`. Lets
 * the parse pass over story that opens with `A` (`As`, `After`, `A moment`) or `*` (`*I can't*`) without
 * a call of `matchNoteMarker`; 1 for a pair that may open a marker. A second unit past ASCII is never
 * ruled out here (a wide space may come before the marker).
 */
export const notePairs = new Uint8Array(0x4000);
for (let c = 0; c < 0x80; c++) {
  if (!mayOpenNote(c)) continue;
  const seconds = (c | 0x20) === 0x61 ? '/.nNuU' : '*_[( \taA';
  for (const d of seconds) notePairs[(c << 7) | d.charCodeAt(0)] = 1;
  if ((c | 0x20) !== 0x61) for (let d = 0; d < 0x80; d++) if (isSpace(d)) notePairs[(c << 7) | d] = 1;
}

/**
 * Matches a note marker at `i` (the paragraph's first non-space unit). Rules, case-insensitive, after
 * optional `*`/`_` and one `[` or `(`: `A/N` or `A.N.` not followed by a letter; `AN` followed by
 * `:` or a dash; `Author's Note(s)` / `Author’s`, `Authors'`, `Authors`, `Author` + `Note(s)`.
 */
export function matchNoteMarker(text: string, i: number, end: number): NoteMarker | undefined {
  let bracket = 0;
  let j = i;
  for (let k = 0; k < 6 && j < end; k++) {
    const c = text.charCodeAt(j);
    if (isEmphasis(c) || isSpace(c)) j++;
    else if ((c === 0x5b || c === 0x28) && bracket === 0) {
      bracket = c === 0x5b ? 0x5d : 0x29;
      j++;
    } else break;
  }
  if (j >= end || (text.charCodeAt(j) | 0x20) !== 0x61) return undefined; // every marker starts with `a`
  const m = markerEnd(text, j, end);
  if (m < 0) return undefined;
  return { labelEnd: labelEnd(text, m, end), bracket };
}

/** End of the marker words at `j`, or -1. */
function markerEnd(text: string, j: number, end: number): number {
  if (startsWithCI(text, j, end, 'a/n')) return notLetterAt(text, j + 3, end) ? j + 3 : -1;
  if (startsWithCI(text, j, end, 'a.n')) {
    const k = j + 3 < end && text.charCodeAt(j + 3) === 0x2e ? j + 4 : j + 3;
    return notLetterAt(text, k, end) ? k : -1;
  }
  if (startsWithCI(text, j, end, 'an') && notLetterAt(text, j + 2, end)) {
    let k = j + 2;
    while (k < end && (isSpace(text.charCodeAt(k)) || isEmphasis(text.charCodeAt(k)))) k++;
    return k < end && isNoteSeparator(text.charCodeAt(k)) ? j + 2 : -1;
  }
  if (!startsWithCI(text, j, end, 'author')) return -1;
  let k = j + 6;
  const c = k < end ? text.charCodeAt(k) : 0;
  if (c === 0x27 || c === 0x2019) {
    k++;
    if (k < end && lower(text.charCodeAt(k)) === 0x73) k++;
  } else if (lower(c) === 0x73) {
    k++;
    if (k < end && (text.charCodeAt(k) === 0x27 || text.charCodeAt(k) === 0x2019)) k++;
  }
  if (k >= end || !isSpace(text.charCodeAt(k))) return -1;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (!startsWithCI(text, k, end, 'note')) return -1;
  k += 4;
  if (k < end && lower(text.charCodeAt(k)) === 0x73) k++;
  return notLetterAt(text, k, end) ? k : -1;
}

function notLetterAt(text: string, k: number, end: number): boolean {
  return k >= end || !isAsciiLetter(text.charCodeAt(k));
}

/** Extends a marker over `**`, one `:` or dash, and a closing `**` (`**A/N:**`, `**A/N**:`). */
function labelEnd(text: string, m: number, end: number): number {
  let k = m;
  let last = m;
  while (k < end && isEmphasis(text.charCodeAt(k))) last = ++k;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k < end && isNoteSeparator(text.charCodeAt(k))) {
    last = ++k;
    while (k < end && isEmphasis(text.charCodeAt(k))) last = ++k;
  }
  return last;
}

/** Words that mark a paragraph as talk about the fic rather than story. */
const noteWords = new Set([
  'review', 'reviews', 'reviewed', 'reviewing', 'reviewers', 'reviewer', 'enjoy', 'enjoyed', 'thanks', 'thank',
  'thx', 'disclaimer', 'disclaimers', 'fic', 'fics', 'fanfic', 'fanfics', 'fanfiction', 'ficlet', 'oneshot',
  'one-shot', 'drabble', 'drabbles', 'chapter', 'chapters', 'update', 'updates', 'updated', 'updating', 'beta',
  'betas', 'betaed', "beta'd", 'kudos', 'comment', 'comments', 'favorite', 'favourite', 'favorites',
  'favourites', 'fave', 'prompt', 'prompts', 'dedicated', 'dedication', 'ooc', 'au', 'canon', 'spoilers',
  'spoiler', 'lol', 'xoxo', 'xd', 'lmao', 'omg', 'readers', 'author', 'authors', 'fandom', 'otp', 'ao3', 'ffn',
  'wattpad', 'tumblr', 'sequel', 'prequel', 'hiatus', 'posted', 'cliffhanger', 'feedback', 'flames', 'pm',
]);
const denials = new Set(["don't", 'dont', 'not', "doesn't", "didn't", 'never']);

/** Paragraphs longer than this are story, whatever their words (bounds the work of the test). */
const MAX_NOTE_LIKE = 1500;

/**
 * Whether the paragraph `text[start, end)` reads like a note: it does not open with dialogue, and it has
 * a note word (`review`, `chapter`, `disclaimer`, `beta`, `kudos`...), `don't own`, or an emoticon
 * (`:)`, `:D`, `;)`, `<3`, `^^`).
 */
export function isNoteLike(text: string, start: number, end: number): boolean {
  if (end - start > MAX_NOTE_LIKE) return false;
  const first = text.charCodeAt(start);
  if (first === 0x22 || first === 0x201c) return false;
  let prev = '';
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c) || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        const joiner = (d === 0x27 || d === 0x2019 || d === 0x2d) && j + 1 < end && isAsciiLetter(text.charCodeAt(j + 1));
        if (!(isAsciiLetter(d) || (d >= 0x30 && d <= 0x39) || joiner)) break;
        j++;
      }
      let word = text.slice(i, j).toLowerCase();
      if (word.includes('\u2019')) word = word.replace(/\u2019/g, "'");
      if (noteWords.has(word) || (word === 'own' && denials.has(prev)) || (prev === 'own' && word === 'nothing')) return true;
      prev = word;
      i = j;
      continue;
    }
    if (i + 1 < end && isEmoticon(c, text.charCodeAt(i + 1))) return true;
    i++;
  }
  return false;
}

function isEmoticon(c: number, d: number): boolean {
  if (c === 0x3a || c === 0x3b) return d === 0x29 || d === 0x28 || d === 0x44 || d === 0x50 || d === 0x70 || d === 0x33;
  if (c === 0x3c) return d === 0x33;
  return c === 0x5e && d === 0x5e;
}

/**
 * Where a bracketed note closes: the offset just past the `close` bracket that balances the one opened
 * before `from`, scanning `text[from, end)` with `depth` open brackets; or the depth left open, negated
 * minus one (so a result < 0 means "still open with depth -result-1").
 */
export function findClosingBracket(text: string, from: number, end: number, close: number, depth: number): number {
  const open = close === 0x5d ? 0x5b : 0x28;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return -depth - 1;
}
