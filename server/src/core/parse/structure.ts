/**
 * Step 3 of the parse: what each block is. Walks the blocks once, top to bottom:
 * - headings and breaks were split off by `buildBlocks`;
 * - at the top (before any story, heading or break) a header may start, once;
 * - a block that starts with a note marker opens a block note. At the top of the document or of a
 *   chapter (no story yet since the last heading) it is a *top-style* note: it runs on over following
 *   paragraphs while they read like a note (`isNoteLike`), or to its closing bracket when it opened
 *   with `[`/`(`. After story it is an *end-style* note: it runs to the next heading or break, or to
 *   the end of the text;
 * - everything else is prose.
 */
import type { AuthorNote, Header, Heading, Paragraph, SceneBreak } from '../model';
import { detach } from './chars';
import { openingClass } from './conventions';
import { detectHeader } from './header';
import { findClosingBracket, isNoteLike, matchNoteMarker, type NoteMarker } from './notes';
import type { Lines } from './paragraphs';
import type { Block } from './types';

export interface Structure {
  readonly header?: Header;
  readonly paragraphs: Paragraph[];
  /** Block notes only (inline notes come from the inline scan). */
  readonly notes: AuthorNote[];
  readonly headings: Heading[];
  readonly breaks: SceneBreak[];
  /** Prose paragraphs' votes for the dialogue convention: `[paragraph index, opening class, ...]`, non-zero classes only. */
  readonly votes: number[];
}

/** Read once: a call across modules costs a getter per call under the test runner's module transform. */
const voteOf = openingClass;

/** How far a bracketed top note may look for its closing bracket. */
const MAX_BRACKET_BLOCKS = 30;

/** Classifies `blocks` (see the module comment). Linear in the text. */
export function classify(text: string, lines: Lines, blocks: readonly Block[]): Structure {
  const paragraphs: Paragraph[] = [];
  const notes: AuthorNote[] = [];
  const headings: Heading[] = [];
  const breaks: SceneBreak[] = [];
  let header: Header | undefined;
  const votes: number[] = [];
  let headerAllowed = true;
  let chapterTop = true; // no story since the start or the last heading
  let storySeen = false;
  const n = blocks.length;
  let i = 0;
  while (i < n) {
    const block = blocks[i]!;
    if (block.kind === 'heading' && block.heading) {
      const h = block.heading;
      const heading: Heading = h.number === undefined
        ? { start: block.start, end: block.end, kind: h.kind, title: detach(h.title) }
        : { start: block.start, end: block.end, kind: h.kind, title: detach(h.title), number: h.number };
      headings.push(heading);
      paragraphs.push({ start: block.start, end: block.end, kind: 'heading' });
      chapterTop = true;
      headerAllowed = false;
      i++;
      continue;
    }
    if (block.kind === 'break') {
      // Titles and glyphs outlive this version (reparse moves them on): copies, never views of the text.
      breaks.push({ start: block.start, end: block.end, glyph: detach(text.slice(block.start, block.end)) });
      paragraphs.push({ start: block.start, end: block.end, kind: 'break' });
      headerAllowed = false;
      i++;
      continue;
    }
    const marker = matchNoteMarker(text, block.start, block.end);
    if (marker) {
      const j = chapterTop ? topNoteEnd(text, lines, blocks, i, marker, headerAllowed && !header) : laterNoteEnd(blocks, i);
      const position = !storySeen ? 'top' : j === n ? 'end' : 'body';
      notes.push({ start: block.start, end: blocks[j - 1]!.end, inline: false, position, label: { start: block.start, end: marker.labelEnd } });
      for (let k = i; k < j; k++) paragraphs.push({ start: blocks[k]!.start, end: blocks[k]!.end, kind: 'note' });
      i = j;
      continue;
    }
    if (headerAllowed && !header) {
      const found = detectHeader(text, lines, blocks, i);
      if (found) {
        header = found.header;
        for (const p of found.paragraphs) paragraphs.push(p);
        i = found.next;
        continue;
      }
    }
    // The paragraph's vote for the dialogue convention, taken while the block is at hand (conventions.ts).
    const vote = voteOf(text, block.start, block.end);
    if (vote !== 0) votes.push(paragraphs.length, vote);
    paragraphs.push({ start: block.start, end: block.end, kind: 'prose' });
    headerAllowed = false;
    chapterTop = false;
    storySeen = true;
    i++;
  }
  return { header, paragraphs, notes, headings, breaks, votes };
}

/** End (exclusive block index) of an end-style note starting at block `i`: the next heading or break. */
function laterNoteEnd(blocks: readonly Block[], i: number): number {
  let j = i + 1;
  while (j < blocks.length && blocks[j]!.kind === 'prose') j++;
  return j;
}

/** End (exclusive block index) of a top-style note starting at block `i`. */
function topNoteEnd(text: string, lines: Lines, blocks: readonly Block[], i: number, marker: NoteMarker, headerAllowed: boolean): number {
  const first = blocks[i]!;
  if (marker.bracket !== 0) {
    let r = findClosingBracket(text, marker.labelEnd, first.end, marker.bracket, 1);
    for (let k = i + 1; r < 0 && k < blocks.length && k <= i + MAX_BRACKET_BLOCKS; k++) {
      const b = blocks[k]!;
      if (b.kind !== 'prose' || matchNoteMarker(text, b.start, b.end)) break;
      r = findClosingBracket(text, b.start, b.end, marker.bracket, -r - 1);
      if (r >= 0) return k + 1;
    }
  }
  let j = i + 1;
  while (j < blocks.length) {
    const b = blocks[j]!;
    if (b.kind !== 'prose' || matchNoteMarker(text, b.start, b.end)) break;
    if (headerAllowed && detectHeader(text, lines, blocks, j)) break;
    if (!isNoteLike(text, b.start, b.end)) break;
    j++;
  }
  return j;
}
