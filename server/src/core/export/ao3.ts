/**
 * A fic as AO3's posting form takes it: the work's fields, and per chapter its title, notes, end notes
 * and body HTML (`html.ts`). No author's note stays in a body: a note before a chapter's story goes to
 * its beginning notes (the work's, for the first chapter), a note after it to its end notes (the work's
 * end notes, for a one-chapter work); headings go to chapter titles; header fields to their fields.
 * Posting limits and AO3's fixed values are checked (`limits.ts`). Pure; never throws.
 */
import type { AuthorNote, Chapter, FicModel, Span } from '../model';
import { countAo3Html } from '../count/markupWords';
import { escapeText, renderHtml, type Piece } from './html';
import { readWorkFields, type WorkFields } from './workFields';
import { checkLimits, htmlLengthBound } from './limits';
import { ao3Limits } from '../count/ao3Html';
import { detach } from '../parse/chars';
import { firstStartingAtOrAfter } from '../spans';

export interface Ao3Chapter {
  readonly title: string;
  readonly summary: string;
  readonly notes: string;
  readonly endNotes: string;
  readonly body: string;
  /** AO3's count of `body`. */
  readonly words: number;
}

export interface Ao3Work {
  readonly title: string;
  readonly summary: string;
  readonly notes: string;
  readonly endNotes: string;
  readonly rating?: string;
  readonly warnings: string[];
  readonly categories: string[];
  readonly fandoms: string[];
  readonly relationships: string[];
  readonly characters: string[];
  readonly tags: string[];
  readonly language?: string;
  readonly complete?: boolean;
  readonly chapters: Ao3Chapter[];
}

export interface ExportProblem extends Span {
  readonly severity: 'error' | 'warning' | 'information';
  readonly code: 'ao3.posting-limit' | 'ao3.field-value' | 'ao3.html-stripped';
  readonly message: string;
}

export interface ExportOptions {
  /** How a scene break is posted: the writer's glyph, centred (default: AO3 counts a glyph with letters), or `<hr />`. */
  readonly breaks?: 'glyph' | 'hr';
  /**
   * Render only the bodies of chapters with at least this many characters of text (the others get an
   * empty body and no length check): the editor's posting-limit check, which runs on every edit, renders
   * only the chapters that could come near 510,000 characters of HTML. Default: every chapter.
   */
  readonly bodiesFrom?: number;
  /**
   * Notes fields already rendered, by their text (see `NotesHtmlCache`): the editor's check passes the
   * last version's, so a keystroke outside the notes renders none of them again.
   */
  readonly notesCache?: NotesHtmlCache;
  /**
   * The export is read only for its posting-limit problems (the editor's check): a summary or notes field
   * that cannot pass its limit (`htmlLengthBound`) is left empty, unrendered, and unchecked for what AO3
   * would strip; so is a chapter title that cannot pass its limit; the tag lists (fandoms, relationships,
   * characters, tags) are left empty.
   */
  readonly limitsOnly?: boolean;
}

/**
 * Notes-field HTML by the field's text, carried from one version of a document to the next. A field with
 * anything AO3 would strip is never cached (its problems carry offsets), so a cached field is exactly
 * what rendering it again would give. `next` holds the fields the current export used: the one to pass
 * to the next version, so fields that are gone are dropped with it.
 */
export class NotesHtmlCache {
  readonly next = new Map<string, string>();
  constructor(private readonly last: ReadonlyMap<string, string> = new Map()) {}

  /** The HTML of the field made of `pieces`, rendered only when neither this nor the last version had it. */
  html(pieces: readonly Piece[], problems: ExportProblem[]): string {
    const key = pieces.map((p) => p.text).join('\u0000');
    const known = this.next.get(key) ?? this.last.get(key);
    // Kept from version to version: the key (and a field's HTML, which may be its text) must not be a
    // slice of the text, which it would keep alive whole (the 11 MB string of a 1M-word fic's didOpen).
    if (known !== undefined) {
      if (!this.next.has(key)) this.next.set(detach(key), known);
      return known;
    }
    const before = problems.length;
    const html = htmlOf(pieces, problems);
    if (problems.length === before) this.next.set(detach(key), detach(html));
    return html;
  }
}

/** Where each chapter's parts are: story paragraphs, notes before and after its story, its heading. */
interface ChapterParts {
  readonly chapter?: Chapter;
  /**
   * The chapter's paragraphs are `model.paragraphs[from, to)`; its story is the prose and breaks among
   * them (picked out only when the body is rendered: the editor's check renders few chapters, and listing
   * every paragraph on each keystroke made ~1 MB of garbage per key in a 1M-word fic).
   */
  from: number;
  to: number;
  readonly before: AuthorNote[];
  readonly after: AuthorNote[];
  storyStart: number;
}

/** The text of a note without its marker (`A/N:`) and the bracket that closes an `[A/N: …]`. */
function noteText(model: FicModel, note: AuthorNote): string {
  let text = model.source.slice(note.label.end, note.end);
  const label = model.source.slice(note.label.start, note.label.end);
  const open = /[[(]/.exec(label)?.[0];
  if (open) text = text.replace(open === '[' ? /\]\s*$/ : /\)\s*$/, '');
  return text.replace(/^\s*(?:\*\*|__)?\s*/, '').trim();
}

/** A note, or several, as the HTML of one notes field. */
function notesHtml(model: FicModel, notes: readonly AuthorNote[], problems: ExportProblem[], options: ExportOptions): string {
  if (notes.length === 0) return '';
  const pieces: Piece[] = [];
  for (const n of notes) {
    const text = noteText(model, n);
    const at = n.end - text.length;
    let from = 0;
    for (const part of text.split(/\n[ \t\u00a0]*\n\s*/)) {
      pieces.push({ text: part, at: at + text.indexOf(part, from) });
      from += part.length;
    }
  }
  if (options.limitsOnly && (htmlLengthBound(pieces) ?? Infinity) <= ao3Limits.notes) return '';
  return options.notesCache ? options.notesCache.html(pieces, problems) : htmlOf(pieces, problems);
}

function htmlOf(pieces: readonly Piece[], problems: ExportProblem[]): string {
  const { html, problems: stripped } = renderHtml(pieces);
  for (const p of stripped) problems.push({ start: p.at, end: p.at + 1, severity: 'warning', code: 'ao3.html-stripped', message: `${p.message} (left out of the export)` });
  return html;
}

/** The text of `[start, end)` with `cut` spans (inline notes) taken out; a space keeps words apart. */
function withoutSpans(model: FicModel, start: number, end: number, cut: readonly Span[]): string {
  let out = '';
  let at = start;
  for (const c of cut) {
    if (c.end <= at || c.start >= end) continue;
    out += model.source.slice(at, c.start);
    at = c.end;
  }
  out += model.source.slice(at, end);
  return cut.length ? out.replace(/[ \t]{2,}/g, ' ').replace(/[ \t]+([,.;:!?])/g, '$1').replace(/[ \t]+$/gm, '') : out;
}

/** The chapter title AO3's field wants: the heading's title, or nothing when the heading is only a number. */
function chapterTitle(model: FicModel, chapter: Chapter | undefined): string {
  const h = chapter?.heading;
  if (!h) return '';
  const line = model.source.slice(h.start, h.end).replace(/^\s*#+\s*/, '').replace(/[*_~[\]]/g, '').replace(/\s+/g, ' ').trim();
  return h.number !== undefined && h.title.trim() === line ? '' : h.title.trim();
}

/** Splits the model into chapters and their notes (see the module comment). Story texts are cut out only when asked for. */
function chapterParts(model: FicModel): { parts: ChapterParts[]; workNotes: AuthorNote[]; lastNotes: AuthorNote[] } {
  const parts: ChapterParts[] = (model.chapters.length ? model.chapters : [undefined]).map((chapter) => ({ chapter, from: 0, to: 0, before: [], after: [], storyStart: Infinity }));
  const chapters = model.chapters;
  const paragraphs = model.paragraphs;
  // A chapter's paragraphs are those from its start to the next chapter's (the first chapter's also those
  // before it): found by binary search, not by a walk over every paragraph of the fic.
  const bound = (k: number): number => (k === 0 ? 0 : k >= chapters.length ? paragraphs.length : firstStartingAtOrAfter(paragraphs, chapters[k]!.start));
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const from = bound(k);
    const to = bound(k + 1);
    if (from >= to) continue;
    part.from = from;
    part.to = to;
    for (let i = from; i < to; i++) {
      if (paragraphs[i]!.kind !== 'prose') continue;
      part.storyStart = paragraphs[i]!.start;
      break;
    }
  }
  let k = -1; // notes come in order: one cursor finds each one's chapter
  const chapterAt = (offset: number): number => {
    if (k >= 0 && chapters[k]!.start > offset) k = -1;
    while (k + 1 < chapters.length && chapters[k + 1]!.start <= offset) k++;
    return k;
  };
  const workNotes: AuthorNote[] = [];
  const lastNotes: AuthorNote[] = [];
  for (const n of model.notes) {
    const c = chapterAt(n.start);
    if (c < 0 && !n.inline && (chapters.length === 0 || n.start < chapters[0]!.start)) {
      workNotes.push(n);
      continue;
    }
    if (c < 0 || (n.position === 'end' && n.start >= (chapters[c]?.end ?? 0))) {
      lastNotes.push(n);
      continue;
    }
    const part = parts[c]!;
    (n.start < part.storyStart ? part.before : part.after).push(n);
  }
  return { parts, workNotes, lastNotes };
}

/** The pieces of a chapter's story: prose with inline notes cut out, and breaks as their HTML. */
function storyPieces(model: FicModel, part: ChapterParts, options: ExportOptions): Piece[] {
  const story = model.paragraphs.slice(part.from, part.to).filter((p) => p.kind === 'prose' || p.kind === 'break');
  const inline = model.notes.filter((n) => n.inline && story.length > 0 && n.start >= story[0]!.start && n.start < story[story.length - 1]!.end);
  let i = 0;
  return story.map((p): Piece => {
    if (p.kind === 'break') {
      const glyph = model.source.slice(p.start, p.end).trim();
      const html = /^<hr\s*\/?>$/i.test(glyph) || options.breaks === 'hr' ? '<hr />' : `<p align="center">${escapeText(glyph)}</p>`;
      return { text: glyph, at: p.start, html };
    }
    while (i < inline.length && inline[i]!.end <= p.start) i++;
    const cut: Span[] = [];
    for (let j = i; j < inline.length && inline[j]!.start < p.end; j++) cut.push(inline[j]!);
    return { text: withoutSpans(model, p.start, p.end, cut), at: p.start };
  });
}

/** The fic as AO3's posting form takes it, and every problem the form would have with it. */
export function exportForAo3(model: FicModel, options: ExportOptions = {}): { work: Ao3Work; problems: ExportProblem[] } {
  const problems: ExportProblem[] = [];
  const { fields, problems: fieldProblems } = readWorkFields(model, !options.limitsOnly);
  for (const p of fieldProblems) problems.push({ ...p, code: 'ao3.field-value' });
  const { parts, workNotes, lastNotes } = chapterParts(model);
  const last = parts.length - 1;
  parts[last]!.after.push(...lastNotes);

  const chapters: Ao3Chapter[] = parts.map((part, k) => {
    const size = part.chapter ? part.chapter.end - part.chapter.start : model.source.length;
    const body = options.bodiesFrom !== undefined && size < options.bodiesFrom ? '' : htmlOf(storyPieces(model, part, options), problems);
    return {
      // Read for its limits only, a title that cannot pass 255 characters is left empty (the heading's title, trimmed, is it or nothing).
      title: options.limitsOnly && (part.chapter?.heading?.title.length ?? 0) <= ao3Limits.title ? '' : chapterTitle(model, part.chapter),
      summary: '',
      notes: k === 0 ? '' : notesHtml(model, part.before, problems, options),
      endNotes: k === last && last === 0 ? '' : notesHtml(model, part.after, problems, options),
      body,
      words: body ? countAo3Html(body) : 0,
    };
  });
  const work: Ao3Work = {
    ...workPart(model, fields, problems, options),
    notes: notesHtml(model, [...workNotes, ...parts[0]!.before], problems, options),
    endNotes: last === 0 ? notesHtml(model, parts[0]!.after, problems, options) : '',
    chapters,
  };
  checkLimits(model, work, fields, parts.map((p) => p.chapter), { work: [...workNotes, ...parts[0]!.before], workEnd: last === 0 ? parts[0]!.after : [], before: parts.map((p) => p.before), after: parts.map((p) => p.after) }, problems);
  problems.sort((a, b) => a.start - b.start);
  return { work, problems };
}

function workPart(model: FicModel, fields: WorkFields, problems: ExportProblem[], options: ExportOptions): Omit<Ao3Work, 'notes' | 'endNotes' | 'chapters'> {
  const summary = fields.summary;
  const pieces: Piece[] = summary ? [{ text: model.source.slice(summary.valueSpan.start, summary.valueSpan.end), at: summary.valueSpan.start }] : [];
  const unrendered = options.limitsOnly && (htmlLengthBound(pieces) ?? Infinity) <= ao3Limits.summary;
  return {
    title: fields.title,
    summary: summary && !unrendered ? htmlOf(pieces, problems) : '',
    rating: fields.rating,
    warnings: fields.warnings,
    categories: fields.categories,
    fandoms: fields.fandoms,
    relationships: fields.relationships,
    characters: fields.characters,
    tags: fields.tags,
    language: fields.language,
    complete: fields.complete,
  };
}
