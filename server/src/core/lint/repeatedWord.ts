/**
 * `prose.repeated-word`: the same word twice in a row on one line (`the the`), the slip of an edit. Never
 * reported: doubles that are grammar (`had had`, `that that`, `what it is is`, `gave her her coat`,
 * `carried on on foot`, `came to to find`), doubles written on purpose (`very very`, `there there`, `no no
 * no`, `"Wait wait"`), a name then the word (`Will will`), a name called twice in speech, and anything
 * across a line break, punctuation or markup (`the, the`, `the—the`, `*the* the`). Story and author's notes
 * only. The fix deletes the second word.
 *
 * One walk over the model's word array (AO3 words), reading the text only where two neighbours have the
 * same length: the whole check of a 500k-word fic costs a few milliseconds.
 */
import type { FicModel, Quote } from '../model';
import { LintCode, type Lint } from '../lint';
import { wordsBefore } from '../count/wordIndex';
import { firstEndingAtOrAfter, firstStartingAtOrAfter } from '../spans';
import { isEnglishWord } from '../canon/english';
import {
  copulaOpeners, copulas, doubledObjects, emphaticDo, functionWords, grammaticalDoubles, intentionalDoubles, objectPronouns,
  particles, particleVerbs, participles, spokenDoubles, subjectPronouns, twoObjectVerbs,
} from './words';

/** Whether the word at `at` opens a sentence: nothing but spaces, quotes or markup back to `.`/`!`/`?` or the paragraph start. */
function sentenceStart(source: FicModel['source'], at: number, paragraphStart: number): boolean {
  for (let j = at - 1; j >= paragraphStart; j--) {
    const c = source.charCodeAt(j);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x2a || c === 0x5f || c === 0x28) continue;
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a;
  }
  return true;
}

/** The word before a doubled particle reads as a verb or its object: `carried on on`, `put it on on`, `came to to`. */
function verbLike(before: string, particle: string): boolean {
  if (particle === 'to') return before === 'came' || before === 'come' || before === 'comes' || before === 'coming';
  return objectPronouns.has(before) || particleVerbs.has(before) || (before.length > 3 && before.endsWith('ed'));
}

const isGap = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;

/** `prose.repeated-word` findings in `[start, end)` of `model` (whole paragraphs). `isSpeech` says which quotes are speech. */
export function checkRepeatedWords(model: FicModel, start: number, end: number, isSpeech: (q: Quote) => boolean, out: Lint[]): void {
  const { words, source, paragraphs, quotes } = model;
  const first = wordsBefore(words, start) * 2;
  const stop = wordsBefore(words, end) * 2;
  let pi = firstEndingAtOrAfter(paragraphs, start);
  let qi = firstStartingAtOrAfter(quotes, start);
  for (let i = first + 2; i < stop; i += 2) {
    const aStart = words[i - 2]!;
    const aEnd = words[i - 1]!;
    const bStart = words[i]!;
    const bEnd = words[i + 1]!;
    const length = aEnd - aStart;
    if (length !== bEnd - bStart || bStart <= aEnd) continue;
    let j = aEnd;
    while (j < bStart && isGap(source.charCodeAt(j))) j++;
    if (j < bStart) continue;
    // Same letters, ASCII case folded; anything else is compared on strings below.
    let k = 0;
    for (; k < length; k++) {
      const x = source.charCodeAt(aStart + k);
      const y = source.charCodeAt(bStart + k);
      if (x !== y && ((x | 0x20) !== (y | 0x20) || (x | 0x20) < 0x61 || (x | 0x20) > 0x7a)) break;
    }
    if (k < length && source.charCodeAt(aStart + k) < 0x80) continue;
    const a = source.slice(aStart, aEnd);
    const b = source.slice(bStart, bEnd);
    const lower = a.toLowerCase();
    if (lower !== b.toLowerCase() || /\d/.test(a)) continue;
    if (grammaticalDoubles.has(lower) || intentionalDoubles.has(lower)) continue;
    const nextWord = (): string => (i + 3 < stop ? source.slice(words[i + 2]!, words[i + 3]!).toLowerCase() : '');
    // A third in a row (`no no no`), before or after: a run written on purpose.
    if (i - 4 >= first && sameAs(source, words[i - 4]!, words[i - 3]!, aStart, lower)) continue;
    if (i + 3 < stop && sameAs(source, words[i + 2]!, words[i + 3]!, bEnd, lower, true)) continue;
    const wordBefore = (back: number): string => (i - 2 - 2 * back >= first ? source.slice(words[i - 2 - 2 * back]!, words[i - 1 - 2 * back]!).toLowerCase() : '');
    // The word right before the double, when only spaces separate them (a verb or pronoun of the same clause).
    const adjacent = (): string => {
      if (i - 4 < first) return '';
      for (let g = words[i - 3]!; g < aStart; g++) if (!isGap(source.charCodeAt(g))) return '';
      return wordBefore(1);
    };
    if (particles.has(lower) && verbLike(adjacent(), lower)) continue; // `carried on on foot`
    const opened = (): boolean => [1, 2, 3, 4].some((back) => copulaOpeners.has(wordBefore(back)));
    if (copulas.has(lower) && opened()) continue; // `what it is is`
    if (emphaticDo.has(lower) && (subjectPronouns.has(adjacent()) || opened())) continue; // `I do do`, `what he did did`
    if (lower === 'had' && !participles.has(nextWord()) && !/^[a-z]{3,}ed$/.test(nextWord())) continue; // `he had had enough`
    if (doubledObjects.has(lower) && (twoObjectVerbs.has(adjacent()) || verbLike(adjacent(), lower))) continue; // `gave her her coat`
    const functionWord = functionWords.has(lower);
    const capitalA = a[0] !== lower[0];
    const capitalB = b[0] !== lower[0];
    if (!functionWord && capitalA !== capitalB) continue; // `Will will`, `Hope hope`: a name, then the word
    // Only English words: a fic in another language written with double quotes reads as en-US, and many
    // languages double words on purpose (`orang orang`). A name is judged apart below.
    const english = functionWord || isEnglishWord(lower.replace(/['’].*$/, ''));
    if (!capitalA && !english) continue;
    while (pi < paragraphs.length && paragraphs[pi]!.end <= aStart) pi++;
    const kind = paragraphs[pi]?.kind;
    if (kind !== 'prose' && kind !== 'note') continue;
    // Two capitalised English words mid-sentence are a name (`Jar Jar`, `Bora Bora`); at a sentence start
    // they are a slip (`Off Off a shelf`). A made-up name doubled is a slip in narration, a call in speech.
    if (capitalA && !functionWord && english && !sentenceStart(source, aStart, paragraphs[pi]!.start)) continue;
    const spoken = spokenDoubles.has(lower);
    const name = !functionWord && capitalA && !english;
    if (spoken || name) {
      // Said on purpose (`"No no"`) or a name called twice (`"Kaito Kaito!"`): only narration is checked.
      while (qi < quotes.length && quotes[qi]!.end <= bStart) qi++;
      let inSpeech = false;
      for (let q = qi; q < quotes.length && quotes[q]!.start <= bStart; q++) if (quotes[q]!.end > bStart && isSpeech(quotes[q]!)) inSpeech = true;
      if (inSpeech) continue;
    }
    out.push({ code: LintCode.RepeatedWord, severity: 'warning', start: aEnd, end: bEnd, message: `‘${b}’ twice in a row.`, suggestions: [''] });
  }
}

/** The word `[s, e)` is `lower` and only spaces lie between it and `other` (after it, or before it when `after`). */
function sameAs(source: FicModel['source'], s: number, e: number, other: number, lower: string, after = false): boolean {
  if (e - s !== lower.length || source.slice(s, e).toLowerCase() !== lower) return false;
  const [from, to] = after ? [other, s] : [e, other];
  for (let j = from; j < to; j++) if (!isGap(source.charCodeAt(j))) return false;
  return to > from;
}
