/**
 * Coined stems of canon compounds: a fantasy canon makes terms of a coined word and an English one
 * (`wyrmfire`, `soulwick`), and its prose uses the coined word alone (`the wyrms`), which no dictionary has.
 */
import { isEnglishWord } from './english';
import type { CanonIndex } from './canonIndex';
import type { CanonEntry } from './canonFile';

const compoundParts = new WeakMap<CanonIndex, Set<string>>();

/**
 * True when `key` (or its singular) is the coined part of a canon compound word whose other part is
 * an English word of 4+ letters: `wyrm` of `wyrmfire`, `soul` would be English anyway. A fandom's prose
 * uses the stem alone (`the wyrms`), which no dictionary has. Only for the English spelling check: a
 * word near a name is still judged as a name first.
 */
export function isCanonCompoundPart(canon: CanonIndex, key: string): boolean {
  const parts = prepareCompoundParts(canon);
  if (parts.size === 0) return false;
  return parts.has(key) || (key.endsWith('s') && parts.has(key.slice(0, -1))) || (key.endsWith('es') && parts.has(key.slice(0, -2)));
}

/**
 * The coined stems of `canon`'s compounds, found on first use (a few thousand dictionary lookups for a
 * large canon) and kept per index. The server calls it ahead, in idle time (lsp/warmUp.ts), so the first
 * unknown word the writer types does not pay for it.
 */
export function prepareCompoundParts(canon: CanonIndex): ReadonlySet<string> {
  let parts = compoundParts.get(canon);
  if (!parts) {
    // A document's overlay (its header's names) adds its own entries' stems to its base's, which every
    // overlay of that base shares: a new header costs a few lookups, not the whole canon's again.
    const base = canon.overlayBase;
    parts = compoundStems(canon.entries, base ? prepareCompoundParts(base) : undefined);
    compoundParts.set(canon, parts);
  }
  return parts;
}

function compoundStems(entries: readonly CanonEntry[], inherited: ReadonlySet<string> | undefined): Set<string> {
  const stems = new Set<string>(inherited);
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      for (const word of name.toLowerCase().split(/[\s\-'’.]+/)) {
        if (word.length < 7 || !/^\p{Ll}+$/u.test(word)) continue;
        // Each split of the word is read by both loops: one lookup per part.
        const heads: boolean[] = [];
        const tails: boolean[] = [];
        const head = (i: number) => (heads[i] ??= isEnglishWord(word.slice(0, i)));
        const tail = (i: number) => (tails[i] ??= isEnglishWord(word.slice(i)));
        for (let i = 3; i <= word.length - 4; i++) if (tail(i) && !head(i)) stems.add(word.slice(0, i));
        for (let i = 4; i <= word.length - 3; i++) if (head(i) && !tail(i)) stems.add(word.slice(i));
      }
    }
  }
  return stems;
}
