/**
 * Step 5 of the parse: chapters and scenes from the classified paragraphs.
 * A chapter runs from its heading to the last paragraph before the next heading, leaving out an end
 * note (one that runs to the end of the text); story before the first heading, or a story with no
 * heading at all, is one chapter without a heading. Top notes and the header belong to no chapter.
 * A scene is a run of consecutive prose paragraphs: breaks, headings and block notes end it.
 */
import type { AuthorNote, Chapter, Heading, Paragraph, Scene } from '../model';

export interface Sections {
  readonly chapters: Chapter[];
  readonly scenes: Scene[];
}

/**
 * Chapters and scenes of `paragraphs`; `notes` are the block notes, sorted; `others` the indices of the
 * paragraphs that are not prose, ascending (the classify step's). A run of prose paragraphs between two
 * of them is taken in one step, so the walk is over the headings, breaks, notes and header lines, not over
 * every paragraph of the story (this runs once per parse, mostly before it is optimised).
 */
export function buildSections(paragraphs: readonly Paragraph[], headings: readonly Heading[], notes: readonly AuthorNote[], others: readonly number[]): Sections {
  const chapters: { start: number; end: number; heading?: Heading }[] = [];
  const scenes: { start: number; end: number; chapter: number }[] = [];
  let chapter: (typeof chapters)[number] | undefined;
  let h = 0;
  let note = 0;
  let from = 0; // the first paragraph of the prose run before the next of `others`
  for (let o = 0; o <= others.length; o++) {
    const at = o < others.length ? others[o]! : paragraphs.length;
    if (at > from) {
      // Prose paragraphs `from..at-1`: the chapter reaches over them, and they are one scene (the
      // paragraph before the run, if any, is not prose and ended the scene before).
      const first = paragraphs[from]!;
      const last = paragraphs[at - 1]!;
      if (!chapter) {
        chapter = { start: first.start, end: first.end };
        chapters.push(chapter);
      }
      chapter.end = last.end;
      scenes.push({ start: first.start, end: last.end, chapter: chapters.length - 1 });
    }
    if (at === paragraphs.length) break;
    from = at + 1;
    const p = paragraphs[at]!;
    switch (p.kind) {
      case 'title':
      case 'tags':
      case 'field':
        continue;
      case 'note': {
        while (note < notes.length && notes[note]!.end <= p.start) note++;
        const owner = notes[note];
        if (chapter && owner && owner.position !== 'end') chapter.end = p.end;
        continue;
      }
      case 'heading': {
        while (h < headings.length && headings[h]!.start < p.start) h++;
        chapter = { start: p.start, end: p.end, heading: headings[h] };
        chapters.push(chapter);
        continue;
      }
      default:
        if (!chapter) {
          chapter = { start: p.start, end: p.end };
          chapters.push(chapter);
        }
        chapter.end = p.end;
    }
  }
  return { chapters, scenes };
}
