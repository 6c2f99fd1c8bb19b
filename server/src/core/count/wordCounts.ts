/**
 * The word-count breakdown of a fic, as AO3 would count it: story, notes, header, headings, total, each
 * chapter and scene, and any ranges asked for. Offsets only; the LSP layer turns them into ranges.
 *
 * `story + notes + header + headings === total` always holds. Scene-break glyphs with letters (`xXx`,
 * `oOo`) are story: AO3 posts them as text and counts them; `<hr>` is HTML and counts nothing.
 */
import type { FicModel, Span } from '../model';
import { wordIndexOf } from './wordIndex';
import { chapterName, sceneName } from './sectionNames';
import { findTarget, type StoryTarget } from './target';

export interface SectionCount extends Span {
  readonly name: string;
  /** Story words of the section (notes and the heading left out). */
  readonly words: number;
}

export interface ChapterCount extends SectionCount {
  readonly scenes: readonly SectionCount[];
}

/** The totals of a fic (what the status bar shows), without the per-chapter breakdown. */
export interface WordTotals {
  /** The body as AO3 counts it once posted: everything but the header, notes and chapter headings. */
  readonly story: number;
  /** Author's notes, block and inline. */
  readonly notes: number;
  readonly header: number;
  /** Chapter heading lines: on AO3 they go in the chapter title field, which is not counted. */
  readonly headings: number;
  /** Every word of the document. */
  readonly total: number;
  /** One count per requested range, in order: every word that starts inside it. */
  readonly selections?: readonly number[];
  /** The story's target, when it has one. */
  readonly target?: StoryTarget;
}

export interface WordCounts extends WordTotals {
  readonly chapters: readonly ChapterCount[];
}

/** Every chapter with its scenes, each with its story count. O((chapters + scenes) log n). */
export function countChapters(model: FicModel, index = wordIndexOf(model)): ChapterCount[] {
  const scenesOf: SectionCount[][] = model.chapters.map(() => []);
  for (const scene of model.scenes) {
    const list = scenesOf[scene.chapter];
    if (!list) continue; // a scene pointing at no chapter: nothing to hang it on
    list.push({ start: scene.start, end: scene.end, name: sceneName(index, list.length + 1, scene.start, scene.end), words: index.story(scene.start, scene.end) });
  }
  return model.chapters.map((chapter, i) => ({
    start: chapter.start,
    end: chapter.end,
    name: chapterName(model, chapter, model.chapters.length),
    words: index.story(chapter.start, chapter.end),
    scenes: scenesOf[i],
  }));
}

/**
 * The totals of `model`, O((notes + headings) log n): cheap enough for every keystroke. `ranges` are counted
 * with every word that starts inside them (a selection counts what it shows, notes included).
 * `settingTarget` is `fic.wordCount.target`.
 */
export function getWordTotals(model: FicModel, ranges?: readonly Span[], settingTarget?: number): WordTotals {
  const index = wordIndexOf(model);
  const total = index.words.length >> 1;
  const header = model.header ? index.count(model.header.start, model.header.end) : 0;
  // Each part is counted as "its union with what comes before, minus what comes before", so overlaps
  // (a note the parser left inside the header, say) are counted once and the parts add up to the total.
  const withNotes = index.notesWithHeader();
  const notes = withNotes - header;
  const excluded = index.excludedIn(0, model.source.length);
  const target = findTarget(model, settingTarget);
  return {
    story: total - excluded,
    notes,
    header,
    headings: excluded - withNotes,
    total,
    selections: ranges?.map((r) => index.count(Math.min(r.start, r.end), Math.max(r.start, r.end))),
    target: target && !('unreadable' in target) ? target : undefined,
  };
}

/** The totals and every chapter and scene (the report): O((chapters + scenes) log n) more. */
export function getWordCounts(model: FicModel, ranges?: readonly Span[], settingTarget?: number): WordCounts {
  return { ...getWordTotals(model, ranges, settingTarget), chapters: countChapters(model) };
}

/** AO3 words inside scene-break glyphs that are story (not inside a note): each glyph with its count. */
export function breakGlyphWords(model: FicModel): { glyph: string; words: number }[] {
  const index = wordIndexOf(model);
  const out: { glyph: string; words: number }[] = [];
  for (const b of model.breaks) {
    const words = index.story(b.start, b.end);
    if (words > 0) out.push({ glyph: b.glyph, words });
  }
  return out;
}
