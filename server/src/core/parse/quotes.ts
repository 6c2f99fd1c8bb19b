/**
 * Step 4 of the parse, per paragraph: dialogue, thoughts, emphasis and inline `(A/N: ...)` notes. The
 * only state carried between paragraphs is whether a speech is open, so an incremental reparse can
 * rescan one paragraph at a time (see `scanInline`). The dialogue convention (conventions.ts) is set
 * once per document with `useConvention`.
 *
 * Dialogue is a stack of open quotation levels, each of a family that says what closes it:
 * - `"` opens when followed by a non-space; `“` always opens; inside dialogue a `"` after a space and
 *   before a non-space opens a nested quote, any other `"` (or `”`) closes the nearest double level;
 * - `„` opens a level that `“`, `”` or `"` closes (German); `«` opens one that `»` closes; `»` (not in
 *   fr) opens one that `«` closes; `「`/`『` open levels that `」`/`』` close;
 * - en-GB: a single-quote opener opens speech when a closer follows it in the paragraph (or it opens the
 *   paragraph); a closer closes it, a weak closer (`Potters'`) only when it is the last one (singles.ts);
 * - dash conventions: a paragraph (or line) that opens with a speech dash is speech; inside it a dash
 *   that is not inside a word (`—dijo`, ` — сказал`) ends the speech and starts the narrator's incise,
 *   and the next dash starts the speech again. A dash speech ends with its paragraph (never unclosed).
 * Everything inside dialogue is dialogue. Thoughts: `'` `‘` `’` `*` `_` judged by their neighbours and
 * paired by `Candidates` (thoughts.ts) between dialogues; a pair that reads as emphasis is emphasis
 * (italics.ts).
 */
import type { AuthorNote, Quote, QuoteKind, QuoteStyle } from '../model';
import { scanWords, type SpanBuffer } from '../count/wordScanner';
import { isSpace, isWordChar } from './chars';
import { conventionFlags, isDashUnit, speechDashAt, type ConventionFlags, type DialogueStyle } from './conventions';
import { splitFrenchIncises } from './incises';
import { isEmphasis } from './italics';
import { findClosingBracket, matchNoteMarker } from './notes';
import { NO_ROLE, SingleRoles, SKIP_N, singleRole } from './singles';
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

// Families of dialogue levels: what closes each.
const F_DOUBLE = 1; // " “ → " ”
const F_LOW = 2; // „ → “ ” "
const F_FR = 3; // « → »
const F_DE = 4; // » → «
const F_CORNER = 5; // 「 → 」
const F_WCORNER = 6; // 『 → 』
const F_SINGLE = 7; // en-GB ' ‘ → ' ’
const F_DASH = 8; // a speech dash → the next incise dash, or the paragraph's end
const F_CONT = 9; // a speech carried on by a dash (fr): any closing quotation mark
const MAX_DEPTH = 64;

let flags: ConventionFlags = conventionFlags('en-US');

/** Sets the convention every following scan reads dialogue with (module state, like the scan's own). */
export function useConvention(style: DialogueStyle): void {
  flags = conventionFlags(style);
}

const candidates = new Candidates();
const singles = new SingleRoles();

/** Where `sink` appends thoughts: the quotes list of the `scanInline` call running now. */
let sinkQuotes: MutableQuote[] = [];
/** Created once, not per paragraph: a closure per call costs more than the scan of a short paragraph. */
const sink = (s: number, e: number, style: QuoteStyle): void => {
  const kind: QuoteKind = isEmphasis(pText, s, e, pStart, pEnd) ? 'emphasis' : 'thought';
  sinkQuotes.push({ start: s, end: e, kind, style, closed: true, continues: false, continued: false });
};

/**
 * A run of units the inline scan can step over: all but the delimiters and line breaks. Skipped with a
 * sticky `test` (native, no allocation, one call per delimiter, never past the current line), which is
 * about twice as fast as a `charCodeAt` loop over prose.
 */
const plainRun = /[^"'*_(\[\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u300c-\u300f\n\r]*/y;
const plainRunDashes = /[^"'*_(\[\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u300c-\u300f\u2013-\u2015\-\n\r]*/y;

/**
 * Whether the paragraph `text[start, end)` (trimmed) opens with a dialogue quote, in the convention set
 * by `useConvention`: it may carry on a speech the paragraph before left open.
 */
export function opensDialogue(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  const next = start + 1 < end ? text.charCodeAt(start + 1) : 0x20;
  switch (c) {
    case 0x201c:
    case 0x201e:
    case 0xab:
    case 0x300c:
    case 0x300e:
      return true;
    case 0x22:
      return !isBlank(next);
    case 0xbb:
      return flags.frenchGuillemets || !isBlank(next);
    case 0x27:
    case 0x2018:
    case 0x2019:
      return flags.singleSpeech && !isBlank(next);
    default:
      return flags.dashSpeech && speechDashAt(text, start, end) >= 0;
  }
}

/**
 * Scans the prose paragraph `text[start, end)` (trimmed) for dialogue, thoughts, emphasis and inline
 * notes, and appends them to `out`. `continues`: a speech left open by the previous paragraph goes on
 * here (the caller checked `opensDialogue`), so the first dialogue is marked `continues`; `openStyle` is
 * that speech's style. Returns the index in `out.quotes` of the dialogue left open at the end of the
 * paragraph, or -1. Linear; never throws.
 */
export function scanInline(text: string, start: number, end: number, continues: boolean, out: InlineOut, openStyle?: QuoteStyle): number {
  beginInline(text, start, end, continues, out, openStyle);
  const run = flags.dashSpeech ? plainRunDashes : plainRun;
  let i = start;
  while (i < end) {
    run.lastIndex = i;
    run.test(text);
    i = run.lastIndex;
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
export function scanProse(text: string, start: number, end: number, continues: boolean, out: InlineOut, words: SpanBuffer, openStyle?: QuoteStyle): number {
  beginInline(text, start, end, continues, out, openStyle);
  scanWords(text, start, end, words, stopAt, flags.dashSpeech);
  return endInline();
}

/**
 * The word scan's stop handler. An apostrophe between two ASCII letters or digits (`didn't`, `Renji's`),
 * most of the stops in English prose, is no delimiter in any convention (`singleThought` and
 * `singleRole` pass over a quote with word characters on both sides), so it is passed over here, in a
 * function small enough to be inlined into the word scan, without a call of the full handler.
 */
function stopAt(i: number): void {
  const text = pText;
  const c = text.charCodeAt(i);
  if ((c === 0x27 || c === 0x2019) && i > pStart && i + 1 < pEnd && asciiAlnum(text.charCodeAt(i - 1)) && asciiAlnum(text.charCodeAt(i + 1))) return;
  inlineAt(i);
}

function asciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

// The paragraph being scanned. Module state rather than an object or closures: one paragraph is scanned
// at a time, and the delimiter handler is called from the word scan's loop.
let pText = '';
let pStart = 0;
let pEnd = 0;
const idle: InlineOut = { quotes: [], notes: [] };
let pOut: InlineOut = idle;
const stack = new Uint8Array(MAX_DEPTH); // the family of each open dialogue level
let depth = 0; // dialogue nesting
let dialogue: MutableQuote | undefined; // the dialogue open now
let continuesAt = -1; // where an opening quote carries on an open speech
let continuing: QuoteStyle | undefined; // the style of that speech
let lineStart = 0; // where the current line's text starts
let incise = false; // in a dash paragraph, between an incise dash and the next dash
let elisionAt = -1; // en-GB: the first elision since the last speech (`'Cause I said so,'`)
let weakCloseAt = -1; // en-GB: the last weak closer inside the single-quoted speech open now
let firstQuote = 0; // the paragraph's first quote in the output list
let resume = 0; // delimiters before this offset were stepped over (inside a note, `'n'`, a `**` run)

function beginInline(text: string, start: number, end: number, continues: boolean, out: InlineOut, openStyle: QuoteStyle | undefined): void {
  pText = text;
  pStart = start;
  pEnd = end;
  pOut = out;
  sinkQuotes = out.quotes;
  depth = 0;
  dialogue = undefined;
  continuesAt = continues ? start : -1;
  continuing = continues ? openStyle : undefined;
  lineStart = start;
  incise = false;
  elisionAt = -1;
  resume = start;
  firstQuote = out.quotes.length;
  candidates.clear();
  if (flags.singleSpeech) singles.fill(text, start, end, flags.lowSingles);
}

function endInline(): number {
  candidates.match(pText, sink);
  const quotes = pOut.quotes;
  let open = dialogue;
  if (open && stack[0] === F_DASH) {
    open.closed = true; // a dash speech ends with its paragraph
    open = undefined;
  }
  if (flags.frenchGuillemets) open = splitFrenchIncises(pText, quotes, firstQuote, open);
  // Let go of the text and the lists (module state must not keep a closed document alive).
  dialogue = undefined;
  pText = '';
  pOut = idle;
  sinkQuotes = idle.quotes;
  return open ? quotes.lastIndexOf(open) : -1;
}

/** Opens a dialogue at `i` of `family` (depth 0), flushing the thoughts before it. */
function openDialogue(i: number, family: number, style: QuoteStyle): void {
  candidates.match(pText, sink);
  dialogue = { start: i, end: pEnd, kind: 'dialogue', style, closed: false, continues: i === continuesAt, continued: false };
  pOut.quotes.push(dialogue);
  stack[0] = family;
  depth = 1;
  elisionAt = -1;
  weakCloseAt = -1;
}

/** Pushes a nested level (ignored past `MAX_DEPTH`). */
function push(family: number): void {
  if (depth < MAX_DEPTH) stack[depth++] = family;
}

/** Closes the nearest open level whose family is `a`, `b` or `c` (and every level above it). */
function closeLevel(i: number, a: number, b = a, c = b): boolean {
  for (let k = depth - 1; k >= 0; k--) {
    const f = stack[k]!;
    if (f === a || f === b || f === c || f === F_CONT) {
      depth = k;
      if (k === 0 && dialogue) {
        dialogue.end = i + 1;
        dialogue.closed = true;
        dialogue = undefined;
      }
      return true;
    }
  }
  return false;
}

/** The nearest open level of the double-quote kind (`"`, `“` or `„`), or 0. */
function nearestDouble(): number {
  for (let k = depth - 1; k >= 0; k--) {
    const f = stack[k]!;
    if (f === F_DOUBLE || f === F_LOW) return f;
  }
  return 0;
}

/** The family a speech carried on from the paragraph before takes, by its style. */
function familyOf(style: QuoteStyle | undefined, c: number): number {
  switch (c) {
    case 0x22:
    case 0x201c:
      return F_DOUBLE;
    case 0x201e:
      return F_LOW;
    case 0xab:
      return F_FR;
    case 0xbb:
      return flags.frenchGuillemets ? F_FR : F_DE;
    case 0x300c:
      return F_CORNER;
    case 0x300e:
      return F_WCORNER;
    case 0x27:
    case 0x2018:
    case 0x2019:
      return F_SINGLE;
    default:
      return style === 'dash' || style === undefined ? F_DASH : F_CONT;
  }
}

function styleOfOpener(c: number): QuoteStyle {
  switch (c) {
    case 0x22:
    case 0x27:
      return 'straight';
    case 0x201e:
      return 'low';
    case 0xab:
    case 0xbb:
      return 'guillemet';
    case 0x300c:
    case 0x300e:
      return 'corner';
    default:
      return 'curly';
  }
}

/** Handles the delimiter at `i` (a stop unit of the word scan), unless an earlier one stepped over it. */
function inlineAt(i: number): void {
  if (i < resume) return;
  const text = pText;
  const start = pStart;
  const end = pEnd;
  const c = text.charCodeAt(i);
  resume = i + 1;
  if (c === 0x0a || c === 0x0d) {
    lineBreak(i);
    return;
  }
  if (i === continuesAt && depth === 0) {
    // The first delimiter of a paragraph (or line) that carries a speech on: it opens whatever it is.
    const family = familyOf(continuing, c);
    openDialogue(i, family, family === F_DASH ? 'dash' : family === F_CONT ? (continuing ?? 'dash') : styleOfOpener(c));
    if (c === 0x2d && i + 1 < end && text.charCodeAt(i + 1) === 0x2d) resume = i + 2;
    return;
  }
  switch (c) {
    case 0x22:
    case 0x201c:
    case 0x201d: {
      const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
      if (c === 0x201c && depth > 0 && nearestDouble() === F_LOW) {
        closeLevel(i, F_LOW);
        return;
      }
      const opens = c === 0x201c || (c === 0x22 && !isBlank(next) && (depth === 0 || isBlank(prev) || prev === 0x28 || prev === 0x5b));
      if (depth === 0) {
        if (opens) openDialogue(i, F_DOUBLE, c === 0x22 ? 'straight' : 'curly');
      } else if (opens) push(F_DOUBLE);
      else closeLevel(i, F_DOUBLE, F_LOW);
      return;
    }
    case 0x201e:
      if (depth === 0) openDialogue(i, F_LOW, 'low');
      else push(F_LOW);
      return;
    case 0xab:
      if (depth > 0 && closeLevel(i, F_DE)) return;
      if (depth === 0) openDialogue(i, F_FR, 'guillemet');
      else push(F_FR);
      return;
    case 0xbb: {
      if (depth > 0 && closeLevel(i, F_FR)) return;
      if (flags.frenchGuillemets || i + 1 >= end || isBlank(text.charCodeAt(i + 1))) return;
      if (depth === 0) openDialogue(i, F_DE, 'guillemet');
      else push(F_DE);
      return;
    }
    case 0x300c:
    case 0x300e:
      if (depth === 0) openDialogue(i, c === 0x300c ? F_CORNER : F_WCORNER, 'corner');
      else push(c === 0x300c ? F_CORNER : F_WCORNER);
      return;
    case 0x300d:
    case 0x300f:
      if (depth > 0) closeLevel(i, c === 0x300d ? F_CORNER : F_WCORNER, F_CORNER, F_WCORNER);
      return;
    case 0x2014:
    case 0x2013:
    case 0x2015:
    case 0x2d:
      dash(i, c);
      return;
    default:
  }
  if (c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x201a) {
    if (flags.singleSpeech && c !== 0x201a) singleSpeech(i, c);
    else if (depth === 0) singleThought(i, c);
    return;
  }
  if (depth > 0) return;
  if (c === 0x2a || c === 0x5f) resume = classifyEmphasis(text, start, end, i, c);
  else if ((c === 0x28 || c === 0x5b) && i > start) resume = inlineNote(text, end, i, pOut);
}

/**
 * A line break inside a paragraph. Fics pasted with single line breaks: a line that opens a quote while
 * a speech is open carries the speech on, exactly as a new paragraph would; a line that opens with a
 * speech dash starts a new dash speech.
 */
function lineBreak(i: number): void {
  const text = pText;
  const end = pEnd;
  const next = skipBlank(text, i, end);
  resume = next;
  lineStart = next;
  if (dialogue && stack[0] === F_DASH) {
    if (opensDialogue(text, next, end)) {
      dialogue.end = trimBack(text, i, dialogue.start);
      dialogue.closed = true;
      dialogue = undefined;
      depth = 0;
    }
  } else if (dialogue && opensDialogue(text, next, end)) {
    dialogue.end = trimBack(text, i, dialogue.start);
    dialogue.continued = true;
    continuing = dialogue.style;
    dialogue = undefined;
    depth = 0;
    continuesAt = next;
  }
}

/** `i` moved back over whitespace, not before `floor`. */
function trimBack(text: string, i: number, floor: number): number {
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * A dash at `i` (only reported in dash conventions). At the start of a line, outside dialogue, a speech
 * dash opens a dash speech. Inside a dash speech with nothing nested open, a dash that is not inside a
 * word ends the speech (the narrator's incise starts); in the incise, such a dash starts the speech again.
 */
function dash(i: number, c: number): void {
  const text = pText;
  const end = pEnd;
  const double = c === 0x2d && i + 1 < end && text.charCodeAt(i + 1) === 0x2d;
  if (double) resume = i + 2;
  if (depth === 0 && i === lineStart && speechDashAt(text, i, end) >= 0) {
    incise = false;
    openDialogue(i, F_DASH, 'dash');
    return;
  }
  if (depth === 0 && !incise) return;
  if (depth > 1 || (depth === 1 && stack[0] !== F_DASH)) return;
  const prev = i > pStart ? text.charCodeAt(i - 1) : 0x20;
  const after = double ? i + 2 : i + 1;
  const next = after < end ? text.charCodeAt(after) : 0x20;
  if (wordChar(prev) && wordChar(next)) return; // a dash inside a word: `dit-il`, `well—known`
  if (c === 0x2d && !double && prev === 0x2d) return;
  if (depth === 1 && dialogue) {
    // An incise opens at `—dijo` (space before, word after) or at ` — ` after the speech's own
    // punctuation (`Привет, — сказал`); a dash between words of the speech (`не писали — не знаю`,
    // `Pero yo—`) stays in it.
    if (!isBlank(prev)) return;
    if (isBlank(next)) {
      const before = trimBack(text, i, pStart);
      const p = before > pStart ? text.charCodeAt(before - 1) : 0;
      if (p !== 0x2c && p !== 0x21 && p !== 0x3f && p !== 0x2026 && p !== 0x2e && p !== 0x3b) return;
    }
    dialogue.end = trimBack(text, i, dialogue.start + 1);
    dialogue.closed = true;
    dialogue = undefined;
    depth = 0;
    incise = true;
    return;
  }
  // In the incise: the speech starts again. After a closing dash (`—dijo ella—. ¿Vienes?`) it starts at
  // the next word; after a spaced one (`— сказал он. — Как дела?`) at the dash itself.
  incise = false;
  let at = i;
  if (!isBlank(prev)) {
    at = after;
    while (at < end && (isBlank(text.charCodeAt(at)) || text.charCodeAt(at) === 0x2e || text.charCodeAt(at) === 0x2c || text.charCodeAt(at) === 0x3b || text.charCodeAt(at) === 0x3a)) at++;
    if (at >= end) return;
  }
  openDialogue(at, F_DASH, 'dash');
  if (at > i) resume = Math.max(resume, at);
}

/** en-GB: a single quote at `i` where single quotes are speech (see the module comment). */
function singleSpeech(i: number, c: number): void {
  const role = singles.roleAt(i);
  if (depth > 0) {
    if (!nearestSingle()) return;
    if (role === CLOSE || (role === WEAK_CLOSE && singles.closersAfterCurrent() === 0)) closeLevel(i, F_SINGLE);
    else if (role === WEAK_CLOSE && depth === 1) weakCloseAt = i;
    else if (role === OPEN && depth === 1 && weakCloseAt >= 0 && dialogue) {
      // `'You Weasleys' he said. 'Go.'`: a new speech opens, so the weak closer before it closed the last one.
      closeLevel(weakCloseAt, F_SINGLE);
      openDialogue(i, F_SINGLE, c === 0x27 ? 'straight' : 'curly');
    }
    return;
  }
  if (role === OPEN) {
    const close = scareQuoteEnd(i);
    if (close > 0) {
      candidates.push(i, SINGLE, OPEN); // `the so-called 'hero'`: paired (as emphasis) with the thoughts
      candidates.push(close - 1, SINGLE, CLOSE);
      resume = close;
    } else if (singles.closersAfterCurrent() > 0 || i === lineStart || introducesSpeech(i)) openDialogue(i, F_SINGLE, c === 0x27 ? 'straight' : 'curly');
  } else if (role === WEAK_OPEN) {
    if (elisionAt < 0) elisionAt = i;
  } else if (role === CLOSE && elisionAt >= 0) {
    // `'Cause I said so,' he said.`: the elision opened the speech after all; what was found since is inside it.
    const at = elisionAt;
    const quotes = pOut.quotes;
    while (quotes.length > 0 && quotes[quotes.length - 1]!.start > at) quotes.pop();
    candidates.dropFrom(at);
    openDialogue(at, F_SINGLE, pText.charCodeAt(at) === 0x27 ? 'straight' : 'curly');
    closeLevel(i, F_SINGLE);
  }
}

/**
 * en-GB: an opener with no closer after it still opens a speech (left open, or carried on by the next
 * paragraph) after the punctuation that introduces or follows speech (`Luna said, 'with a letter…`),
 * not after a word (`the 'ouse`, an apostrophe).
 */
function introducesSpeech(i: number): boolean {
  let j = i;
  while (j > pStart && isBlank(pText.charCodeAt(j - 1))) j--;
  if (j === pStart) return true;
  const p = pText.charCodeAt(j - 1);
  return p === 0x2c || p === 0x3a || p === 0x2e || p === 0x21 || p === 0x3f || p === 0x2026 || p === 0x3b || p === 0x2014;
}

/** Verbs that introduce speech without a comma (`He said 'no' and left`). */
const speechVerbs = new Set([
  'said', 'says', 'say', 'asked', 'asks', 'whispered', 'shouted', 'yelled', 'replied', 'muttered', 'murmured', 'cried',
  'screamed', 'answered', 'added', 'snapped', 'hissed', 'told', 'tells', 'shout', 'whisper', 'yell',
]);

/**
 * en-GB: a scare quote rather than speech: an opener right after a word that does not introduce speech
 * (`the so-called 'hero'`, `a 'friend' of his`), closed within four words with no punctuation of its
 * own. Returns the offset just past its closing quote, or -1.
 */
function scareQuoteEnd(i: number): number {
  const text = pText;
  let j = i;
  while (j > pStart && isSpace(text.charCodeAt(j - 1))) j--;
  if (j === i || j === pStart || !wordChar(text.charCodeAt(j - 1))) return -1;
  let w = j;
  while (w > pStart && wordChar(text.charCodeAt(w - 1))) w--;
  if (text.charCodeAt(w - 1) !== 0x2d && speechVerbs.has(text.slice(w, j).toLowerCase())) return -1;
  let words = 1;
  for (let k = i + 1; k < pEnd && k < i + 48; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x22 || c === 0x201c) return -1;
    if (c === 0x20 && ++words > 4) return -1;
    if ((c === 0x27 || c === 0x2019) && (singles.peekRole(k) === CLOSE || singles.peekRole(k) === WEAK_CLOSE)) {
      const p = text.charCodeAt(k - 1);
      const ownPunctuation = p === 0x2e || p === 0x2c || p === 0x21 || p === 0x3f || p === 0x2026 || p === 0x2014;
      return ownPunctuation ? -1 : k + 1;
    }
  }
  return -1;
}

function nearestSingle(): boolean {
  for (let k = depth - 1; k >= 0; k--) if (stack[k] === F_SINGLE) return true;
  return false;
}

/** A single quote outside dialogue where single quotes are thoughts: a thought candidate. */
function singleThought(i: number, c: number): void {
  const text = pText;
  if (i > pStart && i + 1 < pEnd && wordChar(text.charCodeAt(i - 1)) && wordChar(text.charCodeAt(i + 1))) return; // `won't`
  const role = singleRole(text, pStart, pEnd, i, c, flags.lowSingles);
  if (role === SKIP_N) resume = i + 3;
  else if (role !== NO_ROLE) candidates.push(i, SINGLE, role);
}

// Kept here rather than imported: called for every delimiter, and a call across modules costs a getter
// under the test runner's module transform.
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

function isOpeningPunct(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f;
}

/** Offset of the first unit after `i` that is neither whitespace nor a line break (or `end`). */
function skipBlank(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
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

export { isDashUnit };
