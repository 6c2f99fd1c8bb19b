/**
 * The English spelling verdict on one part of a word (the canon judge has already found it is no canon
 * name, alias, term or near miss of one). A word is fine when the vocabulary knows it in any casing, or
 * when it is not the kind of word a dictionary judges: a single letter, a shouted acronym (`NASA`), a
 * camel-cased ship name or brand (`RenRuki`, `iPhone`), a word of another script, or an elongated
 * interjection (`Nooo`, `Ughhh`, `Hmmm`). Context (sentence starts, URLs, `nothin'`) is judged per
 * occurrence by `spellingContext.ts`.
 */
import { englishLevel, isCompoundWord, isDictionaryName, isEnglishWord } from '../canon/english';
import { suggestEnglish, type SpellingLanguage } from './suggest';

/** An unknown English word. `suggestions` are made on first read (most capitalized unknowns never need them). */
export interface SpellingFinding {
  readonly kind: 'spelling';
  /** Written with a capital and otherwise lowercase (`Teh`): a name unless it opens a sentence. */
  readonly capitalized: boolean;
  readonly suggestions: readonly string[];
}

const latinRe = /^[\p{Script=Latin}\p{M}'’‘]+$/u;
const upperRe = /\p{Lu}/u;
const lowerRe = /\p{Ll}/u;
/** Past this length a "word" is a pasted string, not a misspelling. */
const maxWordLength = 30;

/** The finding for `text` (one part of an AO3 word, apostrophes possibly inside), or undefined when it is fine. */
export function judgeEnglish(text: string, language: SpellingLanguage): SpellingFinding | undefined {
  if (text.length < 2 || text.length > maxWordLength || !latinRe.test(text)) return undefined;
  const allCaps = !lowerRe.test(text);
  if (allCaps && text.length <= 4) return undefined; // `NASA`, `FBI`, `OMG`
  // An inner capital: a ship name (`RenRuki`), a brand (`iPhone`), a Mc/Mac name (`McGonagall`).
  if (!allCaps && upperRe.test(text.slice(1))) return undefined;
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (known(lower)) return undefined;
  const capitalized = !allCaps && upperRe.test(text[0]);
  // A name the dictionaries know, with its capital (`Steve`, `Sunday`): fine even where a sentence opens.
  if (capitalized && isDictionaryName(text.replace(/['’]s$/, ''))) return undefined;
  let memo: readonly string[] | undefined;
  return {
    kind: 'spelling',
    capitalized,
    get suggestions() {
      return (memo ??= suggestEnglish(lower.replace(/'/g, ''), language).map((s) => adaptCase(s, text, allCaps)));
    },
  };
}

function known(lower: string): boolean {
  if (isEnglishWord(lower)) return true;
  // Two common words run together (`moodboard`, `viewport`), unless one slip away from a word
  // to a common word (`someting` is `something`, not `some` + `ting`; `moodboard` is no `moldboard`).
  if (isCompoundWord(lower) && !suggestEnglish(lower).some((s) => !s.includes(' ') && englishLevel(s) <= 4)) return true;
  if (lower.includes("'")) {
    // `y'all`, `o'clock`, `should've`: each part a word.
    if (lower.split("'").every((p) => p.length === 0 || p.length === 1 || isEnglishWord(p))) return true;
  }
  // An elongated word: `Nooo`, `Ughhh`, `Hmmm`, `Sooo`, `Yesss`, `Looooook`. A run of exactly three
  // inside a longer word is more often a typo (`loook`, `stoood`, `scrolll`): it counts only in a short
  // word or as a drawn-out last vowel or breath (`ahhh`, `heyyy`).
  // A breath drawn out by one letter at the end of a short interjection: `Ughh`, `Ahh`, `Ohh`, `Umm`,
  // `Shhh`'s shorter `Shh`. Only h and m (a doubled vowel or consonant ending a word is a typo: `soo`, `bell`).
  if (lower.length <= 5 && /(hh|mm)$/.test(lower)) {
    const shorter = lower.slice(0, -1);
    const level = englishLevel(shorter);
    if (level >= 0 && level <= 3) return true;
  }
  const run = /(.)\1\1+/.exec(lower);
  if (run) {
    const two = lower.replace(/(.)\1{2,}/g, '$1$1');
    const one = lower.replace(/(.)\1{2,}/g, '$1');
    if (run[0].length >= 4 && (isEnglishWord(two) || isEnglishWord(one))) return true;
    const level = one.length <= 3 ? englishLevel(one) : -1;
    if (level >= 0 && level <= 3) return true; // `nooo`, `sooo`, `ughhh`, `hmmm` (not `belll`: `bel` is rare)
    if (run.index + run[0].length === lower.length && /[aeiouyhsmw]/.test(run[1]) && (isEnglishWord(two) || isEnglishWord(one))) return true;
  }
  return false;
}

function adaptCase(word: string, written: string, allCaps: boolean): string {
  if (allCaps) return word.toUpperCase();
  if (upperRe.test(written[0])) return word[0].toUpperCase() + word.slice(1);
  return word;
}
