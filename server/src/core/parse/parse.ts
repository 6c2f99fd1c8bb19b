/**
 * `parse(text)`: the fic format (docs/FORMAT.md) read into a `FicModel`, in a fixed number of linear
 * passes that never throw:
 *   1. `splitLines`   — trimmed non-blank lines and where blank lines fall (LF, CRLF, CR);
 *   2. `buildBlocks`  — paragraphs, with heading and break lines split off;
 *   3. `classify`     — header, block notes, headings, breaks, prose;
 *   4. `scanInline`   — per prose paragraph: dialogue, thoughts, inline notes; the one state carried
 *                        between paragraphs is "a speech is open";
 *   5. `scanWords`    — AO3 words, per paragraph; then chapters and scenes.
 */
import type { AuthorNote, FicModel, Span } from '../model';
import { scanWords, SpanBuffer } from '../count/wordScanner';
import { buildBlocks } from './blocks';
import { splitLines } from './paragraphs';
import { opensDialogue, scanInline, type InlineOut, type MutableQuote } from './quotes';
import { buildSections } from './sections';
import { classify } from './structure';

export { scanInline, opensDialogue } from './quotes';
export type { InlineOut, MutableQuote } from './quotes';

/** Parses a fic into its model (see the module comment). Linear in the text; never throws. */
export function parse(text: string): FicModel {
  const source = typeof text === 'string' ? text : '';
  const lines = splitLines(source);
  const blocks = buildBlocks(source, lines);
  const structure = classify(source, lines, blocks);
  const { paragraphs } = structure;

  const out: InlineOut = { quotes: [], notes: [] };
  const unclosed: Span[] = [];
  let open: MutableQuote | undefined; // the dialogue the previous paragraph left open
  const words = new SpanBuffer(Math.max(64, source.length >> 3));
  for (const p of paragraphs) {
    scanWords(source, p.start, p.end, words);
    const prose = p.kind === 'prose';
    const continues = open !== undefined && prose && opensDialogue(source, p.start, p.end);
    if (open) {
      if (continues) open.continued = true;
      else unclosed.push({ start: open.start, end: open.start + 1 });
      open = undefined;
    }
    if (!prose) continue;
    const k = scanInline(source, p.start, p.end, continues, out);
    if (k >= 0) open = out.quotes[k];
  }
  if (open) unclosed.push({ start: open.start, end: open.start + 1 });

  const notes: AuthorNote[] = mergeNotes(structure.notes, out.notes);
  const { chapters, scenes } = buildSections(paragraphs, structure.headings, structure.notes);
  const model: FicModel = {
    text: source,
    paragraphs,
    notes,
    headings: structure.headings,
    chapters,
    breaks: structure.breaks,
    scenes,
    quotes: out.quotes,
    unclosed,
    words: words.toArray(),
  };
  return structure.header ? { ...model, header: structure.header } : model;
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
