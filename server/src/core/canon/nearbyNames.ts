/**
 * Which of several equally near canon names a typo most likely meant, from the text around it: a writer
 * who types `Chiu` in a paragraph about Chiru meant Chiru, not the Chiku of another chapter. Each
 * candidate's slip likelihood (`judge.ts`) is weighed by how often the candidate is written near the
 * typo: in its own paragraph block (up to the blank lines around it), at most `reach` units either way.
 *
 * Why the block and nothing wider: the canon check re-judges every word of the blocks an edit touches
 * and reuses the rest (`editWindow.ts`, widened to blank lines). A ranking that reads only the typo's own
 * block is re-made whenever that block changes and is unchanged otherwise, so the incremental check
 * still equals a full one. Only typos with tied candidates get here: a few per fic.
 */
import type { TextSource } from '../model';
import { isSpace } from '../parse/chars';

/** Units read on each side of the typo, at most (a block can be a whole pasted chapter). */
const reach = 4000;
/** How much one mention nearby multiplies a candidate's likelihood. */
const mentionWeight = 4;

const LF = 10;
const CR = 13;
const letterRe = /\p{L}/u;

/**
 * `suggestions` reordered for the typo at `[start, end)` of `source`: by `likelihoods[i] × (1 + 4 ×
 * mentions of suggestion i nearby)`, ties in their given order; the farther suggestions (likelihood 0)
 * stay after them as given.
 */
export function rankByNearbyNames(source: TextSource, start: number, end: number, suggestions: readonly string[], likelihoods: readonly number[]): string[] {
  const from = blockEdge(source, start, -1);
  const to = blockEdge(source, end, 1);
  const around = source.slice(from, start).toLowerCase() + ' ' + source.slice(end, to).toLowerCase();
  const scored = suggestions.map((s, i) => ({ s, i, score: likelihoods[i] > 0 ? likelihoods[i] * (1 + mentionWeight * mentions(around, s.toLowerCase())) : 0 }));
  scored.sort((a, b) => (a.score > 0 && b.score > 0 ? b.score - a.score || a.i - b.i : a.i - b.i));
  return scored.map((x) => x.s);
}

/**
 * The edge of the block holding `at`, going `dir` (-1 back, 1 on): the line break that starts a blank
 * line (only spaces between two breaks, a CR LF pair being one break: the edit window's own blank lines), or
 * `reach` units away, or the text's edge.
 */
function blockEdge(source: TextSource, at: number, dir: -1 | 1): number {
  const limit = dir < 0 ? Math.max(0, at - reach) : Math.min(source.length, at + reach);
  let lastBreak = -1;
  for (let i = dir < 0 ? at - 1 : at; dir < 0 ? i >= limit : i < limit; i += dir) {
    const c = source.charCodeAt(i);
    // A CR LF pair is one break, as for the parser and the edit window.
    if (dir > 0 ? c === LF && i > 0 && source.charCodeAt(i - 1) === CR : c === CR && source.charCodeAt(i + 1) === LF) continue;
    if (c === LF || c === CR) {
      if (lastBreak >= 0) return dir < 0 ? lastBreak + 1 : lastBreak;
      lastBreak = i;
    } else if (!isSpace(c)) lastBreak = -1;
  }
  return limit;
}

/** Whole-word occurrences of `word` in `text` (both lowercase); a possessive `'s` still counts. */
function mentions(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    const before = i > 0 ? text[i - 1] : ' ';
    const after = i + word.length < text.length ? text[i + word.length] : ' ';
    if (!letterRe.test(before) && !letterRe.test(after)) n++;
  }
  return n;
}
