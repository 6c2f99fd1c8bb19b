/**
 * What every dialogue and prose rule reads: one paragraph's text, where it starts in the document, and its
 * speech spans (from the parser's quotes, so the rules follow whatever convention the parser reads).
 * Rules work on one paragraph at a time, so the checks of an unedited paragraph can be reused.
 */
import type { Lint, LintCode, Severity } from '../lint';
import type { DialogueConvention } from './convention';

/** A speech span, relative to the paragraph text, delimiters included. */
export interface SpeechSpan {
  readonly start: number;
  readonly end: number;
  readonly closed: boolean;
}

export interface ParagraphText {
  readonly text: string;
  /** Offset of `text` in the document. */
  readonly base: number;
  /** Speech spans, sorted (relative offsets). */
  readonly speech: readonly SpeechSpan[];
  readonly convention: DialogueConvention;
  /**
   * Word spans (AO3 words), flat `[start0, end0, ...]`, in document offsets (subtract `base`): the
   * paragraph's words are `words[wordFrom, wordTo)` (the model's array itself, not a copy).
   */
  readonly words: ArrayLike<number>;
  readonly wordFrom: number;
  readonly wordTo: number;
}

/** A finding with one replacement of its own span, in document offsets. */
export function fixLint(p: ParagraphText, code: LintCode, severity: Severity, start: number, end: number, message: string, replacement?: string): Lint {
  const lint: Lint = { code, severity, start: p.base + start, end: p.base + end, message };
  return replacement === undefined ? lint : { ...lint, suggestions: [replacement] };
}

/** Index of the speech span holding relative offset `at`, or -1. `from` is where to start looking. */
export function speechAt(speech: readonly SpeechSpan[], at: number, from = 0): number {
  for (let k = from; k < speech.length; k++) {
    const s = speech[k]!;
    if (s.start > at) return -1;
    if (at < s.end) return k;
  }
  return -1;
}

/**
 * Calls `visit(start, end)` for every stretch of narration (the paragraph outside its speech spans), so
 * the narration hints never read the words a character says.
 */
export function forEachNarration(p: ParagraphText, visit: (start: number, end: number) => void): void {
  let at = 0;
  for (const s of p.speech) {
    if (s.start > at) visit(at, s.start);
    at = Math.max(at, s.end);
  }
  if (at < p.text.length) visit(at, p.text.length);
}
