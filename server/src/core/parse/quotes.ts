/**
 * Step 4 of the parse, per paragraph: dialogue, thoughts and inline `(A/N: ...)` notes. The only state
 * carried between paragraphs is whether a speech is open, so an incremental reparse can rescan one
 * paragraph at a time (see `scanInline`).
 *
 * Dialogue: `"` opens when followed by a non-space; `“` always opens. Inside dialogue a `"` after a
 * space and before a non-space opens a nested quote, any other `"` (or `”`) closes one level; nested
 * quotes and every single quote, `*` and `_` inside dialogue stay dialogue.
 * Thoughts: `'` `‘` `’` `*` `_` classified by their neighbours (see `classifySingle`) and paired by
 * `Candidates` (see thoughts.ts) between dialogues.
 */
import type { AuthorNote, Quote } from '../model';
import { scanWords, type SpanBuffer } from '../count/wordScanner';
import { asciiWordAt, isSpace, isWordChar } from './chars';
import { findClosingBracket, matchNoteMarker } from './notes';
import { CLOSE, Candidates, OPEN, SINGLE, STAR, UNDER, WEAK_CLOSE, WEAK_OPEN } from './thoughts';

/** A quote while its paragraph is scanned (the public `Quote` is read-only). */
export interface MutableQuote extends Quote {
  end: number;
  closed: boolean;
  continued: boolean;
}

/** Where `scanInline` puts what it finds (appended in text order). */
export interface InlineOut {
  readonly quotes: MutableQuote[];
  readonly notes: AuthorNote[];
}

/** Words after a leading apostrophe that make it an elision, not a thought: `'Cause`, `'em`, `'til`. */
const elisions = new Set([
  'cause', 'cuz', 'cos', 'coz', 'em', 'til', 'till', 'tis', 'twas', 'twere', 'twill', 'twould', 'nother', 'kay',
  'bout', 'round', 'fraid', 'scuse', 'sup', 'ello', 'ey', 'ow', 'ere', 'im', 'er',
]);

const candidates = new Candidates();

/** Where `sink` appends thoughts: the quotes list of the `scanInline` call running now. */
let sinkQuotes: MutableQuote[] = [];
/** Created once, not per paragraph: a closure per call costs more than the scan of a short paragraph. */
const sink = (s: number, e: number, style: Quote['style']): void => {
  sinkQuotes.push({ start: s, end: e, kind: 'thought', style, closed: true, continues: false, continued: false });
};

/**
 * A run of units the inline scan can step over: all but the delimiters and line breaks. Skipped with a
 * sticky `test` (native, no allocation, one call per delimiter, never past the current line), which is
 * about twice as fast as a `charCodeAt` loop over prose.
 */
const plainRun = /[^"'*_(\[\u2018\u2019\u201c\u201d\n\r]*/y;

/** Whether the paragraph `text[start, end)` (trimmed) opens with a dialogue quote: it may continue a speech. */
export function opensDialogue(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  if (c === 0x201c) return true;
  return c === 0x22 && start + 1 < end && !isBlank(text.charCodeAt(start + 1));
}

/**
 * Scans the prose paragraph `text[start, end)` (trimmed) for dialogue, thoughts and inline notes, and
 * appends them to `out`. `continues`: a speech left open by the previous paragraph goes on here (the
 * caller checked `opensDialogue`), so the first dialogue is marked `continues`. Returns the index in
 * `out.quotes` of the dialogue left open at the end of the paragraph, or -1. Linear; never throws.
 */
export function scanInline(text: string, start: number, end: number, continues: boolean, out: InlineOut): number {
  beginInline(text, start, end, continues, out);
  let i = start;
  while (i < end) {
    plainRun.lastIndex = i;
    plainRun.test(text);
    i = plainRun.lastIndex;
    if (i >= end) break;
    inlineAt(i);
    i = resume;
  }
  return endInline();
}

/**
 * Scans the prose paragraph `text[start, end)` for its words (into `words`) and, in the same pass, for
 * what `scanInline` finds: the word scan reports each delimiter to `inlineAt`. Same results as
 * `scanWords` then `scanInline`, one walk over the text instead of two.
 */
export function scanProse(text: string, start: number, end: number, continues: boolean, out: InlineOut, words: SpanBuffer): number {
  beginInline(text, start, end, continues, out);
  scanWords(text, start, end, words, inlineAt);
  return endInline();
}

// The paragraph being scanned. Module state rather than an object or closures: one paragraph is scanned
// at a time, and the delimiter handler is called from the word scan's loop.
let pText = '';
let pStart = 0;
let pEnd = 0;
const idle: InlineOut = { quotes: [], notes: [] };
let pOut: InlineOut = idle;
let depth = 0; // dialogue nesting
let dialogue: MutableQuote | undefined; // the dialogue open now
let continuesAt = -1; // where an opening quote carries on an open speech
let resume = 0; // delimiters before this offset were stepped over (inside a note, `'n'`, a `**` run)

function beginInline(text: string, start: number, end: number, continues: boolean, out: InlineOut): void {
  pText = text;
  pStart = start;
  pEnd = end;
  pOut = out;
  sinkQuotes = out.quotes;
  depth = 0;
  dialogue = undefined;
  continuesAt = continues ? start : -1;
  resume = start;
  candidates.clear();
}

function endInline(): number {
  candidates.match(pText, sink);
  const quotes = pOut.quotes;
  const open = dialogue;
  // Let go of the text and the lists (module state must not keep a closed document alive).
  dialogue = undefined;
  pText = '';
  pOut = idle;
  sinkQuotes = idle.quotes;
  return open ? quotes.lastIndexOf(open) : -1;
}

/** Handles the delimiter at `i` (one of `stopUnits`), unless an earlier one stepped over it. */
function inlineAt(i: number): void {
  if (i < resume) return;
  const text = pText;
  const start = pStart;
  const end = pEnd;
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x0d) {
    // Fics pasted with single line breaks: a line that opens a quote while a speech is open carries
    // the speech on, exactly as a new paragraph would.
    const next = skipBlank(text, i, end);
    if (dialogue && opensDialogue(text, next, end)) {
      let e = i;
      while (e > dialogue.start && isSpace(text.charCodeAt(e - 1))) e--;
      dialogue.end = e;
      dialogue.continued = true;
      dialogue = undefined;
      depth = 0;
      continuesAt = next;
    }
    resume = next;
    return;
  }
  if (c === 0x22 || c === 0x201c || c === 0x201d) {
    const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
    const opens = c === 0x201c || (c === 0x22 && !isBlank(next) && (depth === 0 || isBlank(prev) || prev === 0x28 || prev === 0x5b));
    if (depth === 0) {
      if (opens) {
        candidates.match(text, sink);
        dialogue = { start: i, end, kind: 'dialogue', style: c === 0x22 ? 'straight' : 'curly', closed: false, continues: i === continuesAt, continued: false };
        pOut.quotes.push(dialogue);
        depth = 1;
      }
    } else if (opens) {
      depth++;
    } else if (--depth === 0 && dialogue) {
      dialogue.end = i + 1;
      dialogue.closed = true;
      dialogue = undefined;
    }
    resume = i + 1;
    return;
  }
  if (depth > 0) resume = i + 1;
  else if (c === 0x27 || c === 0x2018 || c === 0x2019) resume = classifySingle(text, start, end, i, c);
  else if (c === 0x2a || c === 0x5f) resume = classifyEmphasis(text, start, end, i, c);
  else if ((c === 0x28 || c === 0x5b) && i > start) resume = inlineNote(text, end, i, pOut);
  else resume = i + 1;
}

/** Whitespace or a line break (a paragraph may hold several lines). */
function isBlank(c: number): boolean {
  if (c < 0x80) return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0b || c === 0x0c;
  return isSpace(c);
}

/** `isWordChar` with ASCII decided here: called for both neighbours of every apostrophe. */
function wordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return isWordChar(c);
}

/** Offset of the first unit after `i` that is neither whitespace nor a line break (or `end`). */
function skipBlank(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

function isOpeningPunct(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f;
}

/**
 * A single quote at `i`. Letters on both sides: apostrophe (`won't`). Space on both sides: nothing.
 * Opening position (start, space or punctuation before, non-space after): an opener, or an elision
 * when a known elision word or a digit follows (`'Cause`, `'90s`); `'n'` is skipped whole. Closing
 * position (non-space before, non-letter after): a closer, weak after `s` or `in` (`Potters'`, `goin'`).
 * `‘` never closes. Returns the offset to continue from.
 */
function classifySingle(text: string, start: number, end: number, i: number, c: number): number {
  const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
  const prevWord = wordChar(prev);
  const nextWord = wordChar(next);
  if (prevWord && nextWord) return i + 1;
  const prevSpace = isBlank(prev);
  const nextSpace = isBlank(next);
  if (prevSpace && nextSpace) return i + 1;
  const opening = !prevWord && !nextSpace && (nextWord || prevSpace || isOpeningPunct(prev));
  if (opening) {
    if (next >= 0x30 && next <= 0x39) {
      candidates.push(i, SINGLE, WEAK_OPEN);
      return i + 1;
    }
    const word = nextWord ? asciiWordAt(text, i + 1, end, 8) : '';
    const after = i + 1 + word.length;
    const afterCode = after < end ? text.charCodeAt(after) : 0x20;
    if (word === 'n' && (afterCode === 0x27 || afterCode === 0x2019)) return after + 1; // rock 'n' roll
    const elision = word !== '' && elisions.has(word) && !wordChar(afterCode);
    candidates.push(i, SINGLE, elision ? WEAK_OPEN : OPEN);
    return i + 1;
  }
  if (c === 0x2018 || prevSpace) return i + 1;
  const weak = i - 2 >= start && wordChar(text.charCodeAt(i - 2)) && (prev === 0x73 || prev === 0x53 || (prev === 0x6e && text.charCodeAt(i - 2) === 0x69));
  candidates.push(i, SINGLE, weak ? WEAK_CLOSE : CLOSE);
  return i + 1;
}

/**
 * `*` or `_` at `i`. A run of two or more (`**bold**`, `__init__`) is skipped; letters on both sides
 * (`f*ck`, `snake_case`) or spaces on both sides (`2 * 3`) make nothing; otherwise an opener before a
 * non-space, a closer after one.
 */
function classifyEmphasis(text: string, start: number, end: number, i: number, c: number): number {
  const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
  if (next === c || prev === c) {
    let j = i;
    while (j < end && text.charCodeAt(j) === c) j++;
    return j;
  }
  const prevWord = wordChar(prev);
  const nextWord = wordChar(next);
  const prevSpace = isBlank(prev);
  const nextSpace = isBlank(next);
  if ((prevWord && nextWord) || (prevSpace && nextSpace)) return i + 1;
  const group = c === 0x2a ? STAR : UNDER;
  if (!prevWord && !nextSpace && (nextWord || prevSpace || isOpeningPunct(prev))) candidates.push(i, group, OPEN);
  else if (!prevSpace) candidates.push(i, group, CLOSE);
  return i + 1;
}

/** `(A/N: ...)` or `[AN: ...]` at `i`: a note to the matching bracket (or the paragraph end). */
function inlineNote(text: string, end: number, i: number, out: InlineOut): number {
  const marker = matchNoteMarker(text, i, end);
  if (!marker || marker.bracket === 0) return i + 1;
  const close = findClosingBracket(text, i + 1, end, marker.bracket, 1);
  const noteEnd = close >= 0 ? close : end;
  out.notes.push({ start: i, end: noteEnd, inline: true, position: 'body', label: { start: i, end: marker.labelEnd } });
  return noteEnd;
}
