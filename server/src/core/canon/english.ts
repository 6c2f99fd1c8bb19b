/**
 * Is it an English word? The SCOWL list (`englishData.ts`, levels 10–60, every dialect) plus the words fic
 * writers use that SCOWL lacks. The lists carry no proper names, so a canon name is never "an English word"
 * by accident unless it really is one (`Harry`, `Grace`), in which case its lowercase form is fine.
 *
 * Lookups binary-search the sorted list text itself (`sortedWords.ts`): there is no set to build.
 */
import { englishWordsText } from './englishData';
import { SortedWords } from './sortedWords';

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

let words: SortedWords | undefined;
const fandom = new Set(fandomWords);

function list(): SortedWords {
  return (words ??= new SortedWords(englishWordsText()));
}

/** True when `lower` (a lowercased word, no apostrophes) is an English word. */
export function isEnglishWord(lower: string): boolean {
  return fandom.has(lower) || list().has(lower);
}

/**
 * Readies the list (the server calls this after `initialized`; run from source, the first call reads and
 * sorts the JSON lists) and returns the number of words.
 */
export function warmEnglish(): number {
  return list().size + fandom.size;
}
