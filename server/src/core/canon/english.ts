/**
 * Is it an English word? The SCOWL lists (`englishData.ts`, sizes 10–70, every dialect) plus the words fic
 * writers use that SCOWL lacks (`supplement.ts`). Proper names are kept apart (`isDictionaryName`), so a canon name is never
 * "an English word" by accident unless it really is one (`Harry`, `Grace`), in which case its lowercase
 * form is fine.
 *
 * Lookups binary-search the sorted list texts themselves (`sortedWords.ts`): there is no set to build.
 * Most words sit in the first bands, so a known word costs one or two searches.
 */
import { englishWordsText } from './englishData';
import { SortedWords } from './sortedWords';
import { loanWords, supplementWords } from './supplement';

interface Vocabulary {
  /** The bands merged (`EnglishData.merged`), when the build made them; else `levels`. */
  readonly merged?: SortedWords;
  readonly levels: readonly SortedWords[];
  readonly american: SortedWords;
  readonly british: SortedWords;
  readonly names: SortedWords;
}

let vocabulary: Vocabulary | undefined;
const supplement = new Set(supplementWords);
const loans = new Set(loanWords);

function vocab(): Vocabulary {
  if (!vocabulary) {
    const data = englishWordsText();
    vocabulary = {
      merged: data.merged ? new SortedWords(data.merged, true) : undefined,
      levels: data.levels.map((t) => new SortedWords(t)),
      american: new SortedWords(data.american),
      british: new SortedWords(data.british),
      names: new SortedWords(data.names),
    };
  }
  return vocabulary;
}

/** True when `lower` (a lowercased word, no apostrophes) is an English word. */
export function isEnglishWord(lower: string): boolean {
  return englishLevel(lower) >= 0;
}

/**
 * The frequency class of `lower`: 0 for SCOWL's most common band (size 10) up to 7 (size 70), 3 for the
 * supplement, 7 for the romanized loanwords (`supplement.ts`), -1 when it is no English word.
 */
export function englishLevel(lower: string): number {
  // The canon judge asks about a word, then English spelling about the same word: one search for both.
  if (lower === lastWord) return lastLevel;
  lastLevel = levelOf(lower);
  lastWord = lower;
  return lastLevel;
}

let lastWord = '';
let lastLevel = -1; // `levelOf('')`

function levelOf(lower: string): number {
  if (supplement.has(lower)) return 3;
  const level = vocabLevel(lower);
  if (level >= 0) return level;
  // Romanized loanwords (`itadakimasu`, `hyung`) rank as the rarest band: known, never first among suggestions.
  return loans.has(lower) ? 7 : -1;
}

/**
 * True when `prefix` (lowercase, 1+ letters) starts a common English word of SCOWL size 40 or less
 * (`kno` → know, `somethi` → something): a word cut off mid-speech (`Wha—`) or cut short (`wi'`).
 */
export function startsCommonWord(prefix: string): boolean {
  const v = vocab();
  if (v.merged) return v.merged.hasPrefix(prefix, (tag) => tag - 0x30 <= 3);
  return v.levels.slice(0, 4).some((l) => l.hasPrefix(prefix));
}

/** True when `lower` is one of the romanized loanwords only (`taichou`, `hyung`), not a word of the lists. */
export function isLoanWord(lower: string): boolean {
  return loans.has(lower) && !supplement.has(lower) && vocabLevel(lower) < 0;
}

function vocabLevel(lower: string): number {
  const v = vocab();
  if (v.merged) {
    const tag = v.merged.tagOf(lower);
    return tag < 0 ? -1 : tag - 0x30;
  }
  for (let i = 0; i < v.levels.length; i++) if (v.levels[i].has(lower)) return i;
  return -1;
}

/**
 * True when `lower` is two common English words of four letters or more written as one (`moodboard`,
 * `viewport`, `harbourmaster`): English makes closed compounds freely and no list has them all. Short or
 * rarer parts do not count, so a typo does not pass as a compound (`smellled` is not `smell` + `led`,
 * nor `tappig` `tap` + `pig`).
 */
export function isCompoundWord(lower: string): boolean {
  if (lower.length < 8 || lower.length > 30) return false;
  for (let i = 4; i <= lower.length - 4; i++) {
    const a = englishLevel(lower.slice(0, i));
    if (a < 0 || a > 3) continue;
    const b = englishLevel(lower.slice(i));
    if (b >= 0 && b <= 3) return true;
  }
  return false;
}

/**
 * True when `written` is a proper name the dictionaries carry, written as they write it (`Steve`, `Sunday`,
 * `Paris`). Only English spelling asks: the canon check keeps these out of "English words", so a typo of a
 * canon name that happens to be a common name is still a typo of the canon's.
 */
export function isDictionaryName(written: string): boolean {
  return vocab().names.has(written);
}

/** `american` or `british` for a spelling only that dialect uses (`color`, `colour`), else undefined. */
export function dialectOf(lower: string): 'american' | 'british' | undefined {
  const v = vocab();
  return v.american.has(lower) ? 'american' : v.british.has(lower) ? 'british' : undefined;
}

/**
 * Readies the lists (the server calls this after `initialized`; run from source, the first call reads and
 * sorts the JSON lists). Nothing is counted or read through: a lookup needs no more than the list's text
 * (counting its ~117k lines cost the server's start ~2 ms of main-thread CPU for a number nobody read).
 */
export function warmEnglish(): void {
  vocab();
}
