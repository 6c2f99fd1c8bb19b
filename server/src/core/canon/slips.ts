/**
 * Which of several canon names a typo most likely meant, from general facts about typing and no more than
 * the word: how likely each one-edit slip is (`slipLikelihood`), whether the typo's casing fits the
 * candidate (`casingFit`), whether the fic's header declares it, and which plural of a name a slip in a
 * plural was (`pluralReading`). The document around the typo is read later (`nearbyNames.ts`).
 */
import { wordKey, type Candidate, type CanonIndex, type CanonWord } from './canonIndex';
import { editBudget, osaDistance } from './distance';
import { nearKeys } from '../spelling/suggest';

const upperRe = /\p{Lu}/u;

const vowels = 'aeiouy';

/**
 * The plurals of capitalized canon names that `key` (with an `s` in it) is a slip of, and their distance, when
 * within the word's edit budget (`near`: the names near `key` itself, already looked up): `brambels` → `Brambles` (Bramble), `amamyias` → `Amamiyas` (Amamiya).
 */
export function pluralReading(canon: CanonIndex, key: string, near: readonly Candidate[]): { forms: string[]; distance: number } | undefined {
  if (key.length < 5 || !key.includes('s')) return undefined;
  const budget = editBudget(key.length);
  let found: { form: string; distance: number; p: number }[] = [];
  // The names near the word with its plural ending taken off (`brambel`), and near the word itself
  // (`corvanse`: Corvane, whose plural it also is a slip of).
  const stems = !key.endsWith('s') || key.endsWith('ss') ? [key] : key.endsWith('es') ? [key, key.slice(0, -1), key.slice(0, -2)] : [key, key.slice(0, -1)];
  for (let s = 0; s < stems.length; s++) {
    const stem = stems[s];
    const cands = stem === key ? near : canon.similar(stem);
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k];
      const info = canon.word(c.key);
      if (!info || info.term) continue;
      const name = preferredForm(info, 'A');
      if (!upperRe.test(name[0])) continue;
      const form = /(?:s|x|z|ch|sh)$/i.test(name) ? `${name}es` : `${name}s`;
      const distance = osaDistance(key, wordKey(form), budget);
      if (distance > budget || (found.length && distance > found[0].distance) || found.some((f) => f.form === form)) continue;
      if (found.length && distance < found[0].distance) found = [];
      found.push({ form, distance, p: c.distance === 1 && stem !== key ? slipLikelihood(stem, c.key) : 0 });
    }
  }
  if (!found.length) return undefined;
  // Equally near plurals: the likelier slip of the name first, as for names.
  if (found.length > 1) found.sort((a, b) => b.p - a.p);
  return { forms: found.map((f) => f.form), distance: found[0].distance };
}

/** True when the fic's own header declares the canon word `key` (`Characters:`, a pairing in the tags line). */
export function declaredInHeader(canon: CanonIndex, key: string): boolean {
  return !!canon.word(key)?.entries.some((e) => e.source === 'header');
}

/**
 * How well the typo's casing fits the candidate: a slip changes a letter, seldom the capital too, so a
 * lowercase typo mid-sentence (`chaa`) is likelier a lowercase term's (`chala`) than a name's (`Chaza`),
 * and a capitalized one a name's (a term is capitalized only at a sentence start).
 */
export function casingFit(canon: CanonIndex, key: string, lowerTyped: boolean): number {
  const info = canon.word(key);
  if (!info) return 1;
  const hasName = info.forms.some((f) => upperRe.test(f[0]));
  if (lowerTyped) return hasName && !info.term ? 0.3 : 1;
  return info.term && !hasName ? 0.6 : 1;
}

/**
 * How likely `typed` is as a one-edit slip for `meant` (both lowercase, one edit apart): a swapped pair
 * or a doubled or undoubled letter is the likeliest; a wrong letter likelier a neighbouring key (the way
 * names are mistyped) than a vowel for a vowel (the way they are misremembered), and either than any
 * other; an extra letter likelier next to a key it neighbours (a finger brushing two keys) than anywhere;
 * any slip in the first letter least.
 */
export function slipLikelihood(typed: string, meant: string): number {
  let i = 0;
  while (i < typed.length && i < meant.length && typed[i] === meant[i]) i++;
  let p: number;
  if (typed.length === meant.length) {
    if (typed[i + 1] === meant[i] && typed[i] === meant[i + 1] && typed.slice(i + 2) === meant.slice(i + 2)) p = 1; // a swap
    else p = nearKeys(typed[i], meant[i]) ? 0.47 : vowels.includes(typed[i]) && vowels.includes(meant[i]) ? 0.45 : 0.35; // a wrong letter
  } else if (typed.length > meant.length) {
    // an extra letter: doubled, a neighbouring key of a letter beside it (a finger brushing two keys), or stray
    p = typed[i] === typed[i - 1] || typed[i] === typed[i + 1] ? 0.9 : nearKeys(typed[i], typed[i - 1] ?? '') || nearKeys(typed[i], typed[i + 1] ?? '') ? 0.6 : 0.5;
  } else {
    p = meant[i] === meant[i - 1] || meant[i] === meant[i + 1] ? 0.9 : 0.5; // a letter left out: of a double, or any
  }
  return i === 0 ? p * 0.3 : p;
}

/** The canon spelling to offer for `written`: a capitalized form for names, else the first form. */
export function preferredForm(info: CanonWord, written: string): string {
  if (info.forms.length === 1) return info.forms[0];
  const capital = upperRe.test(written[0]);
  return info.forms.find((f) => upperRe.test(f[0]) === capital) ?? info.forms[0];
}
