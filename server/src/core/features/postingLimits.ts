/**
 * AO3's posting limits and fixed values as editor diagnostics: `ao3.posting-limit` (a title over 255
 * characters, a summary over 1,250 or a notes field over 5,000 characters of posted HTML, a chapter over
 * 510,000) and `ao3.field-value` (a rating, archive warning, category or status AO3 does not take). The
 * same check as `fic export`, run on every version: chapter bodies are rendered only for chapters of
 * 300,000 characters of text or more, since a chapter's HTML runs a few percent over its text (`fic
 * export` measures every chapter). A fic with no header gets no "no title" error here.
 */
import type { FicModel } from '../model';
import { LintCode, type Lint } from '../lint';
import { exportForAo3 } from '../export/ao3';

/** Chapters with less text than this are not rendered on each edit (their HTML stays far below 510,000). */
const RENDER_FROM = 300_000;

/** Posting-limit and field-value lints of `model`. */
export function validatePostingLimits(model: FicModel): Lint[] {
  if (!model.header && model.notes.length === 0 && model.source.length < RENDER_FROM) return [];
  const { problems } = exportForAo3(model, { bodiesFrom: RENDER_FROM });
  const out: Lint[] = [];
  for (const p of problems) {
    if (p.code === 'ao3.html-stripped') continue;
    if (p.code === 'ao3.posting-limit' && /no title/.test(p.message)) continue;
    out.push({ code: p.code === 'ao3.posting-limit' ? LintCode.PostingLimit : LintCode.FieldValue, severity: p.severity, start: p.start, end: p.end, message: p.message });
  }
  return out;
}
