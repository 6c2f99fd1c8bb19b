/**
 * Hover on a canon name: its entry (full name, aliases) and where it is defined.
 */
import type { FicModel } from '../model';
import type { CanonEntry } from '../canon/canonFile';
import type { CanonIndex } from '../canon/canonIndex';
import { wordKey } from '../canon/canonIndex';
import { documentCanon } from '../canon/headerNames';
import { partAround } from '../source';

export interface CanonHover {
  /** The hovered name word. */
  readonly start: number;
  readonly end: number;
  /** Markdown. */
  readonly contents: string;
}

const maxEntries = 5;
const partCharRe = /[\p{L}\p{M}\p{Nd}]/u;
const wordCharRe = /[\p{L}\p{M}\p{Nd}'’\-]/u;

function describe(entry: CanonEntry): string {
  const lines = [`**${entry.name}** — ${entry.term ? 'canon term' : 'canon name'}`];
  if (entry.aliases.length) lines.push(`Aliases: ${entry.aliases.join(', ')}`);
  lines.push(entry.line >= 0 ? `Defined in \`${entry.sourceLabel}\`, line ${entry.line + 1}` : `Defined in ${entry.sourceLabel}`);
  return lines.join('  \n');
}

/** The span of the hoverable word at `offset`: the whole hyphenated word if it is canon, else its part. */
function wordAt(text: string, offset: number): { start: number; end: number } | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && wordCharRe.test(text[start - 1])) start--;
  while (end < text.length && wordCharRe.test(text[end])) end++;
  while (start < end && !partCharRe.test(text[start])) start++;
  while (end > start && !partCharRe.test(text[end - 1])) end--;
  if (/['’][sS]$/.test(text.slice(start, end)) && end - start > 3) end -= 2;
  return start < end && offset >= start && offset <= end ? { start, end } : undefined;
}

/** The hover for the canon name at `offset`, or undefined when there is none. */
export function getCanonHover(model: FicModel, offset: number, canon: CanonIndex): CanonHover | undefined {
  // Read in the part of the text around the cursor, at its own offsets (`base` moves them back).
  const { text, base } = partAround(model, offset);
  offset = Math.max(0, Math.min(offset, model.source.length)) - base;
  const word = wordAt(text, offset);
  if (!word) return undefined;
  const docCanon = documentCanon(model, canon);
  let { start, end } = word;
  let info = docCanon.word(wordKey(text.slice(start, end)));
  if (!info) {
    // `Ichigo-kun`: hover the part under the cursor.
    while (start < offset && text.slice(start, offset).search(/[-'’]/) >= 0) start += text.slice(start, offset).search(/[-'’]/) + 1;
    const rest = text.slice(offset, end).search(/[-'’]/);
    if (rest >= 0) end = offset + rest;
    if (start >= end) return undefined;
    info = docCanon.word(wordKey(text.slice(start, end)));
  }
  if (!info) return undefined;
  const shown = info.entries.slice(0, maxEntries).map(describe);
  if (info.entries.length > maxEntries) shown.push(`…and ${info.entries.length - maxEntries} more entries`);
  return { start: start + base, end: end + base, contents: shown.join('\n\n---\n\n') };
}
