/**
 * The header: the leading block before the story. A title line, an optional tags line right after it,
 * an optional `by Author` line, and `Name: value` fields whose values run on until a blank line. The
 * header is taken whole paragraphs at a time and only when something confirms it (a tags line, a
 * by-line or a known field), so a story that starts straight with prose never loses its first paragraph.
 */
import type { Header, HeaderField, Paragraph, Span } from '../model';
import { asciiWordAt, isAsciiLetter, isSpace, isWordChar, startsWithCI } from './chars';
import { speechDashAt } from './conventions';
import { parseFieldStart } from './fields';
import { matchNoteMarker } from './notes';
import type { Lines } from './paragraphs';
import { BLOCK_PROSE as PROSE_, type Blocks } from './types';

// Block kinds as local constants: an imported binding is read through a getter under the test runner's
// module transform, once per block.
const BLOCK_PROSE = PROSE_;

export interface HeaderResult {
  readonly header: Header;
  /** The header's paragraphs: one per title, tags line and field (a field with its run-on lines). */
  readonly paragraphs: Paragraph[];
  /** Index of the first block after the header. */
  readonly next: number;
}

interface Draft {
  title?: Span;
  tags?: Span;
  fields: HeaderField[];
  paragraphs: Paragraph[];
  confirmed: boolean;
  /** The last line read was the title (a tags or by-line may follow). */
  afterTitle: boolean;
}

/**
 * Reads a header starting at `blocks[b0]`, or returns undefined when the text there is not one.
 * Work is bounded by the lines of the blocks it accepts, plus the first line of the block that ends it.
 */
export function detectHeader(text: string, lines: Lines, blocks: Blocks, b0: number): HeaderResult | undefined {
  const d: Draft = { fields: [], paragraphs: [], confirmed: false, afterTitle: false };
  let b = b0;
  for (; b < blocks.count; b++) {
    if (blocks.kind[b] !== BLOCK_PROSE || matchNoteMarker(text, blocks.start[b]!, blocks.end[b]!)) break;
    if (!takeBlock(text, lines, blocks.line0[b]!, blocks.line1[b]!, d, b === b0)) break;
  }
  if (b === b0 || !d.confirmed) return undefined;
  const first = d.paragraphs[0]!;
  const last = d.paragraphs[d.paragraphs.length - 1]!;
  const header: Header = { start: first.start, end: last.end, title: d.title, tags: d.tags, fields: d.fields };
  return { header, paragraphs: d.paragraphs, next: b };
}

/**
 * Reads every line of `block` into the draft and returns true, or leaves the draft as it was and
 * returns false if one line does not fit (a header is made of whole paragraphs).
 */
function takeBlock(text: string, lines: Lines, line0: number, line1: number, d: Draft, isFirst: boolean): boolean {
  const saved = { title: d.title, tags: d.tags, confirmed: d.confirmed, afterTitle: d.afterTitle, fields: d.fields.length, paragraphs: d.paragraphs.length };
  let field: { nameStart: number; nameEnd: number; name: string; start: number; valueStart: number; end: number } | undefined;
  const flush = () => {
    if (!field) return;
    const valueSpan = field.valueStart < field.end ? { start: field.valueStart, end: field.end } : { start: field.nameEnd, end: field.nameEnd };
    d.fields.push({ start: field.start, end: field.end, name: field.name, nameSpan: { start: field.nameStart, end: field.nameEnd }, valueSpan });
    d.paragraphs.push({ start: field.start, end: field.end, kind: 'field' });
    field = undefined;
  };
  for (let k = line0; k < line1; k++) {
    const s = lines.start[k]!;
    const e = lines.end[k]!;
    const atStart = isFirst && k === line0;
    const f = parseFieldStart(text, s, e, d.confirmed);
    if (f) {
      flush();
      field = { nameStart: f.nameStart, nameEnd: f.nameEnd, name: f.name, start: s, valueStart: f.valueStart, end: e };
      if (f.known) d.confirmed = true;
      if (f.name === 'title' && !d.title && f.valueStart < e) d.title = { start: f.valueStart, end: e };
      d.afterTitle = false;
    } else if (atStart && isTitleLike(text, s, e)) {
      d.title = stripEmphasis(text, s, e);
      d.paragraphs.push({ start: s, end: e, kind: 'title' });
      d.afterTitle = true;
    } else if (d.afterTitle && !d.tags && isTagsLike(text, s, e)) {
      d.tags = { start: s, end: e };
      d.paragraphs.push({ start: s, end: e, kind: 'tags' });
      d.confirmed = true;
    } else if (d.title && d.fields.length === 0 && !field && isByLine(text, s, e)) {
      d.fields.push({ start: s, end: e, name: 'by', nameSpan: { start: s, end: s + 2 }, valueSpan: { start: skipTo(text, s + 2, e), end: e } });
      d.paragraphs.push({ start: s, end: e, kind: 'field' });
      d.confirmed = true;
      d.afterTitle = false;
    } else if (field) {
      if (field.valueStart >= field.end) field.valueStart = s;
      field.end = e;
    } else {
      d.title = saved.title;
      d.tags = saved.tags;
      d.confirmed = saved.confirmed;
      d.afterTitle = saved.afterTitle;
      d.fields.length = saved.fields;
      d.paragraphs.length = saved.paragraphs;
      return false;
    }
  }
  flush();
  return true;
}

function skipTo(text: string, i: number, e: number): number {
  while (i < e && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The span without `*`/`_`/`#` decoration at either end (`**My Title**` → `My Title`). */
function stripEmphasis(text: string, s: number, e: number): Span {
  const deco = (c: number) => c === 0x2a || c === 0x5f || c === 0x23 || isSpace(c);
  let a = s;
  let z = e;
  while (a < z && deco(text.charCodeAt(a))) a++;
  while (z > a && deco(text.charCodeAt(z - 1))) z--;
  return a < z ? { start: a, end: z } : { start: s, end: e };
}

/**
 * A title: at most 120 characters and 15 words, with a letter or digit; no sentence punctuation at the
 * end (`.`, `,`, `;`, `:`, though an ellipsis is fine); no double quote except around the whole line.
 * A prose first line (`"Run!" she said.`, `He ran.`) fails; a short unpunctuated one still needs a
 * tags line, by-line or field after it to make a header.
 */
export function isTitleLike(text: string, s: number, e: number): boolean {
  if (e - s > 120) return false;
  if (opensSpeech(text, s, e)) return false;
  let words = 1;
  let hasWord = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 && i + 1 < e && text.charCodeAt(i + 1) !== 0x20) words++;
    else if ((c === 0x22 || c === 0x201c || c === 0x201d) && i !== s && i !== e - 1) return false;
    else if ((c === 0x201e || c === 0xab || c === 0x300c || c === 0x300e) && i !== s) return false;
    else if (!hasWord && isWordChar(c)) hasWord = true;
  }
  if (!hasWord || words > 15) return false;
  const last = text.charCodeAt(e - 1);
  if (last === 0x2e) return e - s >= 3 && text.charCodeAt(e - 2) === 0x2e && text.charCodeAt(e - 3) === 0x2e;
  return last !== 0x2c && last !== 0x3b && last !== 0x3a;
}

/** Closing marks that may end a quoted title (`"Don't Go"`, `'Run'`, `«Nuit»`, `„Nacht“`, `「夜」`). */
const closers = new Set([0x22, 0x201d, 0x201c, 0x27, 0x2019, 0xbb, 0xab, 0x300d, 0x300f]);

/**
 * A line that opens like speech in any convention: a quotation mark (`"` `“` `„` `«` `»` `'` `‘`
 * `「` `『`) that the line does not close at its very end (a quoted title is still a title), or a
 * speech dash (`— Bonjour`, `—Hola`, `- Привет`). Such a first paragraph is story, never a header.
 */
export function opensSpeech(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (speechDashAt(text, s, e) >= 0) return true;
  const quote = c === 0x22 || c === 0x201c || c === 0x201e || c === 0xab || c === 0xbb || c === 0x27 || c === 0x2018 || c === 0x300c || c === 0x300e;
  if (!quote) return false;
  if (e - s < 2 || isSpace(text.charCodeAt(s + 1))) return c !== 0x27 && c !== 0x22; // `« Bonjour` opens; `' '` does not
  if (!closers.has(text.charCodeAt(e - 1))) return true;
  // `"Run!"`, `'Harry?'`: punctuation before the closing mark makes it a line of speech.
  const before = e - 2 > s ? text.charCodeAt(e - 2) : 0;
  return before === 0x21 || before === 0x3f || before === 0x2e || before === 0x2c || before === 0x2026 || before === 0x3002 || before === 0xff01 || before === 0xff1f;
}

/** Words that mark a line as tags (`One-shot`, `Drabble`, `Fluff`, ratings...). */
const tagWords = new Set([
  'oneshot', 'one-shot', 'oneshots', 'one-shots', 'drabble', 'drabbles', 'double-drabble', 'ficlet', 'fluff',
  'angst', 'au', 'ooc', 'crack', 'crackfic', 'humor', 'humour', 'romance', 'friendship', 'drama', 'tragedy', 'smut',
  'lemon', 'lime', 'pwp', 'songfic', 'multichapter', 'multi-chapter', 'complete', 'wip', 'gen', 'het', 'slash',
  'femslash', 'yaoi', 'yuri', 'shonen-ai', 'shounen-ai', 'shoujo-ai', 'fix-it', 'hurt', 'comfort', 'hurt-comfort',
  'vignette', 'poem', 'poetry', 'rated', 'rating', 'sequel', 'prequel', 'collection', 'k', 'k+', 't', 'm', 'ma',
  'pg', 'pg-13', 'nc-17', 'teen', 'mature', 'explicit', 'x-reader', 'reader-insert', 'canon-compliant',
  'canon-divergent', 'missing-scene', 'post-canon', 'pre-canon', 'modern-au', 'ship', 'otp',
]);

/**
 * A tags line (only right after the title): at most 150 characters, no double quotes, no sentence
 * punctuation at the end; and a ship (`Hermione/Ron`, `A & B`, `A x B`) or a tag word (`One-shot`,
 * `Drabble`, `Fluff`, a rating).
 */
export function isTagsLike(text: string, s: number, e: number): boolean {
  if (e - s > 150) return false;
  const last = text.charCodeAt(e - 1);
  if (last === 0x2e || last === 0x3f || last === 0x21 || last === 0x2c || last === 0x3b || last === 0x3a) return false;
  let tagged = false;
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x300c || c === 0x300e) return false;
    if ((c === 0x2f || c === 0x26 || c === 0x2b || c === 0xd7) && i > s) tagged = true;
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < e && (isAsciiLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2d || text.charCodeAt(j) === 0x2b || (text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39))) j++;
      const w = text.slice(i, j).toLowerCase();
      if (tagWords.has(w) || (w === 'x' && i > s && j < e && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(j) === 0x20)) tagged = true;
      if (w === 'shot' && i >= s + 4 && startsWithCI(text, i - 4, e, 'one ')) tagged = true;
      i = j;
      continue;
    }
    i++;
  }
  return tagged;
}

/** `by Name` / `written by Name` right under the title: short, with no sentence punctuation at the end. */
function isByLine(text: string, s: number, e: number): boolean {
  if (e - s > 60 || asciiWordAt(text, s, e, 2) !== 'by' || !isSpace(text.charCodeAt(s + 2))) return false;
  const last = text.charCodeAt(e - 1);
  return last !== 0x2e && last !== 0x2c && last !== 0x21 && last !== 0x3f && isWordChar(text.charCodeAt(skipTo(text, s + 2, e)));
}
