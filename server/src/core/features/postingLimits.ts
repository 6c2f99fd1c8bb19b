/**
 * AO3's posting limits and fixed values as editor diagnostics: `ao3.posting-limit` (a title over 255
 * characters, a summary over 1,250 or a notes field over 5,000 characters of posted HTML, a chapter over
 * 510,000) and `ao3.field-value` (a rating, archive warning, category or status AO3 does not take). The
 * same check as `fic export`, run on every version: chapter bodies are rendered only for chapters of
 * 300,000 characters of text or more, since a chapter's HTML runs a few percent over its text (`fic
 * export` measures every chapter). A chapter whose story words alone pass 510,000 characters is over
 * for certain (its HTML holds every character of them): it is reported from that count, without
 * rendering it on every keystroke. A fic with no header gets no "no title" error here. Notes fields are
 * rendered again only when their text changed (`NotesHtmlCache`, carried in the lint state): before, every
 * keystroke in a 1M-word fic with 165 notes rendered them all (~4 MB of garbage and several ms per key).
 * A summary or notes field whose HTML cannot reach its limit (`htmlLengthBound`: most of them, being
 * short plain text) is not rendered at all, so a cold `fic check` need not load the HTML tokenizer.
 */
import type { FicModel } from '../model';
import { LintCode, type Lint } from '../lint';
import { exportForAo3, NotesHtmlCache } from '../export/ao3';
import { ao3Limits } from '../count/ao3Html';
import { wordsBefore } from '../count/wordIndex';
import { firstStartingAtOrAfter } from '../spans';
import type { ChangedRegion } from '../parse/incremental';

/** Chapters with less text than this are not rendered on each edit (their HTML stays far below 510,000). */
const RENDER_FROM = 300_000;

/**
 * Characters of the story words of `[start, end)` (notes and headings left out): each is in the chapter's
 * posted HTML (escaping only lengthens it), so their sum is a lower bound of the HTML's length.
 */
function storyWordChars(model: FicModel, start: number, end: number): number {
  const words = model.words;
  const skip = [...model.notes, ...model.headings].filter((s) => s.end > start && s.start < end).sort((a, b) => a.start - b.start);
  let chars = 0;
  let k = 0;
  for (let i = wordsBefore(words, start) * 2; i < words.length && words[i]! < end; i += 2) {
    while (k < skip.length && skip[k]!.end <= words[i]!) k++;
    if (k < skip.length && skip[k]!.start <= words[i]!) continue;
    chars += words[i + 1]! - words[i]!;
  }
  return chars;
}

/** Chapters too long for AO3 for certain (their story words alone pass the limit), or undefined if any big one is not. */
function certainlyOver(model: FicModel): Lint[] | undefined {
  const out: Lint[] = [];
  const chapters = model.chapters.length ? model.chapters : [{ start: 0, end: model.source.length, heading: undefined }];
  for (const [k, chapter] of chapters.entries()) {
    if (chapter.end - chapter.start < RENDER_FROM) continue;
    const atLeast = storyWordChars(model, chapter.start, chapter.end);
    if (atLeast <= ao3Limits.chapter) return undefined; // near the limit: render it to measure exactly
    const name = chapter.heading ? `Chapter ${k + 1}` : 'The chapter';
    const at = chapter.heading ?? { start: chapter.start, end: chapter.start };
    out.push({ code: LintCode.PostingLimit, severity: 'error', start: at.start, end: at.end, message: `${name}'s text, as posted HTML, is over ${ao3Limits.chapter.toLocaleString('en-US')} characters (its words alone are ${atLeast.toLocaleString('en-US')}); AO3 takes at most ${ao3Limits.chapter.toLocaleString('en-US')}: split it into chapters.` });
  }
  return out;
}

/** The posting-limit check of one version, and the notes HTML the next version may reuse. */
export interface PostingLimitsCheck {
  readonly lints: Lint[];
  readonly notesHtml: ReadonlyMap<string, string>;
  /** How many notes and headings the model had: what fills the notes fields and chapter titles. */
  readonly notes: number;
  readonly headings: number;
}

/** Posting-limit and field-value lints of `model`. */
export function validatePostingLimits(model: FicModel): Lint[] {
  return checkPostingLimits(model).lints;
}

/**
 * `validatePostingLimits`, reusing the notes fields `previous` (an earlier version's check) rendered. Given
 * `region` (from the incremental reparse: outside it, every span of `model` is a span of the previous
 * model), the previous lints are kept, moved by the length change, when the edit provably left them alone:
 * they depend only on the header, the notes, the headings, where each chapter's story starts, and the
 * text of chapters long enough to be rendered; an edit of story paragraphs of a short chapter, after its
 * first story paragraph and away from every note, changes none of these (a property test compares with a
 * full check after random edits).
 */
export function checkPostingLimits(model: FicModel, previous?: PostingLimitsCheck, region?: ChangedRegion | null): PostingLimitsCheck {
  const notes = model.notes.length;
  const headings = model.headings.length;
  const kept = previous && region ? keptLints(model, previous, region) : undefined;
  if (kept) return { lints: kept, notesHtml: previous!.notesHtml, notes, headings };
  if (!model.header && model.notes.length === 0 && model.source.length < RENDER_FROM) return { lints: [], notesHtml: new Map(), notes, headings };
  const over = model.source.length >= RENDER_FROM ? certainlyOver(model) : [];
  const notesCache = new NotesHtmlCache(previous?.notesHtml);
  const { problems } = exportForAo3(model, { bodiesFrom: over ? Infinity : RENDER_FROM, notesCache, limitsOnly: true });
  const out: Lint[] = over ?? [];
  for (const p of problems) {
    if (p.code === 'ao3.html-stripped') continue;
    if (p.code === 'ao3.posting-limit' && /no title/.test(p.message)) continue;
    out.push({ code: p.code === 'ao3.posting-limit' ? LintCode.PostingLimit : LintCode.FieldValue, severity: p.severity, start: p.start, end: p.end, message: p.message });
  }
  return { lints: out.sort((a, b) => a.start - b.start), notesHtml: notesCache.next, notes, headings };
}

/** The previous check's lints moved over `region`, or undefined when the edit may have changed them. */
function keptLints(model: FicModel, check: PostingLimitsCheck, region: ChangedRegion): Lint[] | undefined {
  const { start, oldEnd, newEnd } = region;
  const delta = newEnd - oldEnd;
  const length = model.source.length;
  if (model.notes.length !== check.notes || model.headings.length !== check.headings) return undefined;
  if (length >= RENDER_FROM !== length - delta >= RENDER_FROM) return undefined;
  if (model.header && model.header.end >= start) return undefined;
  // No note touches the region (the counts agree, so none did before the edit either).
  const notes = model.notes;
  const n = firstStartingAtOrAfter(notes, newEnd + 1);
  if (n > 0 && notes[n - 1]!.end >= start) return undefined;
  // The region is inside one chapter, short before and after the edit, whose story starts before it.
  const chapters = model.chapters;
  const c = firstStartingAtOrAfter(chapters, start + 1) - 1;
  const chapter = chapters[c];
  if (!chapter || chapter.end < newEnd || chapter.end - chapter.start >= RENDER_FROM || chapter.end - delta - chapter.start >= RENDER_FROM) return undefined;
  const paragraphs = model.paragraphs;
  let p = firstStartingAtOrAfter(paragraphs, start) - 1;
  for (let steps = 0; p >= 0 && paragraphs[p]!.kind !== 'prose' && steps < 64; steps++) p--;
  const story = paragraphs[p];
  if (!story || story.kind !== 'prose' || story.start < chapter.start || story.end >= start) return undefined;
  if (delta === 0) return check.lints as Lint[];
  const out: Lint[] = new Array(check.lints.length);
  for (let i = 0; i < out.length; i++) {
    const lint = check.lints[i]!;
    if ((lint.start > start && lint.start < oldEnd) || (lint.end > start && lint.end < oldEnd)) return undefined;
    out[i] = lint.start < oldEnd && lint.end < oldEnd ? lint : { ...lint, start: lint.start >= oldEnd ? lint.start + delta : lint.start, end: lint.end >= oldEnd ? lint.end + delta : lint.end };
  }
  return out;
}

