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
  /** A slip in a common proper noun (`Wendesday`): reported even mid-sentence, its first suggestion the noun. */
  readonly properSlip?: boolean;
  /** A dictionary name written in lowercase (`taylor`): fine on a texting line (`spellingContext.ts`). */
  readonly nameInLowercase?: boolean;
  readonly suggestions: readonly string[];
}

const latinRe = /^[\p{Script=Latin}\p{M}'’‘]+$/u;
// eslint-disable-next-line no-control-regex
const nonAsciiRe = /[^\x00-\x7f]/;
const markRe = /\p{M}/u;
const upperRe = /\p{Lu}/u;
const lowerRe = /\p{Ll}/u;
/** Past this length a "word" is a pasted string, not a misspelling. */
const maxWordLength = 30;

/** The string `judgeEnglish` looks `text` up as: lowercased, curly apostrophes straightened. */
export function spellingKey(text: string): string {
  return text.toLowerCase().replace(curlyRe, "'");
}

const curlyRe = /[’‘]/g;

/** The finding for `text` (one part of an AO3 word, apostrophes possibly inside), or undefined when it is fine. */
export function judgeEnglish(text: string, language: SpellingLanguage): SpellingFinding | undefined {
  if (text.length < 2 || text.length > maxWordLength || !latinRe.test(text)) return undefined;
  const allCaps = !lowerRe.test(text);
  if (allCaps && text.length <= 4) return undefined; // `NASA`, `FBI`, `OMG`
  // An inner capital: a ship name (`RenRuki`), a brand (`iPhone`), a Mc/Mac name (`McGonagall`).
  if (!allCaps && upperRe.test(text.slice(1))) return undefined;
  const lower = spellingKey(text);
  if (known(lower, language)) return undefined;
  const capitalized = !allCaps && upperRe.test(text[0]);
  // A name the dictionaries know, with its capital (`Steve`, `Sunday`): fine even where a sentence opens.
  if (capitalized && isDictionaryName(text.replace(/['’]s$/, ''))) return undefined;
  // The same name in lowercase (`see u thursday`, `on netflix`): casual casing, not a misspelling, unless a
  // common word lies one slip away (`taylor` may be `tailor`); then only a texting line excuses it.
  let nameInLowercase = false;
  if (!capitalized && !allCaps && isDictionaryName(text[0].toUpperCase() + text.slice(1).replace(/['’]s$/, ''))) {
    if (!hasCommonNeighbour(lower, language)) return undefined;
    nameInLowercase = true;
  }
  let memo: readonly string[] | undefined;
  // A slip in a day, month, holiday, language or nationality (`Wendesday`, `Febuary`, `Christain`): a typo
  // even mid-sentence, where any other capitalized unknown word is taken for a name.
  const proper = capitalized && text.length >= 6 ? properNounSlip(text) : undefined;
  return {
    kind: 'spelling',
    capitalized,
    nameInLowercase,
    properSlip: proper !== undefined,
    get suggestions() {
      memo ??= lastSuggestions(lower.replace(/'/g, ''), language).map((s) => adaptCase(s, text, allCaps));
      return proper ? [proper, ...memo.filter((s) => s !== proper)] : memo;
    },
  };
}

/**
 * Capitalized words every writer uses and often misspells, none a person's name: days, months, holidays,
 * languages and nationalities, continents. Six letters or more, so that a slip of one is not a short name.
 */
const commonProperNouns = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February August September October November ' +
    'December Christmas Halloween Thanksgiving Valentine Hanukkah Ramadan Christian Christianity Catholic Muslim Jewish ' +
    'English British American Canadian Australian Irish Scottish Welsh French German Spanish Italian Portuguese Russian ' +
    'Chinese Japanese Korean Indian Mexican Brazilian African European Asian Caribbean Philippines Filipino Britain ' +
    'England Scotland America Australia Europe Africa Antarctica Mediterranean Atlantic Pacific Massachusetts Connecticut ' +
    'Mississippi Tennessee Pennsylvania Cincinnati Hawaiian Vietnamese Egyptian Israeli Arabic Hebrew Swedish Norwegian ' +
    'Danish Finnish Polish Ukrainian Greek Turkish Dutch Belgian Swiss Austrian Hungarian Czech'
  ).split(' ').filter((w) => w.length >= 6),
);

/** The common proper noun one edit from `text` (a capitalized word), or undefined. */
function properNounSlip(text: string): string | undefined {
  const n = text.length;
  const tryWord = (w: string) => (commonProperNouns.has(w) ? w : undefined);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 1; i < n; i++) {
    const found =
      tryWord(text.slice(0, i) + text.slice(i + 1)) ??
      (i + 1 < n ? tryWord(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2)) : undefined);
    if (found) return found;
  }
  for (let i = 1; i <= n; i++) {
    for (const c of letters) {
      const found = tryWord(text.slice(0, i) + c + text.slice(i)) ?? (i < n ? tryWord(text.slice(0, i) + c + text.slice(i + 1)) : undefined);
      if (found) return found;
    }
  }
  return undefined;
}

/** True when a common English word (SCOWL size 50 or less, or the supplement) is one slip from `lower`. */
function hasCommonNeighbour(lower: string, language: SpellingLanguage = 'en-US'): boolean {
  return lastSuggestions(lower.replace(/['’]/g, ''), language).some((s) => !s.includes(' ') && englishLevel(s) <= 4);
}

let lastKey = '';
let lastValue: string[] = [];

/**
 * `suggestEnglish`, remembering the last answer: a word's verdict may ask for its neighbours (a
 * derivation, a compound) and then for its suggestions, and each costs ~50 probes a letter.
 */
function lastSuggestions(lower: string, language: SpellingLanguage): string[] {
  const key = `${language} ${lower}`;
  if (key !== lastKey) {
    lastValue = suggestEnglish(lower, language);
    lastKey = key;
  }
  return lastValue;
}

function known(lower: string, language: SpellingLanguage): boolean {
  if (isEnglishWord(lower)) return true;
  // A word with an accent or a macron that English does not know (`cariño`, `arigatō`, `mamá`) is another
  // language's, or another romanization: no English keyboard slip makes one.
  if (nonAsciiRe.test(lower) && markRe.test(lower.normalize('NFD'))) return true;
  // Two common words run together (`moodboard`, `viewport`), unless one slip away from a word
  // to a common word (`someting` is `something`, not `some` + `ting`; `moodboard` is no `moldboard`).
  if (isCompoundWord(lower) && !hasCommonNeighbour(lower, language)) return true;
  // A user name made of three or more words (`mothlightfics`, `ashdownandout`): a typo is not.
  if (isHandleLike(lower) && !hasCommonNeighbour(lower, language)) return true;
  // A word English derives freely from a known one (`gauntleted`, `vibey`, `unfollowable`), when no
  // common word is one slip away: `occured` is `occurred`, `untill` `until`, `happend` `happened`.
  if (isDerived(lower) && !hasCommonNeighbour(lower, language)) return true;
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
    // A sound with no vowel drawn out anywhere (`bzzzt`, `brrrr`, `hmmmph`): no typo of a word loses every vowel.
    if (!/[aeiouy]/.test(lower) && (isEnglishWord(two) || isEnglishWord(one))) return true;
  }
  return false;
}

const suffixes = ['ed', 'd', 'y', 'ey', 'ish', 'ier', 'iest', 'er', 'ers', 'en', 'less', 'ness', 'ful', 'ly', 'ing', 'able', 'ability', 's', 'es'];
const prefixes = ['un', 're', 'non', 'pre', 'over', 'under', 'mis', 'out', 'half', 'semi', 'anti', 'super', 'hyper', 'mega', 'ultra', 'post'];

/** True when `lower` is a known word (of 3+ letters, SCOWL size 55 or less) with an English prefix or suffix, or both. */
function isDerived(lower: string): boolean {
  if (lower.length < 6 || lower.includes("'")) return false;
  const stem = (w: string) => w.length >= 3 && englishLevel(w) >= 0 && englishLevel(w) <= 5;
  // The stem of `w` less a suffix, as English spells it: kept (`gauntlet-ed`), with a silent `e` dropped
  // (`snuggl-y`), its last consonant doubled (`grinn-y`), a `y` turned `i` (`happi-ness`), or itself
  // derived once more (`pinken-ing`).
  const bare = (w: string, depth: number): boolean =>
    stem(w) ||
    suffixes.some((x) => {
      if (!w.endsWith(x) || w.length - x.length < 3) return false;
      const base = w.slice(0, -x.length);
      if (stem(base) || stem(`${base}e`) || stem(`${base.slice(0, -1)}y`)) return true;
      if (base.length >= 4 && base[base.length - 1] === base[base.length - 2] && stem(base.slice(0, -1))) return true;
      return depth > 0 && bare(base, depth - 1);
    });
  if (bare(lower, 1) && !stem(lower)) return true;
  return prefixes.some((p) => lower.startsWith(p) && bare(lower.slice(p.length), 1));
}

/**
 * True when `lower` (9+ letters) splits into three or more English words of three letters or more
 * (`hazardpayfic`, `ashdownandout`): a user name, which fics name in their notes; a typo seldom splits so.
 */
function isHandleLike(lower: string): boolean {
  const n = lower.length;
  if (n < 9 || n > 30 || !/^[a-z]+$/.test(lower)) return false;
  // parts[i]: the most words `lower.slice(0, i)` splits into (-1: it does not split).
  const parts = new Array<number>(n + 1).fill(-1);
  parts[0] = 0;
  for (let i = 3; i <= n; i++) {
    for (let j = Math.max(0, i - 15); j <= i - 3; j++) {
      if (parts[j] < 0) continue;
      const level = englishLevel(lower.slice(j, i));
      if (level >= 0 && level <= 5 && parts[j] + 1 > parts[i]) parts[i] = parts[j] + 1;
    }
  }
  return parts[n] >= 3;
}

function adaptCase(word: string, written: string, allCaps: boolean): string {
  if (allCaps) return word.toUpperCase();
  if (upperRe.test(written[0])) return word[0].toUpperCase() + word.slice(1);
  return word;
}
