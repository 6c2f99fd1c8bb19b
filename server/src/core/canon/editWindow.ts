/**
 * Where a document changed between two versions, widened to blank lines, so per-word results outside the
 * window (canon verdicts, name spans) can be reused from the previous version instead of recomputed.
 *
 * Why blank lines: the parser scans AO3 words paragraph by paragraph, and a paragraph never spans a blank
 * line (a run of non-blank lines is split into paragraphs by its own lines only: headings and breaks). So
 * the words before the window, and after it, are the same words as before the edit, at the same offsets
 * before it and shifted by the length change after it. Pure: no Node built-ins.
 */
import { isSpace } from '../parse/chars';
import type { TextSource } from '../model';

/** A replacement of `[start, end)` of the text left by the previous edits with `text` (LSP order). */
export interface EditLike {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The changed part of a text: the new text equals the old one before `start`, and from `newEnd` on it
 * equals the old text from `oldEnd` on.
 */
export interface ChangedRange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The envelope of `edits` applied in order, or undefined when there are none or one is malformed. */
export function changedRange(edits: readonly EditLike[]): ChangedRange | undefined {
  if (edits.length === 0) return undefined;
  let start = Infinity;
  let newEnd = -Infinity;
  let delta = 0;
  for (const e of edits) {
    if (!(e.start >= 0 && e.end >= e.start)) return undefined;
    const d = e.text.length - (e.end - e.start);
    if (start === Infinity) {
      start = e.start;
      newEnd = e.start + e.text.length;
    } else {
      // Map the envelope's end through this edit, then take the union with the edit's own new range.
      const mapped = newEnd >= e.end ? newEnd + d : newEnd <= e.start ? newEnd : e.start + e.text.length;
      start = Math.min(start, e.start);
      newEnd = Math.max(mapped, e.start + e.text.length);
    }
    delta += d;
  }
  return { start, oldEnd: newEnd - delta, newEnd };
}

const LF = 10;
const CR = 13;

/** Whitespace inside a blank line: the parser's own rule (`splitBlocks`), so both agree on blank lines. */
const isBlankUnit = isSpace;

const isBreak = (c: number): boolean => c === LF || c === CR;

/**
 * The start of the line after the last blank line that lies wholly before `limit` (with one unit of
 * margin, so a CR LF pair cut by the edit cannot matter), or 0 when there is none.
 */
function windowStart(text: TextSource, limit: number): number {
  // Walk back over line breaks; a blank line is two breaks with only blank units between them.
  let i = Math.min(limit, text.length) - 2;
  let lineEnd = -1; // index of the break that ends the line being looked at
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (!isBreak(c)) {
      if (!isBlankUnit(c)) lineEnd = -1;
      continue;
    }
    if (c === LF && i > 0 && text.charCodeAt(i - 1) === CR) {
      // One break: CR LF. The units between it and `lineEnd` were blank when lineEnd is still set.
      if (lineEnd >= 0) return lineEnd + breakLength(text, lineEnd);
      lineEnd = i - 1;
      i--;
      continue;
    }
    if (lineEnd >= 0) return lineEnd + breakLength(text, lineEnd);
    lineEnd = i;
  }
  return 0;
}

function breakLength(text: TextSource, i: number): number {
  return text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
}

/**
 * The offset of the first line break that opens a blank line at or after `from` + 1, or the text length.
 * Text from there on lies outside the window.
 */
function windowEnd(text: TextSource, from: number): number {
  const n = text.length;
  for (let i = from + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isBreak(c)) continue;
    let j = i + breakLength(text, i);
    while (j < n && isBlankUnit(text.charCodeAt(j))) j++;
    if (j < n && isBreak(text.charCodeAt(j))) return i;
    i = j - 1;
  }
  return n;
}

/** The part of the new text to re-examine; text before `start` is unchanged and text from `end` on moved by `delta`. */
export interface EditWindow {
  readonly start: number;
  readonly end: number;
  /** New length minus old length. */
  readonly delta: number;
}

/** `changed` widened to blank lines of `newText` (see the module comment). */
export function editWindow(newText: TextSource, changed: ChangedRange): EditWindow {
  const delta = changed.newEnd - changed.oldEnd;
  return { start: windowStart(newText, changed.start), end: windowEnd(newText, changed.newEnd), delta };
}
