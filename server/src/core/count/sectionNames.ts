/**
 * Names for the parts of a fic, shown in the outline and the word-count report: chapters by their heading,
 * scenes and notes by their first words (`Scene 2 — “I won't let…”`).
 */
import type { Chapter, FicModel } from '../model';
import { firstEndingAtOrAfter } from '../spans';
import { wordsBefore, type WordIndex } from './wordIndex';

const MAX_WORDS = 5;
const MAX_CHARS = 40;

/**
 * The first few story words of `[start, end)`, as written (punctuation kept, double quotes and line breaks
 * dropped), with `…` when the part goes on. Empty when the part has no story words. Stops at a note, so an
 * inline `(A/N: …)` never leaks into a scene's name.
 */
export function firstWords(index: WordIndex, start: number, end: number, story = true): string {
  const { words } = index.model;
  const n = words.length >> 1;
  let k = wordsBefore(words, start);
  let from = -1;
  let to = -1;
  let taken = 0;
  for (; k < n && words[k << 1] < end && taken < MAX_WORDS; k++) {
    const ws = words[k << 1];
    if (story && index.isExcluded(ws)) {
      if (taken > 0) break;
      continue;
    }
    if (from < 0) from = ws;
    to = words[(k << 1) + 1];
    taken++;
  }
  if (from < 0) return '';
  let phrase = withoutQuoteMarks(index.model, from, to)
    .replace(/["“”„«»「」『』*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  let more = k < n && words[k << 1] < end;
  if (phrase.length > MAX_CHARS) {
    phrase = phrase.slice(0, MAX_CHARS).trimEnd();
    more = true;
  }
  return more ? `${phrase}…` : phrase;
}

/** `Chapter 12: The Roof` (the heading as written, Markdown `#` marks dropped), or a name for a chapter with no heading. */
export function chapterName(model: FicModel, chapter: Chapter, chapterCount: number): string {
  if (chapter.heading) {
    const line = model.source.slice(chapter.heading.start, chapter.heading.end).replace(/^\s*#+\s*/, '').replace(/\s+/g, ' ').trim();
    if (line) return line;
  }
  return chapterCount > 1 ? 'Opening' : 'Story';
}

/** `Scene 2 — “I won't let…”`: numbered within its chapter, named by its first story words. */
export function sceneName(index: WordIndex, number: number, start: number, end: number): string {
  const words = firstWords(index, start, end);
  return words ? `Scene ${number} — “${words}”` : `Scene ${number}`;
}

/** `A/N — “Thanks for reading…”`: a note named by its first words after the marker. */
export function noteName(index: WordIndex, labelEnd: number, end: number): string {
  const words = firstWords(index, labelEnd, end, false);
  return words ? `A/N — “${words}”` : 'A/N';
}

/**
 * `text[from, to)` without the quotation marks the parse read as delimiters, in the document's own
 * convention: `'Where's the Potters' house?'` loses its two quotes and keeps its apostrophes.
 */
const quoteMark = /['‘’‚"“”„«»「」『』—–―-]/;

function withoutQuoteMarks(model: FicModel, from: number, to: number): string {
  const quotes = model.quotes;
  let out = '';
  let at = from;
  for (let k = firstEndingAtOrAfter(quotes, from + 1); k < quotes.length && quotes[k]!.start < to; k++) {
    const q = quotes[k]!;
    const marks = q.style === 'dash' ? [q.start] : q.closed ? [q.start, q.end - 1] : [q.start];
    for (const m of marks) {
      if (m < at || m >= to || !quoteMark.test(model.source.slice(m, m + 1))) continue;
      out += model.source.slice(at, m);
      at = m + 1;
    }
  }
  return out + model.source.slice(at, to);
}
