/**
 * AO3's posting limits (otwarchive `config/config.yml`): a title of 1–255 characters, a summary of at most
 * 1,250, each notes field at most 5,000, a chapter at most 510,000 characters of its posted HTML (AO3
 * measures the HTML, tags included). Each problem points at the part of the fic it is about.
 */
import type { AuthorNote, Chapter, FicModel, Span } from '../model';
import { ao3Limits } from '../count/ao3Html';
import type { Ao3Work, ExportProblem } from './ao3';
import type { Piece } from './html';
import type { WorkFields } from './workFields';

const n = (x: number) => x.toLocaleString('en-US');

/** The notes that fill each notes field, for pointing at them. */
export interface NoteSlots {
  readonly work: readonly AuthorNote[];
  readonly workEnd: readonly AuthorNote[];
  readonly before: readonly (readonly AuthorNote[])[];
  readonly after: readonly (readonly AuthorNote[])[];
}

function spanOf(notes: readonly AuthorNote[]): Span | undefined {
  return notes.length ? { start: notes[0]!.start, end: notes[notes.length - 1]!.end } : undefined;
}

/** Pushes a problem for every limit `work` goes over. */
export function checkLimits(model: FicModel, work: Ao3Work, fields: WorkFields, chapters: readonly (Chapter | undefined)[], slots: NoteSlots, out: ExportProblem[]): void {
  const limit = (span: Span | undefined, length: number, max: number, what: string) => {
    if (length <= max) return;
    const at = span ?? { start: 0, end: 0 };
    out.push({ start: at.start, end: at.end, severity: 'error', code: 'ao3.posting-limit', message: `${what} is ${n(length)} characters; AO3 takes at most ${n(max)}.` });
  };
  if (!work.title && model.chapters.length > 0) out.push({ start: 0, end: 0, severity: 'error', code: 'ao3.posting-limit', message: 'The work has no title: AO3 needs one (the first line of a header, or a Title: field).' });
  limit(fields.titleSpan, work.title.length, ao3Limits.title, 'The title');
  limit(fields.summary, work.summary.length, ao3Limits.summary, 'The summary, as posted HTML,');
  limit(spanOf(slots.work), work.notes.length, ao3Limits.notes, 'The beginning notes, as posted HTML,');
  limit(spanOf(slots.workEnd), work.endNotes.length, ao3Limits.notes, 'The end notes, as posted HTML,');
  work.chapters.forEach((c, k) => {
    const chapter = chapters[k];
    const name = chapter?.heading ? `Chapter ${k + 1}` : 'The chapter';
    limit(spanOf(slots.before[k] ?? []), c.notes.length, ao3Limits.notes, `${name}'s beginning notes, as posted HTML,`);
    limit(spanOf(slots.after[k] ?? []), c.endNotes.length, ao3Limits.notes, `${name}'s end notes, as posted HTML,`);
    limit(chapter?.heading ?? (chapter ? { start: chapter.start, end: chapter.start } : undefined), c.title.length, ao3Limits.title, `${name}'s title`);
    limit(chapter?.heading ?? (chapter ? { start: chapter.start, end: chapter.start } : undefined), c.body.length, ao3Limits.chapter, `${name}'s text, as posted HTML,`);
  });
}

/**
 * An upper bound of the length of `renderHtml(pieces).html` (`html.ts`), or undefined when a piece may
 * hold the writer's own markup (a `<`: tags and comments pass through, and an inline element open across
 * paragraphs is written again in each). Without markup the HTML is the text with: `&` escaped (5
 * characters; a character reference, 3 or more characters with its `&`, decodes to one whose escape is
 * at most `&nbsp;` or a line break's `<br />` and newline, 7), `>` (4), a no-break space (`&nbsp;`, 6), a
 * line break (`<br />` and a newline, 7), an emphasis delimiter `*` or `_` (at most `</em>`, 5, or 9 for
 * the two of `</strong>`), and per paragraph `<p>`, `</p>` and a newline (8). Spaces around line breaks
 * and empty paragraphs are only ever dropped. The editor's posting-limit check renders a field (loading
 * the HTML tokenizer, ~4 ms of a cold `fic check`) only when this bound passes its limit.
 */
export function htmlLengthBound(pieces: readonly Piece[]): number | undefined {
  let bound = 0;
  for (const piece of pieces) {
    if (piece.html !== undefined) {
      bound += piece.html.length + 1;
      continue;
    }
    const text = piece.text;
    bound += text.length + 8;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x3e && c !== 0x5f && c !== 0xa0) continue; // the common case: letters and most punctuation
      if (c === 0x3c) return undefined; // `<`
      bound += c === 0x26 ? 4 : c === 0x3e ? 3 : c === 0xa0 ? 5 : c === 0x0a || c === 0x0d ? 6 : c === 0x2a || c === 0x5f ? 4 : 0;
    }
  }
  return bound;
}
