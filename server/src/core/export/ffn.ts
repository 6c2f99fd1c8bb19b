/**
 * A fic as FanFiction.net's document manager keeps it, one HTML document per chapter. What survives an
 * upload there, as writers report it and the manager's own editor offers: paragraphs, bold, italics,
 * underline, centred text and the horizontal rule. Lines of bare symbols (`***`, `~*~`, `---`) are
 * deleted, so every scene break goes up as `<hr />` unless its glyph has letters (`xXx`), kept as
 * centred text; links, images, tables, fonts and colours are stripped. Dashes, curly quotes and every
 * other character beyond ASCII are written as numeric references, so no upload path's encoding can eat
 * them (the em dashes writers lose). Notes and headings stay out of the body, as for AO3.
 */
import type { FicModel } from '../model';
import { exportForAo3, type ExportProblem } from './ao3';

export interface FfnChapter {
  readonly title: string;
  /** A whole HTML document for the document manager's upload. */
  readonly html: string;
}

/** Tags FanFiction.net keeps; the rest are unwrapped. */
const kept = /^(?:p|br|hr|em|strong|u)$/;

function toFfnBody(html: string): string {
  return html
    .replace(/<p align="center">([^<]*)<\/p>/g, (_m, glyph: string) => (/[A-Za-z]/.test(glyph) ? `<p style="text-align:center;">${glyph}</p>` : '<hr />'))
    .replace(/<(\/?)(i|b|s|strike|del)\b[^>]*>/g, (_m, close: string, tag: string) => `<${close}${tag === 'i' ? 'em' : tag === 'b' ? 'strong' : 'u'}>`)
    .replace(/<(\/?)([a-z0-9]+)\b([^>]*)>/g, (m, close: string, tag: string, attrs: string) => {
      if (tag === 'p' && /align="center"/.test(attrs)) return `<p style="text-align:center;">`;
      return kept.test(tag) ? (close ? `</${tag}>` : m.replace(/\s[a-z-]+="[^"]*"/g, '')) : '';
    })
    .replace(/[\ud800-\udbff][\udc00-\udfff]|[\u0080-\uffff]/g, (c) => `&#${c.codePointAt(0)};`);
}

function escapeTitle(title: string): string {
  return title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/[\u0080-\uffff]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Every chapter of `model` as an HTML document for FanFiction.net, and the export's problems. */
export function exportForFfn(model: FicModel): { chapters: FfnChapter[]; problems: ExportProblem[] } {
  const { work, problems } = exportForAo3(model);
  const chapters = work.chapters.map((c, k) => {
    const title = c.title || (work.chapters.length > 1 ? `Chapter ${k + 1}` : work.title);
    const html = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeTitle(title)}</title></head><body>\n${toFfnBody(c.body)}</body></html>\n`;
    return { title, html };
  });
  return { chapters, problems: problems.filter((p) => p.code !== 'ao3.posting-limit') };
}
