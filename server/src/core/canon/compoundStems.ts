/**
 * Coined stems of canon compounds: a fantasy canon makes terms of a coined word and an English one
 * (`wyrmfire`, `soulwick`), and its prose uses the coined word alone (`the wyrms`), which no dictionary has.
 */
import { isEnglishWord } from './english';
import type { CanonIndex } from './canonIndex';

const compoundParts = new WeakMap<CanonIndex, Set<string>>();

/**
 * True when `key` (or its singular) is the coined part of a canon compound word whose other part is
 * an English word of 4+ letters: `wyrm` of `wyrmfire`, `soul` would be English anyway. A fandom's prose
 * uses the stem alone (`the wyrms`), which no dictionary has. Only for the English spelling check: a
 * word near a name is still judged as a name first.
 */
export function isCanonCompoundPart(canon: CanonIndex, key: string): boolean {
  let parts = compoundParts.get(canon);
  if (!parts) compoundParts.set(canon, (parts = compoundStems(canon)));
  if (parts.size === 0) return false;
  return parts.has(key) || (key.endsWith('s') && parts.has(key.slice(0, -1))) || (key.endsWith('es') && parts.has(key.slice(0, -2)));
}

function compoundStems(canon: CanonIndex): Set<string> {
  const stems = new Set<string>();
  for (const entry of canon.allEntries()) {
    for (const name of [entry.name, ...entry.aliases]) {
      for (const word of name.toLowerCase().split(/[\s\-'’.]+/)) {
        if (word.length < 7 || !/^\p{Ll}+$/u.test(word)) continue;
        for (let i = 3; i <= word.length - 4; i++) {
          const head = word.slice(0, i);
          const tail = word.slice(i);
          if (isEnglishWord(tail) && !isEnglishWord(head)) stems.add(head);
        }
        for (let i = 4; i <= word.length - 3; i++) {
          const head = word.slice(0, i);
          const tail = word.slice(i);
          if (isEnglishWord(head) && !isEnglishWord(tail)) stems.add(tail);
        }
      }
    }
  }
  return stems;
}
