/**
 * Editing a `.canon` file: its outline (one symbol per entry, its aliases as the detail) and completion of
 * the names the canon already has (every canon file and setting), for aliases and for not writing a name
 * twice. Diagnostics of canon files are `canonFile.ts`'s lints.
 */
import { parseCanonText } from '../canon/canonFile';
import type { CanonIndex } from '../canon/canonIndex';

export interface CanonFileSymbol {
  readonly name: string;
  /** `= Hogyoku, Hougyoku`, `term`, or ''. */
  readonly detail: string;
  readonly kind: 'name' | 'term';
  /** The entry's line. */
  readonly start: number;
  readonly end: number;
  /** The name on the line. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

/** The outline of a canon file's text, in line order. Linear in the text. */
export function getCanonFileSymbols(text: string): CanonFileSymbol[] {
  const { entries } = parseCanonText(text, 'outline');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return entries.map((e) => {
    const start = lineStarts[e.line] ?? 0;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const at = text.indexOf(e.name.split(' ')[0], start);
    const selectionStart = at >= start && at < end ? at : start;
    return {
      name: e.name,
      detail: e.aliases.length ? `= ${e.aliases.join(', ')}` : e.term ? 'term' : '',
      kind: e.term ? 'term' : 'name',
      start,
      end,
      selectionStart,
      selectionEnd: Math.min(end, selectionStart + e.name.length),
    };
  });
}

export interface CanonFileCompletion {
  readonly label: string;
  readonly detail: string;
  /** The typed prefix the label replaces: `[start, end)`, ending at the cursor. */
  readonly start: number;
  readonly end: number;
}

const maxItems = 200;
const nameCharRe = /[\p{L}\p{M}'’.\- ]/u;

/**
 * Canon names (and aliases) that start with what is typed before `offset` on its line — the whole entry
 * before `=`, or the alias after the last `,` — left out when the line is a comment there.
 */
export function getCanonFileCompletions(text: string, offset: number, canon: CanonIndex): CanonFileCompletion[] {
  const at = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  if (before.includes('#') || before.length > 200) return [];
  let start = at;
  while (start > lineStart && nameCharRe.test(text[start - 1]) && text[start - 1] !== ',' && text[start - 1] !== '=') start--;
  while (start < at && text[start] === ' ') start++;
  const typed = text.slice(start, at).toLowerCase();
  if (!typed) return [];
  const out: CanonFileCompletion[] = [];
  const seen = new Set<string>();
  for (const entry of canon.allEntries()) {
    for (const [label, detail] of [[entry.name, entry.sourceLabel], ...entry.aliases.map((a) => [a, `alias of ${entry.name} · ${entry.sourceLabel}`])]) {
      if (seen.has(label) || !label.toLowerCase().startsWith(typed) || label.length === typed.length) continue;
      seen.add(label);
      out.push({ label, detail, start, end: at });
      if (out.length >= maxItems) return out;
    }
  }
  return out.sort((a, b) => (a.label < b.label ? -1 : 1));
}
