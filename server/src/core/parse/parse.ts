/**
 * `parse(text)`: the fic format (docs/FORMAT.md) read into a `FicModel`, in a fixed number of linear
 * passes that never throw:
 *   1, 2. `splitBlocks` — trimmed non-blank lines and where blank lines fall (LF, CRLF, CR), grouped
 *                        as they are read into paragraphs, with heading and break lines split off;
 *   3. `classify`     — header, block notes, headings, breaks, prose; then the dialogue convention
 *                        (the `Language:` field, the setting, or each prose paragraph's opening quote);
 *   4. `scanProse`    — per prose paragraph, in one walk: AO3 words, and dialogue, thoughts, inline
 *                        notes; the one state carried between paragraphs is "a speech is open"
 *                        (other paragraphs: `scanWords`, words only);
 *   5. `buildSections` — chapters and scenes.
 */
import type { AuthorNote, DialogueInfo, DialogueSetting, DialogueStyle, FicModel, Header, Paragraph, Span, TextSource } from '../model';
import { scanWords, SpanBuffer } from '../count/wordScanner';
import { mayHoldMarkup, scanMarkup } from '../count/markupWords';
import { underscoreDelimiterWords } from '../export/emphasis';
import { splitBlocks } from './blocks';
import { decide, dialogueStyles, languageStyle, openingClass } from './conventions';
import { opensDialogue, scanProse, useConvention, type InlineOut, type MutableQuote } from './quotes';
import { buildSections } from './sections';
import { classify } from './structure';

export { scanInline, opensDialogue } from './quotes';
export type { InlineOut, MutableQuote } from './quotes';

/** What a parse may be told from outside the text. */
export interface ParseOptions {
  /** The setting `fic.dialogue.style` (default `auto`: the document's `Language:` field or its own quotes decide). */
  readonly dialogueStyle?: DialogueSetting;
}

/** Parses a fic into its model (see the module comment). Linear in the text; never throws. */
export function parse(text: string, options?: ParseOptions): FicModel {
  const source = typeof text === 'string' ? text : '';
  const { lines, blocks } = splitBlocks(source);
  const structure = classify(source, lines, blocks);
  const { paragraphs } = structure;
  const setting = options?.dialogueStyle;
  const dialogue = readConvention(source, structure.openings, structure.votes, structure.header, setting && dialogueStyles.includes(setting as DialogueStyle) ? setting : 'auto');
  useConvention(dialogue.style);

  const out: InlineOut = { quotes: [], notes: [] };
  const unclosed: Span[] = [];
  const words = new SpanBuffer(Math.max(64, (source.length >>> 4) * 3 + 8)); // ~a word per 5.3 units: no growth
  const open = scanParagraphs(source, paragraphs, 0, paragraphs.length, undefined, out, unclosed, words);
  if (open) unclosed.push({ start: open.start, end: open.start + 1 });

  const notes: AuthorNote[] = mergeNotes(structure.notes, out.notes);
  const { chapters, scenes } = buildSections(paragraphs, structure.headings, structure.notes, structure.others);
  const model: FicModel = {
    text: source,
    source,
    paragraphs,
    notes,
    headings: structure.headings,
    chapters,
    breaks: structure.breaks,
    scenes,
    quotes: out.quotes,
    dialogue,
    unclosed,
    words: words.toArray(),
  };
  // A text with markup is also read as AO3 reads posted HTML, for the counts (plain text: one indexOf per mark).
  let withWords: FicModel = model;
  if (mayHoldMarkup(source, 0, source.length)) {
    const scan = scanMarkup(source);
    withWords = { ...model, ao3Words: dropUnderscoreDelimitersAll(source, paragraphs, scan.words), ao3Reach: scan.reach };
  }
  return structure.header ? { ...withWords, header: structure.header } : withWords;
}

/**
 * Steps 4 and 5 for `paragraphs[from, to)`: their words into `words`, and for prose their dialogue,
 * thoughts and inline notes into `out`. `open` is the dialogue the paragraph before `from` left open (or
 * undefined); it is marked `continued`, or its opening quote is pushed to `unclosed`, as the first
 * paragraph decides. Returns the dialogue the last paragraph leaves open, for the caller to settle.
 * Shared by `parse` and the incremental reparse, so both read paragraphs the very same way.
 */
export function scanParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  from: number,
  to: number,
  open: MutableQuote | undefined,
  out: InlineOut,
  unclosed: Span[],
  words: SpanBuffer,
): MutableQuote | undefined {
  // The next `_` at or after the paragraph read (-1: none left): one native search per `_` in the text,
  // instead of a loop over every character of every paragraph.
  let underscore = -2;
  for (let i = from; i < to; i++) {
    const p = paragraphs[i]!;
    const prose = p.kind === 'prose';
    const continues = open !== undefined && prose && opensDialogue(text, p.start, p.end);
    if (open) {
      open.continued = continues;
      if (!continues) unclosed.push({ start: open.start, end: open.start + 1 });
    }
    if (!prose) {
      scanWords(text, p.start, p.end, words);
      open = undefined;
      continue;
    }
    const first = words.size;
    const k = scanProse(text, p.start, p.end, continues, out, words, continues ? open!.style : undefined);
    open = k >= 0 ? out.quotes[k] : undefined;
    if (underscore !== -1 && underscore < p.start) underscore = text.indexOf('_', p.start);
    if (underscore !== -1 && underscore < p.end) dropUnderscoreDelimiters(text, p.start, p.end, words, first);
  }
  return open;
}

/** Whether `text[start, end)` holds a `_` (a bounded loop: `indexOf` would read on to the end of the text). */
function hasUnderscore(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x5f) return true;
  return false;
}

/**
 * Takes out of `words[first..]` (the words of one prose paragraph, which holds a `_`) the `_` emphasis delimiters that stand
 * as words of their own: the export posts them as `<em>` tags, which AO3 does not count.
 */
function dropUnderscoreDelimiters(text: string, start: number, end: number, words: SpanBuffer, first: number): void {
  const drop = underscoreDelimiterWords(text.slice(start, end));
  if (drop.length === 0) return;
  const data = words.data;
  let w = first;
  let d = 0;
  for (let r = first; r < words.size; r += 2) {
    while (d < drop.length && drop[d]! + start < data[r]!) d += 2;
    if (d < drop.length && drop[d]! + start === data[r] && drop[d + 1]! + start === data[r + 1]) continue;
    data[w++] = data[r]!;
    data[w++] = data[r + 1]!;
  }
  words.size = w;
}

/**
 * The same for the markup words of the whole text (sorted flat pairs): prose paragraphs only.
 */
export function dropUnderscoreDelimitersAll(text: string, paragraphs: readonly Paragraph[], words: Uint32Array): Uint32Array {
  const drop: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.kind !== 'prose') continue;
    if (!hasUnderscore(text, p.start, p.end)) continue;
    for (const x of underscoreDelimiterWords(text.slice(p.start, p.end))) drop.push(x + p.start);
  }
  if (drop.length === 0) return words;
  const out = new Uint32Array(words.length);
  let w = 0;
  let d = 0;
  for (let r = 0; r < words.length; r += 2) {
    while (d < drop.length && drop[d]! < words[r]!) d += 2;
    if (d < drop.length && drop[d] === words[r] && drop[d + 1] === words[r + 1]) continue;
    out[w++] = words[r]!;
    out[w++] = words[r + 1]!;
  }
  return out.slice(0, w);
}

/** Block and inline notes, merged by start (both lists are already sorted). */
function mergeNotes(block: readonly AuthorNote[], inline: readonly AuthorNote[]): AuthorNote[] {
  if (inline.length === 0) return [...block];
  const out: AuthorNote[] = [];
  let a = 0;
  let b = 0;
  while (a < block.length || b < inline.length) {
    if (b >= inline.length || (a < block.length && block[a]!.start <= inline[b]!.start)) out.push(block[a++]!);
    else out.push(inline[b++]!);
  }
  return out;
}

/** Each prose paragraph's opening class (a vote; see conventions.ts), from `from` to `to`, into `openings`. */
export function voteOpenings(text: string, paragraphs: readonly Paragraph[], from: number, to: number, openings: Uint8Array, votes: Int32Array, at = from): void {
  for (let i = from; i < to; i++) {
    const p = paragraphs[i]!;
    const k = p.kind === 'prose' ? openingClass(text, p.start, p.end) : 0;
    if (k !== 0) {
      openings[at + i - from] = k;
      votes[k]!++;
    }
  }
}

/** The `Language:` field's value, if the header has one. */
export function headerLanguage(text: TextSource, header: Header | undefined): string | undefined {
  const field = header?.fields.find((f) => f.name === 'language');
  return field ? text.slice(field.valueSpan.start, Math.min(field.valueSpan.end, field.valueSpan.start + 60)) : undefined;
}

/**
 * The dialogue convention: the `Language:` field's, else the setting's, else the one the paragraphs'
 * opening quotes vote for (a `Language: English` field leaves en-US or en-GB to the votes). `openings`
 * and `votes` are the classify step's, kept by the model.
 */
export function readConvention(text: string, openings: Uint8Array, votes: Int32Array, header: Header | undefined, setting: DialogueSetting): DialogueInfo {
  return { ...chooseStyle(headerLanguage(text, header), setting, votes), setting, votes, openings };
}

/** The style and what chose it, for the given votes (see `readConvention`). */
export function chooseStyle(language: string | undefined, setting: DialogueSetting, votes: Int32Array): Pick<DialogueInfo, 'style' | 'by'> {
  const named = language === undefined ? undefined : languageStyle(language);
  if (named === 'english') {
    if (setting === 'en-US' || setting === 'en-GB') return { style: setting, by: 'setting' };
    return { style: decide(votes, true), by: 'header' };
  }
  if (named) return { style: named, by: 'header' };
  if (setting !== 'auto') return { style: setting, by: 'setting' };
  return { style: decide(votes), by: 'text' };
}
