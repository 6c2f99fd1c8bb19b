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
 */
import type { FicModel } from '../model';
import { LintCode, type Lint } from '../lint';
import { exportForAo3, NotesHtmlCache } from '../export/ao3';
import { ao3Limits } from '../count/ao3Html';
import { wordsBefore } from '../count/wordIndex';

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
}

/** Posting-limit and field-value lints of `model`. */
export function validatePostingLimits(model: FicModel): Lint[] {
  return checkPostingLimits(model).lints;
}

/** `validatePostingLimits`, reusing the notes fields `previous` (an earlier version's check) rendered. */
export function checkPostingLimits(model: FicModel, previous?: PostingLimitsCheck): PostingLimitsCheck {
  if (!model.header && model.notes.length === 0 && model.source.length < RENDER_FROM) return { lints: [], notesHtml: new Map() };
  const over = model.source.length >= RENDER_FROM ? certainlyOver(model) : [];
  const notesCache = new NotesHtmlCache(previous?.notesHtml);
  const { problems } = exportForAo3(model, { bodiesFrom: over ? Infinity : RENDER_FROM, notesCache });
  const out: Lint[] = over ?? [];
  for (const p of problems) {
    if (p.code === 'ao3.html-stripped') continue;
    if (p.code === 'ao3.posting-limit' && /no title/.test(p.message)) continue;
    out.push({ code: p.code === 'ao3.posting-limit' ? LintCode.PostingLimit : LintCode.FieldValue, severity: p.severity, start: p.start, end: p.end, message: p.message });
  }
  return { lints: out.sort((a, b) => a.start - b.start), notesHtml: notesCache.next };
}
