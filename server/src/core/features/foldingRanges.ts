/**
 * Folding ranges of a fic, as offsets: the header block; each author's note block with kind `comment`
 * (so VS Code's "Fold All Block Comments" folds every note at once); chapters and scenes as `region`.
 *
 * A chapter is folded only when it has a heading (the fold starts on it); a scene only when its chapter has
 * more than one (a lone scene is the chapter again). So no two folds start at the same place. Ends are
 * pulled back over trailing blank lines so a fold never swallows the gap before the next part.
 */
import type { FicModel, TextSource } from '../model';

export type FoldKind = 'comment' | 'region';

export interface Fold {
  readonly start: number;
  /** Just past the last non-blank character. */
  readonly end: number;
  /** No kind for the header. */
  readonly kind?: FoldKind;
}

/** `end` moved back over trailing whitespace, never before `start`. */
export function trimEnd(text: TextSource, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xa0 && c !== 0x3000) break;
    e--;
  }
  return e;
}

/** Every folding range of `model`, sorted by start (outer before inner). Linear in the number of parts. */
export function getFoldingRanges(model: FicModel): Fold[] {
  const text = model.source;
  const out: Fold[] = [];
  const push = (start: number, end: number, kind?: FoldKind) => {
    const e = trimEnd(text, start, end);
    if (e > start) out.push(kind ? { start, end: e, kind } : { start, end: e });
  };
  if (model.header) push(model.header.start, model.header.end);
  for (const note of model.notes) if (!note.inline) push(note.start, note.end, 'comment');
  const scenesPerChapter = new Uint32Array(model.chapters.length);
  for (const s of model.scenes) if (s.chapter < scenesPerChapter.length) scenesPerChapter[s.chapter]++;
  model.chapters.forEach((chapter) => {
    if (chapter.heading) push(chapter.heading.start, chapter.end, 'region');
  });
  for (const scene of model.scenes) {
    if ((scenesPerChapter[scene.chapter] ?? 0) > 1) push(scene.start, scene.end, 'region');
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
