/**
 * Per-occurrence rules of the English spelling check, read from the text around a word that the word's
 * own verdict flagged (so only a handful of words per fic ever get here):
 *   - a capitalized unknown word is a name unless it opens a sentence, and even then only a word one edit
 *     from an English word (`Teh`) is reported: `Hogsmeade was quiet.` is a name, not a typo;
 *   - a word inside a URL, an e-mail address or a path (`www.example.com/tags`, `A/N`) is not prose, nor
 *     a handle that a link beside it spells out (`I'm sablefics on tumblr (https://sablefics.example.com)`);
 *   - a hashtag (`#streamerau`) and a handle apart from its `@` (`@ mothlightfics`) are not prose;
 *   - a word cut off by a dash (`Wha—`) is the start of a common word;
 *   - dialect spelt out: `nothin'`, `wi'`, `o'` cut a word short, `'ello`, `'tis`, `a good 'un` drop its start;
 *   - a dictionary name in lowercase that lies one slip from a common word (`taylor`) is excused on a
 *     texting line only (`inTextingLine`);
 *   - in a chat line (`**yuki:** ok so who's doing the slides`) a lowercase canon name is texting, not
 *     a slip of the name's capital (`inChatLine`).
 */
import type { TextSource } from '../model';
import type { SpellingFinding } from './englishWord';
import { isEnglishWord, startsCommonWord } from '../canon/english';

const tokenReach = 200;

/** True when the spelling finding on `source[start, end)` should be reported. */
export function reportSpelling(source: TextSource, start: number, end: number, finding: SpellingFinding): boolean {
  const from = Math.max(0, start - tokenReach);
  const to = Math.min(source.length, end + tokenReach);
  const around = source.slice(from, to);
  const s = start - from;
  const e = end - from;
  const token = whitespaceToken(around, s, e);
  if (/[/\\@#]|:\/\/|^\W*www\./i.test(token) || /\w\.[a-z]{2,}\b/i.test(token)) return false;
  // A handle written apart from its `@` (`@ mothlightfics`, as tumblr users write to avoid tagging).
  if (/(?:^|\s)@\s+$/.test(around.slice(Math.max(0, s - 3), s))) return false;
  if (namedByNearbyLink(around, s, e)) return false;
  // A character reference (`&nbsp;`, `&hellip;`) in pasted HTML.
  if (around[s - 1] === '&' && /^#?\w*;/.test(around.slice(e, e + 2))) return false;
  const word = around.slice(s, e).toLowerCase();
  const next = around.charCodeAt(e);
  if ((next === 0x27 || next === 0x2019) && !isLetter(around.charCodeAt(e + 1)) && isCutShort(word)) return false;
  // A word cut off mid-speech by a dash (`Wha—`, `I don't kno–`, `Absolu--`): the start of a common word.
  if (/^(?:[—–]|--|-(?!\p{L}))/u.test(around.slice(e, e + 2)) && startsCommonWord(word)) return false;
  const before = around.charCodeAt(s - 1);
  if ((before === 0x27 || before === 0x2019) && !isLetter(around.charCodeAt(s - 2)) && isElided(word)) return false;
  if (finding.nameInLowercase && inTextingLine(source, start)) return false;
  if (finding.capitalized && !finding.properSlip && (!opensSentence(around, s) || finding.suggestions.length === 0)) return false;
  return true;
}

/**
 * The run of non-space text that holds `[s, e)`. An HTML tag's `<` or `>` ends it too: the `/` of a
 * closing tag (`situation.</p>`) is no path, and a tag's attributes are never words.
 */
function whitespaceToken(text: string, s: number, e: number): string {
  let a = s;
  while (a > 0 && !/[\s<>]/.test(text[a - 1])) a--;
  let b = e;
  while (b < text.length && !/[\s<>]/.test(text[b])) b++;
  return text.slice(a, b);
}

/** True when the word at `start` of `source` opens a sentence (see `opensSentence`). */
export function opensSentenceAt(source: TextSource, start: number): boolean {
  const from = Math.max(0, start - tokenReach);
  return opensSentence(source.slice(from, start), start - from);
}

const letterRe = /\p{L}/u;

function isLetter(code: number): boolean {
  return code === code && letterRe.test(String.fromCharCode(code));
}

/**
 * A word cut short before an apostrophe, as dialect is spelt: `nothin'`, `goin'` (a dropped `g`), or
 * the start of a common word (`wi'` with, `o'` of, `th'` the, `jus'` just, `ol'` old).
 */
function isCutShort(word: string): boolean {
  if (/in$/.test(word)) return true;
  return word.length <= 4 && startsCommonWord(word);
}

/**
 * A word whose first letter an apostrophe stands for: a dropped `h` (`'ello`, `'ere`, `'im`, `'ouse`), or
 * `one` (`a good 'un`). (`'tis` and `'twas` are words of their own; reading any `'t…` as `it` would pass a
 * typo opening single-quoted speech: `'teh` as `'t` + `eh`.)
 */
function isElided(word: string): boolean {
  return word === 'un' || isEnglishWord(`h${word}`);
}

/** True when the word at `s` opens a sentence: nothing but quotes, brackets or markers since `.`, `!`, `?`, a line start or the text start. */
function opensSentence(text: string, s: number): boolean {
  let i = s - 1;
  while (i >= 0 && /[\s"“”'‘’(\[*_~—–-]/.test(text[i]) && text[i] !== '\n') i--;
  if (i < 0) return true;
  // A title's or a Latin abbreviation's full stop ends no sentence (`St. Mungo's`, `Dr. Quist`, `e.g. Tolkien`).
  if (text[i] === '.' && titleStopRe.test(text.slice(Math.max(0, i - 8), i + 1))) return false;
  return /[\n.!?…:]/.test(text[i]);
}

const titleStopRe = /(?:^|[^\p{L}.])(?:Mr|Mrs|Ms|Mx|Dr|St|Prof|Sr|Jr|Capt|Lt|Sgt|Cpl|Col|Gen|Cmdr|Adm|Rev|Hon|Mt|Ft|Gov|Sen|Rep|Insp|Det|Supt|vs|cf|approx|e\.g|i\.e)\.$/u;

/**
 * True when the word at `start` is on a line written in texting style: a chat line (`inChatLine`), or a
 * quoted message (a `>` line) whose first letter, past quote marks and markup, is lowercase (`> see u
 * thursday`, `> someone named us "devisol"`). Casing there is the writer's style: a lowercase canon name
 * or a day of the week is no slip. (A plain line opening lowercase is not enough: hard-wrapped prose
 * has them in every paragraph.)
 */
export function inTextingLine(source: TextSource, start: number): boolean {
  if (inChatLine(source, start)) return true;
  const lineStart = lineStartOf(source, start);
  if (lineStart === undefined) return false;
  const line = source.slice(lineStart, start + 1);
  const m = /^[ \t]*>(?:[\s>\-•*_~"“”'‘’([]|<[^>]{0,40}>)*(\p{L})/u.exec(line);
  return !!m && m[1] !== m[1].toUpperCase();
}

/** How far back a chat line's start is looked for: a text message is seldom longer. */
const lineReach = 1_000;

/** Where the line holding `start` begins, or undefined when it begins more than `lineReach` back. */
function lineStartOf(source: TextSource, start: number): number | undefined {
  const from = Math.max(0, start - lineReach);
  const nl = source.slice(from, start).lastIndexOf('\n');
  return nl < 0 && from > 0 ? undefined : from + nl + 1;
}
/**
 * A chat or script line's opening: optional list or quote markers and markup, a handle (one word, or two
 * or three capitalized ones: `ren`, `xX_sayu_Xx`, `Unknown Number`; not `She texted yuki`), markup, then
 * `:` and a space or the line end (`**ren:** ok`, `**yuki**: same`, `_kōta:_ hi`, `- sayu: fine`).
 */
const chatLineRe = /^[ \t]*(?:[>\-•]\s*)?[*_]*(?:[^\s:*_][^\s:*]*|[\p{Lu}\d][^\s:*]*(?: [\p{Lu}\d][^\s:*]*){1,2})[*_]*:[*_]*(?:\s|$)/u;

/**
 * True when the word at `start` of `source` is on a chat or script line (a handle, then `:`): fics write
 * group chats and text messages in lowercase, handles too, so a lowercase canon name there is the
 * writer's texting style, not a name missing its capital.
 */
export function inChatLine(source: TextSource, start: number): boolean {
  const lineStart = lineStartOf(source, start);
  if (lineStart === undefined) return false; // a line longer than a message
  const head = source.slice(lineStart, Math.min(source.length, lineStart + 80, start + 80));
  const m = chatLineRe.exec(head);
  return !!m && m.index === 0;
}

const linkRe = /(?:[a-z][a-z+.-]*:\/\/|www\.|@)\S+|\S+\.(?:com|org|net|io|me|co|uk|tv)\b\S*/giu;

const blankLineRe = /\n[ \t\r]*\n/g;

/**
 * True when the word at `[s, e)` of `around` (4+ letters) is spelt out inside a link or handle of its own
 * paragraph (a writer's user name). Never past a blank line: the incremental check re-reads only the
 * paragraphs an edit touched.
 */
function namedByNearbyLink(around: string, s: number, e: number): boolean {
  if (e - s < 4) return false;
  let from = 0;
  let to = around.length;
  blankLineRe.lastIndex = 0;
  for (let m = blankLineRe.exec(around); m; m = blankLineRe.exec(around)) {
    if (m.index + m[0].length <= s) from = m.index + m[0].length;
    else if (m.index >= e) {
      to = m.index;
      break;
    }
  }
  const paragraph = around.slice(from, to);
  const lower = around.slice(s, e).toLowerCase();
  linkRe.lastIndex = 0;
  for (let m = linkRe.exec(paragraph); m; m = linkRe.exec(paragraph)) if (m[0].toLowerCase().includes(lower)) return true;
  return false;
}
