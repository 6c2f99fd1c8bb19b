/**
 * The word the writer is typing is not judged until they leave it or pause, as word processors do:
 * `Harr` on the way to `Harry`, `sai` on the way to `said` would otherwise be flagged on one keystroke
 * and cleared on the next (in the benchmark's typing about a third of all keystrokes did that, and each
 * sent the client the whole diagnostics list again). A word that is finished (a space, a full stop, a
 * move elsewhere) is judged at once; one the writer stops on is judged `typingPauseMs` after the last key.
 *
 * Held back, while the last change was one keystroke less than `typingPauseMs` ago:
 * - when it left the cursor at the end of a word, lints that end at the cursor (the word being typed:
 *   spelling, canon names, a repeated word, anything about that word);
 * - when it left the cursor at the end of its line, an unclosed quote earlier on that line: the writer
 *   is typing the speech (letters, spaces, commas), and its closing quote has not come yet.
 * Only the diagnostics are held: code actions and every other feature see all lints.
 */
import type { Lint } from '../core/lint';
import { LintCode } from '../core/lint';
import type { FicDocument } from './documents';

/** How long after the last keystroke the word it was typing into is judged (the server then asks the client to pull again). */
export const typingPauseMs = 1000;

const LF = 10;
const CR = 13;
const wordChar = /[\p{L}\p{N}\p{M}]/u;

/** Whether the code point ending just before `offset` is part of a word (letters, digits, marks, an apostrophe inside a word). */
function wordBefore(document: FicDocument, offset: number): boolean {
  let c = document.codeAt(offset - 1);
  if (c !== c) return false;
  if (c === 0x27 || c === 0x2019) {
    // `don'` on the way to `don't`: an apostrophe after a letter is inside the word.
    offset--;
    c = document.codeAt(offset - 1);
    if (c !== c) return false;
  }
  let ch = String.fromCharCode(c);
  if (c >= 0xdc00 && c <= 0xdfff) ch = String.fromCharCode(document.codeAt(offset - 2)) + ch;
  return wordChar.test(ch);
}

/** Whether the code point at `offset` would continue a word (so `offset` is not a word's end). */
function wordAt(document: FicDocument, offset: number): boolean {
  const c = document.codeAt(offset);
  if (c !== c) return false;
  let ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdbff) ch += String.fromCharCode(document.codeAt(offset + 1));
  return wordChar.test(ch);
}

/** Where the writer is typing (see `typingAt`). */
export interface Typing {
  /** The offset the last keystroke left the cursor at. */
  readonly cursor: number;
  /** The cursor is at the end of a word. */
  readonly inWord: boolean;
  /** The cursor is at the end of its line. */
  readonly lineEnd: boolean;
  /** Until when (`Date.now()` time) what is being typed is held back. */
  readonly until: number;
}

/**
 * Where the writer is typing now, when the last change was a keystroke less than `typingPauseMs` before
 * `now` that left the cursor at the end of a word or of a line; undefined otherwise. A keystroke is one
 * change of one edit that inserts at most one code point into an empty range or deletes at most one (a
 * backspace); a paste, a completion or an undo is judged at once.
 */
export function typingAt(document: FicDocument, now: number): Typing | undefined {
  const until = document.editedAt + typingPauseMs;
  if (document.editedAt === 0 || now >= until) return undefined;
  const edit = document.lastEdit();
  if (!edit) return undefined;
  const inserted = edit.text.length;
  const removed = edit.end - edit.start;
  const oneCodePoint = (n: number, s: string | undefined) => n === 1 || (n === 2 && s !== undefined && s.codePointAt(0)! > 0xffff);
  const keystroke = removed === 0 ? oneCodePoint(inserted, edit.text) : inserted === 0 && oneCodePoint(removed, edit.removed);
  if (!keystroke) return undefined;
  const cursor = edit.start + inserted;
  const next = document.codeAt(cursor);
  const lineEnd = next !== next || next === LF || next === CR;
  const inWord = wordBefore(document, cursor) && !wordAt(document, cursor);
  return inWord || lineEnd ? { cursor, inWord, lineEnd, until } : undefined;
}

/** Whether `lint` (starting before the cursor) is about what is being typed (see the module comment). */
function held(document: FicDocument, lint: Lint, typing: Typing): boolean {
  if (typing.inWord && lint.end === typing.cursor) return true;
  if (!typing.lineEnd || lint.code !== LintCode.UnclosedQuote) return false;
  return document.positionAt(lint.start).line === document.positionAt(typing.cursor).line;
}

/**
 * `lints` without those about what is being typed; the same array when none is held.
 * Linear in the lints (an unclosed quote's line is found by binary search).
 */
export function withoutTyped(document: FicDocument, lints: readonly Lint[], typing: Typing): readonly Lint[] {
  let out: Lint[] | undefined;
  for (let i = 0; i < lints.length; i++) {
    const lint = lints[i]!;
    if (lint.start < typing.cursor && held(document, lint, typing)) out ??= lints.slice(0, i);
    else out?.push(lint);
  }
  return out ?? lints;
}
