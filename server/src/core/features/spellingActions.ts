/**
 * Quick fixes for `spelling.unknown-word`: replace with each suggestion (the best one preferred), add the
 * word to the canon as a lowercase term (so it is fine in any casing from then on), or ignore it in this
 * file. None is ever part of fix-all: an English suggestion is a guess among words.
 */
import { LintCode } from '../lint';
import type { CanonAction, FixableLint } from './canonActions';

/** A spelling quick fix: a canon action, or ignoring the word in this document (`ignoreWord`). */
export type SpellingAction = CanonAction & { readonly ignoreWord?: string };

/** Quick fixes for one `spelling.unknown-word` lint. */
export function spellingQuickFixes(lint: FixableLint): SpellingAction[] {
  if (lint.code !== LintCode.UnknownWord) return [];
  const actions: SpellingAction[] = (lint.suggestions ?? []).map((s, i) => ({
    title: `Replace with ‘${s}’`,
    kind: 'quickfix',
    edits: [{ start: lint.start, end: lint.end, newText: s }],
    isPreferred: i === 0,
  }));
  const word = typeof lint.data?.word === 'string' ? lint.data.word : undefined;
  if (word) {
    const term = word.toLowerCase();
    actions.push({ title: `Add ‘${term}’ to canon`, kind: 'quickfix', edits: [], addToCanon: term });
    actions.push({ title: `Ignore ‘${word}’ in this file`, kind: 'quickfix', edits: [], ignoreWord: term });
  }
  return actions;
}
