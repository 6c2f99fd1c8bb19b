/**
 * Italics (and, in conventions where single quotes are not speech, single-quoted words) that read as
 * emphasis rather than a thought: `a _bizarre_ idea`, `the *Erebus*`, `her copy of *The Hobbit*`,
 * `the so-called 'hero'`. A pair is a **thought** when any of these holds:
 *   1. its text ends with its own punctuation (`*Perfect,*`, `*Breathe.*`, `'Not again!'`): a clause;
 *   2. a thought tag follows it (`*Perfect* Ron thought`, `*Breathe,* she told herself`) or comes right
 *      before it (`He thought, *not again*`);
 *   3. it stands apart from the sentence's words: no letter or digit right before it and none right after
 *      it (`*Idiot*.`, a paragraph in italics, `*Why me*?`);
 *   4. it is a long lowercase phrase (four words or more, not a title in capitals) inside a sentence.
 * Anything else sits inside a sentence, touching its words: emphasis.
 */
import { isSpace, isWordChar } from './chars';

/** Verbs of thinking that tag a thought (`he thought`, `thought Harry`, `pensó`, `dachte er`, `подумал`). */
const thoughtVerbs = new Set([
  'thought', 'thinks', 'thinking', 'wondered', 'wonders', 'wondering', 'mused', 'muses', 'musing', 'reflected',
  'reasoned', 'prayed', 'reminded', 'realized', 'realised', 'pensa', 'pensait', 'pensé', 'pensée', 'pensó', 'pensaba',
  'pensou', 'pensava', 'dachte', 'überlegte', 'подумал', 'подумала', 'думал', 'думала', 'подумалось',
]);

/** Small words a title keeps in lower case (`The Lord of the Rings`). */
const titleSmallWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'de', 'la', 'le', 'du', 'von', 'der', 'die', 'das', 'y', 'el']);

function isLetterOrDigit(c: number): boolean {
  return isWordChar(c);
}

/** The word of letters (and apostrophes) ending just before `i`, lower-cased, or ''. */
function wordBefore(text: string, from: number, i: number): string {
  let j = i;
  while (j > from && isLetterOrDigit(text.charCodeAt(j - 1))) j--;
  return j < i && i - j <= 24 ? text.slice(j, i).toLowerCase() : '';
}

/** The word of letters starting at `i`, lower-cased, or ''. */
function wordAt(text: string, i: number, to: number): string {
  let j = i;
  while (j < to && isLetterOrDigit(text.charCodeAt(j))) j++;
  return j > i && j - i <= 24 ? text.slice(i, j).toLowerCase() : '';
}

/** A thought tag within the first three words after `i` (`, he thought`, ` Ron thought`, ` she told herself`). */
function tagAfter(text: string, i: number, end: number): boolean {
  let j = i;
  for (let w = 0; w < 3; w++) {
    while (j < end && (isSpace(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2c)) j++;
    const word = wordAt(text, j, end);
    if (word === '') return false;
    if (thoughtVerbs.has(word)) return true;
    j += word.length;
    if (word === 'told') {
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      const next = wordAt(text, j, end);
      return next.endsWith('self') || next.endsWith('selves');
    }
  }
  return false;
}

/** A thought verb right before `i` (`He thought, *…*`, `she thought *…*`). */
function tagBefore(text: string, start: number, i: number): boolean {
  let j = i;
  while (j > start && (isSpace(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 0x2c || text.charCodeAt(j - 1) === 0x3a)) j--;
  return thoughtVerbs.has(wordBefore(text, start, j));
}

function isOwnPunctuation(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3b || c === 0x3a ||
    c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0xbf || c === 0xa1;
}

/** Many lowercase words: a phrase rather than a name or a title. */
function isLongPhrase(text: string, s: number, e: number): boolean {
  let words = 0;
  let lowercase = 0;
  let i = s;
  while (i < e) {
    while (i < e && !isLetterOrDigit(text.charCodeAt(i))) i++;
    if (i >= e) break;
    const w = wordAt(text, i, e);
    if (w === '') {
      i++;
      continue;
    }
    words++;
    const ch = text[i]!;
    const lowerStart = ch !== ch.toUpperCase();
    if (lowerStart && !(words > 1 && titleSmallWords.has(w))) lowercase++;
    i += w.length;
  }
  return words >= 4 && lowercase > 0;
}

/**
 * Whether the pair `text[s, e)` (delimiters at `s` and `e - 1`) in the paragraph `[pStart, pEnd)` reads
 * as emphasis rather than a thought (see the module comment).
 */
export function isEmphasis(text: string, s: number, e: number, pStart: number, pEnd: number): boolean {
  let last = e - 2;
  while (last > s && isSpace(text.charCodeAt(last))) last--;
  if (last <= s || isOwnPunctuation(text.charCodeAt(last))) return false;
  let before = s;
  while (before > pStart && isSpace(text.charCodeAt(before - 1))) before--;
  let after = e;
  while (after < pEnd && isSpace(text.charCodeAt(after))) after++;
  const b = before > pStart ? text.charCodeAt(before - 1) : 0;
  // A word, a comma or a dash before it: inside a sentence (`kind of *bizarre*`, `— perhaps, *Onegin*.`).
  const wordBeforeIt = before > pStart && (isLetterOrDigit(b) || b === 0x2c || b === 0x2014 || b === 0x2013);
  const wordAfterIt = after < pEnd && isLetterOrDigit(text.charCodeAt(after));
  if (!wordBeforeIt && !wordAfterIt) return false;
  if (tagAfter(text, e, pEnd) || tagBefore(text, pStart, s)) return false;
  return !isLongPhrase(text, s + 1, e - 1);
}
