/**
 * Completion of canon names: full names (`Rukia Kuchiki`), aliases and single name words, matched on the
 * word being typed; a multi-word name also completes after its first words (`Rukia Ku|`).
 */
import type { FicModel } from '../model';
import type { CanonIndex } from '../canon/canonIndex';
import { nameWords, wordKey } from '../canon/canonIndex';
import { documentCanon } from '../canon/headerNames';
import { partAround } from '../source';

export interface CanonCompletion {
  readonly label: string;
  /** `Rukia Kuchiki · names.canon`, `alias of Hōgyoku · names.canon`. */
  readonly detail: string;
  readonly kind: 'name' | 'alias' | 'term';
  /** The text the completion replaces: `[start, end)`, ending at the cursor. */
  readonly start: number;
  readonly end: number;
  /** What the editor matches against the replaced text (the label: `Rukia Ku` filters `Rukia Kuchiki`). */
  readonly filterText: string;
}

const wordCharRe = /[\p{L}\p{M}'’\-]/u;
const maxItems = 500;

/** Lowercase without accents, so typing `ho` offers `Hōgyoku`. */
function fold(s: string): string {
  const k = wordKey(s);
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(k) ? k : k.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The start of the word being typed at `offset` (letters, marks, apostrophes, hyphens). */
function wordStartBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && wordCharRe.test(text[i - 1])) i--;
  return i;
}

/**
 * Canon completions at `offset` in `model`: every name, alias or name word that starts with the word being
 * typed (case-insensitive). Empty when no word is being typed. Linear in the canon size.
 */
export function getCanonCompletions(model: FicModel, offset: number, canon: CanonIndex): CanonCompletion[] {
  // Read in the part of the text around the cursor, at its own offsets (`base` moves them back).
  const { text, base } = partAround(model, offset);
  const end = Math.max(0, Math.min(offset, model.source.length)) - base;
  const start = wordStartBefore(text, end);
  if (start === end) return [];
  const prefix = fold(text.slice(start, end));
  const out: CanonCompletion[] = [];
  const seen = new Set<string>();
  const add = (label: string, kind: CanonCompletion['kind'], detail: string, from: number) => {
    if (seen.has(label) || out.length >= maxItems) return;
    seen.add(label);
    out.push({ label, kind, detail, start: from + base, end: end + base, filterText: label });
  };
  for (const entry of documentCanon(model, canon).allEntries()) {
    const kind = entry.term ? 'term' : 'name';
    const where = entry.sourceLabel;
    const spellings = [entry.name, ...entry.aliases];
    spellings.forEach((spelling, i) => {
      const detail = i === 0 ? `${kind === 'term' ? 'canon term' : 'canon name'} · ${where}` : `alias of ${entry.name} · ${where}`;
      const k = i === 0 ? kind : 'alias';
      const words = spelling.split(' ');
      if (fold(spelling).startsWith(prefix)) add(spelling, k, detail, start);
      // After the first words of a multi-word name: replace them too, so `Rukia Ku` becomes `Rukia Kuchiki`.
      for (let j = 1; j < words.length; j++) {
        if (!fold(words[j]).startsWith(prefix)) continue;
        const typed = words.slice(0, j).join(' ') + ' ';
        const from = start - typed.length;
        if (from >= 0 && fold(text.slice(from, start)) === fold(typed)) add(spelling, k, detail, from);
      }
      if (words.length > 1) {
        for (const w of nameWords(spelling)) if (fold(w).startsWith(prefix)) add(w, k, `${kind === 'term' ? 'in' : 'part of'} ${spelling} · ${where}`, start);
      }
    });
  }
  return out;
}
