/**
 * `craft.echo-word` (a craft hint, off by default): the same uncommon word again within `ECHO_DISTANCE`
 * words, read across paragraph boundaries (a reader hears `crimson` at the end of one paragraph echo at
 * the start of the next), never across a heading, a scene break or a note (a new scene starts fresh).
 * Only narration words are compared; the distance counts every word on the page, speech included.
 * Lowercase words of five letters or more, less the common words of fiction (`commonWords.ts`); a
 * capitalised word is a name, the name hint's business.
 */
import type { FicModel, Quote } from '../model';
import { LintCode, type Lint } from '../lint';
import { wordsBefore } from '../count/wordIndex';
import { firstStartingAtOrAfter } from '../spans';
import { isCommonWord } from './commonWords';

/** Words within which a repeat is an echo. */
export const ECHO_DISTANCE = 40;

/**
 * The paragraph index past which an edit ending at `end` can no longer change an echo finding: the
 * paragraph holding the `ECHO_DISTANCE`-th word after `end` is the last one whose findings can change.
 */
export function echoReach(model: FicModel, end: number): number {
  const { words, paragraphs } = model;
  const w = wordsBefore(words, end) + ECHO_DISTANCE;
  if (w >= words.length >> 1) return paragraphs.length;
  return firstStartingAtOrAfter(paragraphs, words[w << 1]! + 1);
}

/** The first paragraph the echoes of paragraph `from` can reach back to (the `ECHO_DISTANCE` words before it). */
function echoContext(model: FicModel, from: number): number {
  const { words, paragraphs } = model;
  if (from >= paragraphs.length) return from;
  const w = wordsBefore(words, paragraphs[from]!.start) - ECHO_DISTANCE;
  if (w <= 0) return 0;
  return Math.max(0, firstStartingAtOrAfter(paragraphs, words[w << 1]! + 1) - 1);
}

const lowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** Echo findings in paragraphs `[from, to)` of `model`, reading back as far as an echo reaches. */
export function checkEchoWords(model: FicModel, from: number, to: number, isSpeech: (q: Quote) => boolean, out: Lint[]): void {
  const { words, source, paragraphs: ps, quotes } = model;
  if (from >= to) return;
  const emitFrom = ps[from]!.start;
  let last = new Map<string, number>();
  let qi = 0;
  for (let p = echoContext(model, from); p < to; p++) {
    const para = ps[p]!;
    if (para.kind !== 'prose') {
      if (last.size > 0) last = new Map();
      continue;
    }
    if (qi === 0) qi = firstStartingAtOrAfter(quotes, para.start);
    // The paragraph's speech spans, in order, to skip the words inside them.
    while (qi < quotes.length && quotes[qi]!.start < para.start) qi++;
    let q = qi;
    const wEnd = wordsBefore(words, para.end);
    for (let n = wordsBefore(words, para.start); n < wEnd; n++) {
      const start = words[n << 1]!;
      const end = words[(n << 1) + 1]!;
      if (end - start < 5 || !lowerAscii(source.charCodeAt(start))) continue;
      while (q < quotes.length && quotes[q]!.start < para.end && (quotes[q]!.end <= start || !isSpeech(quotes[q]!))) q++;
      if (q < quotes.length && quotes[q]!.start <= start && start < quotes[q]!.end) continue; // inside speech
      const w = source.slice(start, end);
      if (w !== w.toLowerCase()) continue;
      const key = w.replace(/’/g, "'");
      if (isCommonWord(key)) continue;
      const before = last.get(key);
      last.set(key, n);
      if (before !== undefined && n - before <= ECHO_DISTANCE && start >= emitFrom) {
        out.push({ code: LintCode.EchoWord, severity: 'hint', start, end, message: `‘${w}’ again, ${n - before} words after the last one.` });
      }
    }
  }
}
