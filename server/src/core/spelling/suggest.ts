/**
 * English spelling suggestions: every word one edit from the unknown word (a deletion, an insertion, a
 * substitution, a transposition of neighbours, or a split in two) that the vocabulary knows, ranked by a
 * small noisy-channel model: how common the word is (its SCOWL size band) times how likely the edit is
 * as a typo (a swapped pair or a doubled letter more than a random substitution; a neighbouring key more
 * than a far one). Only unknown words are ever asked about, and each distinct word once (verdicts are
 * cached), so the ~50·n membership probes per word cost nothing that matters.
 */
import { dialectOf, englishLevel } from '../canon/english';

/** English variant whose spellings are preferred in suggestions (both are accepted). */
export type SpellingLanguage = 'en-US' | 'en-GB';

const alphabet = 'abcdefghijklmnopqrstuvwxyz';
/** How common a word of each SCOWL band is, relatively (band 10 holds the ~4,000 most common words). */
const bandWeight = [1000, 300, 100, 30, 10, 4, 2, 1];
const maxSuggestions = 5;
/** Longer unknown words get no suggestions (they are not typos of a word). */
const maxLength = 30;

const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const keyPos = new Map<string, [number, number]>();
rows.forEach((row, r) => [...row].forEach((ch, c) => keyPos.set(ch, [r, c + r * 0.5])));

/** True when `a` and `b` (lowercase letters) are neighbouring keys on a QWERTY keyboard. */
export function nearKeys(a: string, b: string): boolean {
  const p = keyPos.get(a);
  const q = keyPos.get(b);
  return !!p && !!q && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Up to five English words for the unknown lowercase word `lower`, best first; [] when none is one edit
 * away. `language` ranks the other variant's spellings (`colour` in en-US) last.
 */
export function suggestEnglish(lower: string, language: SpellingLanguage = 'en-US'): string[] {
  if (lower.length < 2 || lower.length > maxLength) return [];
  const scores = new Map<string, number>();
  const consider = (word: string, edit: number) => {
    if (word === lower || word.length === 0) return;
    const level = englishLevel(word);
    if (level < 0) return;
    let score = bandWeight[level] * edit;
    const dialect = dialectOf(word);
    if (dialect && dialect !== (language === 'en-GB' ? 'british' : 'american')) score *= 0.05;
    if ((scores.get(word) ?? 0) < score) scores.set(word, score);
  };
  const n = lower.length;
  // Edit weights: how likely each slip makes this exact typo. A dropped letter, a swapped pair or a
  // doubled letter each have one way to happen; a wrong or stray letter is one of 25 possible letters,
  // unless it sits next to the right key (or next to itself, for a stray double).
  for (let i = 0; i < n; i++) {
    const c = lower[i];
    // The writer typed an extra letter.
    const doubled = (i > 0 && lower[i - 1] === c) || lower[i + 1] === c;
    const stray = doubled ? 1 : (i > 0 && nearKeys(c, lower[i - 1])) || (i + 1 < n && nearKeys(c, lower[i + 1])) ? 0.3 : 0.05;
    consider(lower.slice(0, i) + lower.slice(i + 1), stray);
    // Two neighbours swapped.
    if (i + 1 < n && lower[i + 1] !== c) consider(lower.slice(0, i) + lower[i + 1] + c + lower.slice(i + 2), 1);
    for (const r of alphabet) {
      if (r === c) continue;
      // A wrong letter: a neighbouring key, or a vowel for a vowel, is the likely slip.
      const edit = nearKeys(c, r) ? 0.3 : vowels.has(c) && vowels.has(r) ? 0.2 : 0.05;
      consider(lower.slice(0, i) + r + lower.slice(i + 1), edit);
    }
  }
  // A letter left out.
  for (let i = 0; i <= n; i++) for (const r of alphabet) consider(lower.slice(0, i) + r + lower.slice(i), 1);
  // Two words run together (`alot`), when both halves are common words: as likely as the rarer half.
  for (let i = 1; i < n; i++) {
    const left = lower.slice(0, i);
    const right = lower.slice(i);
    if ((left.length < 2 && left !== 'a' && left !== 'i') || right.length < 2) continue;
    const a = englishLevel(left);
    const b = englishLevel(right);
    if (a >= 0 && b >= 0 && a <= 2 && b <= 2) scores.set(`${left} ${right}`, bandWeight[Math.max(a, b)] * (left.length === 1 ? 0.5 : 0.1));
  }
  return [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxSuggestions).map(([w]) => w);
}
