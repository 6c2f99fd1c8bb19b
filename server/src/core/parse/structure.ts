/**
 * Step 3 of the parse: what each block is. Walks the blocks once, top to bottom:
 * - headings and breaks were split off by `splitBlocks`;
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
import { mayOpenVote, OPENING_CLASSES, openingClass } from './conventions';
import { detectHeader } from './header';
import type { HeadingInfo } from './headings';
import { findClosingBracket, isNoteLike, matchNoteMarker, mayOpenNote, notePairs, type NoteMarker } from './notes';
import type { Lines } from './paragraphs';
import { BLOCK_BREAK as BREAK_, BLOCK_HEADING as HEADING_, BLOCK_PROSE as PROSE_, type Blocks } from './types';

// Block kinds as local constants: an imported binding is read through a getter under the test runner's
// module transform, once per block.
const BLOCK_BREAK = BREAK_;
const BLOCK_HEADING = HEADING_;
const BLOCK_PROSE = PROSE_;

export interface Structure {
  readonly header?: Header;
  readonly paragraphs: Paragraph[];
  /** Block notes only (inline notes come from the inline scan). */
  readonly notes: AuthorNote[];
  readonly headings: Heading[];
  readonly breaks: SceneBreak[];
  /** Each paragraph's opening class (conventions.ts; 0 for none and for paragraphs that are not prose), by paragraph index. */
  readonly openings: Uint8Array;
  /** Votes per opening class over every prose paragraph. */
  readonly votes: Int32Array;
  /** Indices of the paragraphs that are not prose, ascending (for `buildSections`). */
  readonly others: number[];
}

/** Read once: a call across modules costs a getter per call under the test runner's module transform. */
const voteOf = openingClass;
const noteMarkerAt = matchNoteMarker;
const pairs = notePairs;

// What the first unit of a block may open, by unit (4: decided): a note marker (`A/N`, `**AN:`,
// `[Author's`) or a vote for the dialogue convention (a quote or a dash). Most blocks of story open with
// neither (a letter), and are classified without a call. Units past ASCII are decided on first sight (a
// curly quote opens no note marker).
const MAY_NOTE = 1;
const MAY_VOTE = 2;
const DECIDED = 4;
const opens = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) decideUnit(c);

function decideUnit(c: number): number {
  const may = DECIDED | (mayOpenNote(c) ? MAY_NOTE : 0) | (mayOpenVote(c) ? MAY_VOTE : 0);
  opens[c] = may;
  return may;
}

/** How far a bracketed top note may look for its closing bracket. */
const MAX_BRACKET_BLOCKS = 30;

/** Classifies `blocks` (see the module comment). Linear in the text. */
export function classify(text: string, lines: Lines, blocks: Blocks): Structure {
  const paragraphs: Paragraph[] = [];
  const notes: AuthorNote[] = [];
  const headings: Heading[] = [];
  const breaks: SceneBreak[] = [];
  const others: number[] = [];
  let header: Header | undefined;
  // A paragraph per line at most (a header's lines are paragraphs of their own): sized by the lines, cut to the paragraphs.
  const openings = new Uint8Array(lines.count);
  const votes = new Int32Array(OPENING_CLASSES);
  let headerAllowed = true;
  let chapterTop = true; // no story since the start or the last heading
  let storySeen = false;
  const n = blocks.count;
  const starts = blocks.start;
  const ends = blocks.end;
  const kinds = blocks.kind;
  let i = 0;
  while (i < n) {
    const start = starts[i]!;
    const end = ends[i]!;
    const kind = kinds[i]!;
    if (kind === BLOCK_HEADING) {
      headings.push(headingOf(start, end, blocks.headings.get(i)!));
      others.push(paragraphs.length);
      paragraphs.push({ start, end, kind: 'heading' });
      chapterTop = true;
      headerAllowed = false;
      i++;
      continue;
    }
    if (kind === BLOCK_BREAK) {
      // Titles and glyphs outlive this version (reparse moves them on): copies, never views of the text.
      breaks.push({ start, end, glyph: detach(text.slice(start, end)) });
      others.push(paragraphs.length);
      paragraphs.push({ start, end, kind: 'break' });
      headerAllowed = false;
      i++;
      continue;
    }
    const c = text.charCodeAt(start);
    let may = opens[c]!;
    if (may === 0) may = decideUnit(c);
    let marker: NoteMarker | undefined;
    if ((may & MAY_NOTE) !== 0) {
      const second = start + 1 < end ? text.charCodeAt(start + 1) : 0;
      if (c >= 0x80 || second >= 0x80 || pairs[(c << 7) | second] === 1) marker = noteMarkerAt(text, start, end);
    }
    if (marker) {
      const j = chapterTop ? topNoteEnd(text, lines, blocks, i, marker, headerAllowed && !header) : laterNoteEnd(blocks, i);
      const position = !storySeen ? 'top' : j === n ? 'end' : 'body';
      notes.push({ start, end: ends[j - 1]!, inline: false, position, label: { start, end: marker.labelEnd } });
      for (let k = i; k < j; k++) {
        others.push(paragraphs.length);
        paragraphs.push({ start: starts[k]!, end: ends[k]!, kind: 'note' });
      }
      i = j;
      continue;
    }
    if (headerAllowed && !header) {
      const found = detectHeader(text, lines, blocks, i);
      if (found) {
        header = found.header;
        for (let k = 0; k < found.paragraphs.length; k++) {
          const p = found.paragraphs[k]!;
          if (p.kind !== 'prose') others.push(paragraphs.length);
          paragraphs.push(p);
        }
        i = found.next;
        continue;
      }
    }
    // The paragraph's vote for the dialogue convention, taken while the block is at hand (conventions.ts).
    const vote = (may & MAY_VOTE) !== 0 ? voteOf(text, start, end) : 0;
    if (vote !== 0) {
      openings[paragraphs.length] = vote;
      votes[vote]!++;
    }
    paragraphs.push({ start, end, kind: 'prose' });
    headerAllowed = false;
    chapterTop = false;
    storySeen = true;
    i++;
  }
  return { header, paragraphs, notes, headings, breaks, openings: openings.subarray(0, paragraphs.length), votes, others };
}

/**
 * The model's heading for a heading block. Out of `classify`'s loop: its two shapes (with and without a
 * number) are then both built here, and a fic whose first headings have no number (`Prologue`) does not
 * throw the loop's optimised code away at its first `Chapter 1`.
 */
function headingOf(start: number, end: number, h: HeadingInfo): Heading {
  return h.number === undefined
    ? { start, end, kind: h.kind, title: detach(h.title) }
    : { start, end, kind: h.kind, title: detach(h.title), number: h.number };
}

/** End (exclusive block index) of an end-style note starting at block `i`: the next heading or break. */
function laterNoteEnd(blocks: Blocks, i: number): number {
  let j = i + 1;
  while (j < blocks.count && blocks.kind[j] === BLOCK_PROSE) j++;
  return j;
}

/** End (exclusive block index) of a top-style note starting at block `i`. */
function topNoteEnd(text: string, lines: Lines, blocks: Blocks, i: number, marker: NoteMarker, headerAllowed: boolean): number {
  const { start, end, kind, count } = blocks;
  if (marker.bracket !== 0) {
    let r = findClosingBracket(text, marker.labelEnd, end[i]!, marker.bracket, 1);
    for (let k = i + 1; r < 0 && k < count && k <= i + MAX_BRACKET_BLOCKS; k++) {
      if (kind[k] !== BLOCK_PROSE || matchNoteMarker(text, start[k]!, end[k]!)) break;
      r = findClosingBracket(text, start[k]!, end[k]!, marker.bracket, -r - 1);
      if (r >= 0) return k + 1;
    }
  }
  let j = i + 1;
  while (j < count) {
    if (kind[j] !== BLOCK_PROSE || matchNoteMarker(text, start[j]!, end[j]!)) break;
    if (headerAllowed && detectHeader(text, lines, blocks, j)) break;
    if (!isNoteLike(text, start[j]!, end[j]!)) break;
    j++;
  }
  return j;
}
