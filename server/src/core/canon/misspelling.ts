/**
 * The `misspelled` finding on a word that is no canon word and no English word but lies near canon words:
 * its suggestions (the canon spellings, cased as the typo is, likelier slips first), whether fix-all may
 * apply the first (`certain`), and the likelihoods of equally near names for the check to weigh against
 * the text around the typo. Apart from `judge.ts`: this runs only for typos of names, a few hundred in a
 * long fic, and in small functions (see `misspelling`'s loops below).
 */
import { casingFit, declaredInHeader, preferredForm, slipLikelihood, type pluralReading } from './slips';
import type { Candidate, CanonIndex } from './canonIndex';
import type { Finding } from './judge';

const maxSuggestions = 5;
const upperRe = /\p{Lu}/u;
const lowerRe = /\p{Ll}/u;

/**
 * The `misspelled` finding on `text` (`key` its `wordKey`), a slip of the canon words in `candidates`
 * (nearest first, `best` edits away) or of the plural of a name (`plural`), or undefined when no
 * suggestion is left.
 */
export function misspelling(canon: CanonIndex, text: string, key: string, candidates: Candidate[], best: number, plural: ReturnType<typeof pluralReading>): Finding | undefined {
  // Among equally near names, the likelier slip first: a swapped pair or a doubled letter before a
  // wrong letter, and a slip in the first letter last (writers rarely miss the first letter of a name).
  // A name the fic's header declares (its characters, its pairing) is one the fic is about: likelier.
  // A typo keeps its capital or its lack of one: a lowercase typo is likelier a term's than a name's.
  // A likelihood only ever weighs names one edit away against each other (it is 0 for the farther ones):
  // worked out only when two or more are (most typos have one candidate, or one nearest).
  const likelihood = oneEditAway(candidates) > 1 ? slipLikelihoods(canon, key, text, candidates) : undefined;
  if (candidates.length > 1) sortCandidates(candidates, key, likelihood);
  const suggestions: string[] = [];
  const likelihoods: number[] = [];
  suggest(canon, text, candidates, best, likelihood, suggestions, likelihoods);
  // Fix-all applies only fixes that cannot be wrong: one canon word in reach, one edit away, a word long
  // enough that the edit is not a coin toss.
  const certain = best === 1 && key.length >= 5 && oneKey(candidates);
  const namesOnly = allNames(canon, candidates);
  if (plural && plural.distance <= best) {
    const finding = pluralMisspelling(text, suggestions, plural, best);
    if (finding) return finding;
  }
  if (!suggestions.length) return undefined;
  return countPositive(likelihoods) > 1
    ? { kind: 'misspelled', suggestions, certain, distance: best, namesOnly, likelihoods }
    : { kind: 'misspelled', suggestions, certain, distance: best, namesOnly };
}

// `misspelling`'s loops, each a function of its own: a typo of a name runs them a few times each, mostly
// before the optimizing compiler has compiled anything, and one function holding them all (with what it
// inlines) cost TurboFan ~15-40 ms to compile, late in a long fic's first check. Loops, not `every` or
// `filter` with a closure (a closure and often an array per call).

/**
 * Pushes to `suggestions` the canon spellings of `candidates` (sorted), as the typo `text` is cased, each
 * once, at most `maxSuggestions`, and to `likelihoods` each one's likelihood (0.01 at least for the
 * nearest, `best` edits away; 0 for farther ones).
 */
function suggest(
  canon: CanonIndex,
  text: string,
  candidates: readonly Candidate[],
  best: number,
  likelihood: Map<string, number> | undefined,
  suggestions: string[],
  likelihoods: number[],
): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const info = canon.word(c.key);
    if (!info) continue;
    const s = adaptCase(preferredForm(info, text), text);
    if (suggestions.includes(s)) continue;
    suggestions.push(s);
    likelihoods.push(c.distance === best ? Math.max(likelihood?.get(c.key) ?? 0, 0.01) : 0);
    if (suggestions.length >= maxSuggestions) break;
  }
}

/** True when every candidate is the same canon word (a header name may repeat a workspace canon word). */
function oneKey(candidates: readonly Candidate[]): boolean {
  for (let k = 1; k < candidates.length; k++) if (candidates[k].key !== candidates[0].key) return false;
  return true;
}

/** True when no candidate is a lowercase term. */
function allNames(canon: CanonIndex, candidates: readonly Candidate[]): boolean {
  for (let k = 0; k < candidates.length; k++) if (canon.word(candidates[k].key)?.term) return false;
  return true;
}

function oneEditAway(candidates: readonly Candidate[]): number {
  let n = 0;
  for (let k = 0; k < candidates.length; k++) if (candidates[k].distance === 1) n++;
  return n;
}

function countPositive(values: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < values.length; k++) if (values[k] > 0) n++;
  return n;
}

/**
 * `candidates` (two or more) in place, nearest first; among equally near ones by `likelihood` (when two
 * or more are one edit away), then a slip in the first letter last, then the nearer length, then the key.
 * Apart from `misspelling`: a sort and its comparator, for the typos that have more than one candidate.
 */
function sortCandidates(candidates: Candidate[], key: string, likelihood: Map<string, number> | undefined): void {
  const first = key[0];
  candidates.sort(
    (a, b) =>
      a.distance - b.distance ||
      (likelihood ? likelihood.get(b.key)! - likelihood.get(a.key)! : 0) ||
      Number(b.key[0] === first) - Number(a.key[0] === first) ||
      Math.abs(a.key.length - key.length) - Math.abs(b.key.length - key.length) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * A slip in the plural of a name (`the Brambels'`, `the Ashcombs`; `plural`, as near as the nearest name
 * or nearer): the plural forms are offered, first when nearer than any name (`best` edits away), second
 * when as near as one (`Ashcombs` may be `Ashcombe` with a wrong last letter); two readings are never
 * certain. Undefined when the names' `suggestions` already hold them all, as near.
 */
function pluralMisspelling(text: string, suggestions: readonly string[], plural: { forms: string[]; distance: number }, best: number): Finding | undefined {
  const pluralForms = plural.forms.map((f) => adaptCase(f, text));
  const distance = plural.distance;
  if (!pluralForms.length || (distance >= best && pluralForms.every((f) => suggestions.includes(f)))) return undefined;
  const ordered =
    distance < best
      ? [...pluralForms, ...suggestions.filter((x) => !pluralForms.includes(x))]
      : [suggestions[0], ...pluralForms.filter((f) => f !== suggestions[0]), ...suggestions.slice(1).filter((x) => !pluralForms.includes(x))];
  return { kind: 'misspelled', suggestions: ordered.slice(0, maxSuggestions), certain: false, distance, namesOnly: true };
}

/**
 * How likely each candidate one edit from `key` is as the slip that made it (0 for farther ones): the slip
 * itself, a name the fic's header declares (one the fic is about: likelier), and whether the typo's casing
 * fits (a lowercase typo is likelier a term's than a name's).
 */
function slipLikelihoods(canon: CanonIndex, key: string, text: string, candidates: readonly { key: string; distance: number }[]): Map<string, number> {
  const lowerTyped = !upperRe.test(text[0]);
  const likelihood = new Map<string, number>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    likelihood.set(c.key, c.distance === 1 ? slipLikelihood(key, c.key) * (declaredInHeader(canon, c.key) ? 3 : 1) * casingFit(canon, c.key, lowerTyped) : 0);
  }
  return likelihood;
}

/** Keeps the writer's casing style: `RUKAI` → `RUKIA`; a capitalized term stays capitalized. */
export function adaptCase(form: string, written: string): string {
  if (isAllCaps(written)) return form.toUpperCase();
  if (upperRe.test(written[0]) && !upperRe.test(form[0])) return form[0].toUpperCase() + form.slice(1);
  return form;
}

/** Two units or more, with an uppercase letter and no lowercase one (`RUKIA`, `RUKIA!`). */
export function isAllCaps(text: string): boolean {
  return text.length >= 2 && !lowerRe.test(text) && upperRe.test(text);
}
