/**
 * `prose.repeated-word`: the same word twice in a row on one line (`the the`), the slip of an edit. Only
 * spaces between: a line break, punctuation or markup between (`the, the`, `the—the`, `*the* the`,
 * `very, very`, `so-so`) is written on purpose. Story and author's notes only. Each double found is judged
 * in its sentence (`doubles.ts`): grammar and intent are never reported, a certain slip is a Warning whose
 * fix (delete the second word) is part of *Fix all*, and a double that may be meant is reported softly
 * with fixes offered one at a time (see docs/FORMAT.md, *Repeated words*).
 *
 * One walk over the model's word array (AO3 words), reading the text only where two neighbours have the
 * same length: the whole check of a 500k-word fic costs a few milliseconds.
 */
import type { FicModel, Quote, TextSource } from '../model';
import { LintCode, type Lint } from '../lint';
import { wordsBefore } from '../count/wordIndex';
import { firstEndingAtOrAfter, firstStartingAtOrAfter } from '../spans';
import { judgeDouble, type DoubleContext } from './doubles';

const isGap = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;

/**
 * The flat index `i` (even, in `[i, stop)`) of the next word that may double the one before it: the same
 * length, only gaps between, and the same letters (ASCII case folded) up to the first non-ASCII letter
 * that differs (compared on strings by the caller); `stop` when there is none. The walk over every word of
 * the fic, kept apart in a function of its own and small: it is the one loop that runs 500,000 times at the
 * open, before V8 has optimised it (its compile waits behind the canon check's), so each turn does as
 * little as it can: it reads the word's bounds once, and of a pair of the same length (one in seven) only
 * the first two units, read as `restDoubles` reads them, which tell most pairs apart; `restDoubles`, the
 * whole test, is called for a few hundred pairs in 500,000 words.
 */
export function nextDouble(words: Uint32Array, source: TextSource, i: number, stop: number): number {
  if (i >= stop) return stop;
  let aEnd = words[i - 1]!;
  let aLength = aEnd - words[i - 2]!;
  for (; i < stop; i += 2) {
    const bStart = words[i]!;
    const bEnd = words[i + 1]!;
    if (bEnd - bStart === aLength) {
      const aStart = aEnd - aLength;
      const x = source.charCodeAt(aStart);
      const y = source.charCodeAt(bStart);
      // `unitsMatch(x, y)`, written out: a call for each of ~70,000 pairs costs more than the test.
      const first = x === y || ((x | 0x20) === (y | 0x20) && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7a);
      if (first ? aLength === 1 || secondMatches(source, aStart + 1, bStart + 1) : x >= 0x80) {
        if (restDoubles(source, aStart, aEnd, bStart)) return i;
      }
    }
    aLength = bEnd - bStart;
    aEnd = bEnd;
  }
  return stop;
}

/** The units are the same, or the same ASCII letter in either case (what `restDoubles` reads as matching). */
function unitsMatch(x: number, y: number): boolean {
  return x === y || ((x | 0x20) === (y | 0x20) && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7a);
}

/** After matching first units, `restDoubles` can pass only if the second units match or the first's is beyond ASCII. */
function secondMatches(source: TextSource, a: number, b: number): boolean {
  const x = source.charCodeAt(a);
  return x >= 0x80 || unitsMatch(x, source.charCodeAt(b));
}

/**
 * The words `[aStart, aEnd)` and `[bStart, …)`, of the same length, have only gaps between them and the
 * same letters (ASCII case folded) up to the first non-ASCII unit of the first that differs. (Exported, with
 * `nextDouble`, for a test that the walk's quick reading never passes over a pair this accepts.)
 */
export function restDoubles(source: TextSource, aStart: number, aEnd: number, bStart: number): boolean {
  if (bStart <= aEnd) return false;
  let j = aEnd;
  while (j < bStart && isGap(source.charCodeAt(j))) j++;
  if (j !== bStart) return false;
  const length = aEnd - aStart;
  let k = 0;
  for (; k < length; k++) {
    if (!unitsMatch(source.charCodeAt(aStart + k), source.charCodeAt(bStart + k))) break;
  }
  return k === length || source.charCodeAt(aStart + k) >= 0x80;
}

/** `prose.repeated-word` findings in `[start, end)` of `model` (whole paragraphs). `isSpeech` says which quotes are speech. */
export function checkRepeatedWords(model: FicModel, start: number, end: number, isSpeech: (q: Quote) => boolean, out: Lint[]): void {
  const { words, source, paragraphs, quotes } = model;
  const first = wordsBefore(words, start) * 2;
  const stop = wordsBefore(words, end) * 2;
  let pi = firstEndingAtOrAfter(paragraphs, start);
  let qi = firstStartingAtOrAfter(quotes, start);
  for (let i = nextDouble(words, source, first + 2, stop); i < stop; i = nextDouble(words, source, i + 2, stop)) {
    const aStart = words[i - 2]!;
    const aEnd = words[i - 1]!;
    const bStart = words[i]!;
    const bEnd = words[i + 1]!;
    const a = source.slice(aStart, aEnd);
    const b = source.slice(bStart, bEnd);
    if (a.toLowerCase() !== b.toLowerCase() || /\d/.test(a)) continue;
    while (pi < paragraphs.length && paragraphs[pi]!.end <= aStart) pi++;
    const paragraph = paragraphs[pi];
    if (!paragraph || (paragraph.kind !== 'prose' && paragraph.kind !== 'note')) continue;
    const inSpeech = (): boolean => {
      while (qi < quotes.length && quotes[qi]!.end <= bStart) qi++;
      for (let q = qi; q < quotes.length && quotes[q]!.start <= bStart; q++) if (quotes[q]!.end > bStart && isSpeech(quotes[q]!)) return true;
      return false;
    };
    // The sentence's context never reaches before the paragraph (nor before the checked range), so a
    // paragraph's findings depend on its own text only.
    const floor = Math.max(first, wordsBefore(words, paragraph.start) * 2);
    const context: DoubleContext = { source, words, i, floor, stop: Math.min(stop, wordsBefore(words, paragraph.end) * 2), paragraphStart: paragraph.start, a, b, inSpeech };
    const verdict = judgeDouble(context);
    if (!verdict) continue;
    const [from, to] = [aEnd, bEnd];
    const lint: Lint = { code: LintCode.RepeatedWord, severity: verdict.severity, start: from, end: to, message: verdict.message, suggestions: verdict.comma ? ['', `,${source.slice(from, to)}`] : [''] };
    out.push(verdict.certain ? lint : { ...lint, data: { uncertain: true } });
  }
}
