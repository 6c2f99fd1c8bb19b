/**
 * Which of several equally near canon names a typo most likely meant, from the text around it: a writer
 * who types `Chiu` in a scene about Chiru meant Chiru, not the Chiku of another chapter. Each candidate's
 * slip likelihood (`judge.ts`) is weighed by how often the candidate is written within `nearbyReach`
 * units of the typo (about 1,000 words either way: the scene around it).
 *
 * The canon check reuses the lints of text an edit did not touch (`features/canonNames.ts`); since this
 * ranking reads beyond the typo's own paragraph, the check ranks again every reused lint with tied
 * candidates whose reach the edit falls in (`tiedCandidates` keeps what it needs), so it still equals a
 * full check. Only typos with tied candidates get here: a few per fic.
 */
import type { Lint } from '../lint';
import type { TextSource } from '../model';

/** Units read on each side of the typo (about 1,000 words: the scene). */
export const nearbyReach = 6_000;
/** How much one mention nearby multiplies a candidate's likelihood. */
const mentionWeight = 4;

const letterRe = /\p{L}/u;

/**
 * `suggestions` reordered for the typo at `[start, end)` of `source`: by `likelihoods[i] × (1 + 4 ×
 * mentions of suggestion i within reach)`, ties in their given order; the farther suggestions
 * (likelihood 0) stay after them as given.
 */
export function rankByNearbyNames(source: TextSource, start: number, end: number, suggestions: readonly string[], likelihoods: readonly number[]): string[] {
  // As the suggestions are written (the canon's casing, or the typo's shouting): no lowercased copy to make.
  // The two sides searched apart, not joined: a joined string is flattened (copied, ~24 KB) by the first
  // search. A side's edge counts as a space, as the one joining them did; a suggestion is one word.
  const before = source.slice(Math.max(0, start - nearbyReach), start);
  const after = source.slice(end, Math.min(source.length, end + nearbyReach));
  const scored = suggestions.map((s, i) => ({ s, i, score: likelihoods[i] > 0 ? likelihoods[i] * (1 + mentionWeight * (mentions(before, s) + mentions(after, s))) : 0 }));
  scored.sort((a, b) => (a.score > 0 && b.score > 0 ? b.score - a.score || a.i - b.i : a.i - b.i));
  return scored.map((x) => x.s);
}

/** A lint's candidates in the judge's order, with their likelihoods: what ranking it again needs. */
export interface TiedCandidates {
  readonly suggestions: readonly string[];
  readonly likelihoods: readonly number[];
}

/**
 * The tied candidates of the `canon.misspelled-name` lints that have them, by lint object (a reused lint
 * moved by an edit is a copy: the check passes its entry on). Lints are never mutated, so an entry stays
 * true; a lint no longer referenced takes its entry with it.
 */
export const tiedCandidates = new WeakMap<Lint, TiedCandidates>();

/** Whole-word occurrences of `word` in `text`, as written; a possessive `'s` still counts. */
function mentions(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    const before = i > 0 ? text[i - 1] : ' ';
    const after = i + word.length < text.length ? text[i + word.length] : ' ';
    if (!letterRe.test(before) && !letterRe.test(after)) n++;
  }
  return n;
}
