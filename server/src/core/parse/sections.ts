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

/** Chapters and scenes of `paragraphs`; `notes` are the block notes, sorted. */
export function buildSections(paragraphs: readonly Paragraph[], headings: readonly Heading[], notes: readonly AuthorNote[]): Sections {
  const chapters: { start: number; end: number; heading?: Heading }[] = [];
  const scenes: { start: number; end: number; chapter: number }[] = [];
  let chapter: (typeof chapters)[number] | undefined;
  let scene: (typeof scenes)[number] | undefined;
  let h = 0;
  let note = 0;
  // An index loop: this runs once per parse, mostly before it is optimised, and a `for...of` there
  // allocates an iterator result per paragraph.
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.kind !== 'prose') scene = undefined;
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
        if (p.kind === 'prose') {
          if (scene) scene.end = p.end;
          else {
            scene = { start: p.start, end: p.end, chapter: chapters.length - 1 };
            scenes.push(scene);
          }
        }
    }
  }
  return { chapters, scenes };
}
