/**
 * The outline of a fic (document symbols): the title, chapters, scenes named by their first words, and
 * author's notes, each with its word count in `detail` (`523 words`). Parts nest by containment: scenes in
 * their chapter, a note inside a chapter or scene under it. A fic with one chapter and no heading shows its
 * scenes at the top level. The title's detail is the story's count (what AO3 will show for the work); every
 * other part shows its own story count, and a note its own words.
 */
import type { FicModel, TextSource } from '../model';
import { wordIndexOf } from '../count/wordIndex';
import { chapterName, noteName, sceneName } from '../count/sectionNames';
import { trimEnd } from './foldingRanges';

export type FicSymbolKind = 'title' | 'chapter' | 'scene' | 'note';

export interface FicSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: FicSymbolKind;
  readonly start: number;
  readonly end: number;
  /** The part to reveal when the symbol is picked (the title, the heading, the note's marker, a scene's first line); inside `[start, end)`. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly children: FicSymbol[];
}

function detail(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? 'word' : 'words'}`;
}

/** End of the line holding `offset`, bounded by `end`. */
function lineEndWithin(text: TextSource, offset: number, end: number): number {
  let e = offset;
  while (e < end && text.charCodeAt(e) !== 0x0a && text.charCodeAt(e) !== 0x0d) e++;
  return e;
}

/** The hierarchical outline of `model`. O(parts · log n). */
export function getDocumentSymbols(model: FicModel): FicSymbol[] {
  const text = model.source;
  const index = wordIndexOf(model);
  const flat: FicSymbol[] = [];
  const add = (kind: FicSymbolKind, name: string, words: number, start: number, end: number, selStart: number, selEnd: number) => {
    const e = Math.max(trimEnd(text, start, end), start);
    const ss = Math.min(Math.max(selStart, start), e);
    flat.push({ kind, name, detail: detail(words), start, end: e, selectionStart: ss, selectionEnd: Math.min(Math.max(selEnd, ss), e), children: [] });
  };

  const header = model.header;
  if (header) {
    const title = header.title ?? header;
    const name = text.slice(title.start, title.end).replace(/\s+/g, ' ').trim() || 'Untitled';
    const story = (index.words.length >> 1) - index.excludedIn(0, text.length);
    add('title', name, story, header.start, header.end, title.start, title.end);
  }
  const single = model.chapters.length === 1 && !model.chapters[0].heading;
  if (!single) {
    for (const chapter of model.chapters) {
      const sel = chapter.heading ?? { start: chapter.start, end: lineEndWithin(text, chapter.start, chapter.end) };
      add('chapter', chapterName(model, chapter, model.chapters.length), index.story(chapter.start, chapter.end), chapter.start, chapter.end, sel.start, sel.end);
    }
  }
  const numbers = new Map<number, number>();
  for (const scene of model.scenes) {
    const n = (numbers.get(scene.chapter) ?? 0) + 1;
    numbers.set(scene.chapter, n);
    const name = sceneName(index, n, scene.start, scene.end);
    add('scene', name, index.story(scene.start, scene.end), scene.start, scene.end, scene.start, lineEndWithin(text, scene.start, scene.end));
  }
  for (const note of model.notes) {
    add('note', noteName(index, note.label.end, note.end), index.count(note.start, note.end), note.start, note.end, note.label.start, note.label.end);
  }
  return nest(flat);
}

/** Nests symbols by containment: sorted by start (outer first), each goes under the innermost open one holding it. */
function nest(flat: FicSymbol[]): FicSymbol[] {
  flat.sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: FicSymbol[] = [];
  const open: FicSymbol[] = [];
  for (const s of flat) {
    while (open.length > 0 && !(s.start >= open[open.length - 1].start && s.end <= open[open.length - 1].end)) open.pop();
    (open.length > 0 ? open[open.length - 1].children : roots).push(s);
    open.push(s);
  }
  return roots;
}
