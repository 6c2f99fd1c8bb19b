import { parse } from '../../src/core/parse/parse';
import { getProseLints } from '../../src/core/features/proseLints';
import { applyEdits } from '../../src/core/features/canonActions';
import { proseFixAll, proseQuickFixes } from '../../src/core/features/lintActions';
import type { DialogueConvention } from '../../src/core/lint/convention';
import type { CraftHints } from '../../src/core/lint/craftHints';
import type { Lint } from '../../src/core/lint';

export const allHints: CraftHints = { saidBookisms: true, adverbAfterSaid: true, filterWords: true, echoWords: true, repeatedNames: true };

/** The dialogue, prose and craft findings of `text`. */
export function lintsOf(text: string, convention: DialogueConvention = 'en-US', hints: CraftHints = {}): Lint[] {
  return getProseLints(parse(text), { convention, hints });
}

/** `[code, the text flagged]` per finding. */
export function flagged(text: string, convention: DialogueConvention = 'en-US', hints: CraftHints = {}): [string, string][] {
  return lintsOf(text, convention, hints).map((l) => [l.code, text.slice(l.start, l.end)]);
}

/** `text` with the preferred quick fix of its first finding applied. */
export function quickFixed(text: string, convention: DialogueConvention = 'en-US', hints: CraftHints = {}): string {
  const [lint] = lintsOf(text, convention, hints);
  if (!lint) return text;
  const [fix] = proseQuickFixes(lint);
  return fix ? applyEdits(text, fix.edits) : text;
}

/** `text` after one run of *Fix all*. */
export function fixedAll(text: string, convention: DialogueConvention = 'en-US'): string {
  return applyEdits(text, proseFixAll(lintsOf(text, convention), text));
}
