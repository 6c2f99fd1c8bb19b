/**
 * A generated canon: names and terms built from syllables, none of them an English word, written as a
 * `.canon` file (one entry per line, `Name = alias, alias`, lowercase entries are terms).
 */
import type { Rng } from './rng';

export interface CanonEntry {
  /** The words of the name (`['Aren', 'no', 'Velkari']`). */
  readonly words: readonly string[];
  readonly aliases: readonly string[];
  /** A lowercase term (`velkari`) rather than a capitalised name. */
  readonly term: boolean;
}

export interface Canon {
  readonly entries: readonly CanonEntry[];
  /** Every canon word and alias, lower-cased: what a misspelling must not collide with. */
  readonly words: ReadonlySet<string>;
  /** The `.canon` file text. */
  readonly text: string;
}

const onsets = ['k', 'r', 's', 't', 'm', 'n', 'h', 'y', 'v', 'z', 'l', 'd', 'sh', 'ch', 'b', 'g', 'j', 'f', 'k', 'r', 't', 'm'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'a', 'i', 'o', 'a', 'e', 'ai', 'ou'];
const codas = ['', '', '', '', 'n', 'r', 'l', 's', 'k'];
const particles = ['no', 'van', 'de', 'al'];

function syllableWord(rng: Rng, minSyllables: number, maxSyllables: number): string {
  const count = rng.int(minSyllables, maxSyllables);
  let w = '';
  for (let i = 0; i < count; i++) w += rng.pick(onsets) + rng.pick(vowels) + (i === count - 1 ? rng.pick(codas) : '');
  return w;
}

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Builds `size` canon entries: about 55% first + last names, 20% single names, 8% names with a
 * particle (`Aren no Velkari`), 10% with aliases, 7% lowercase terms. Every word is at least five
 * letters (so a one-edit misspelling is unambiguous) and is rejected if `isEnglish` says it is a word.
 */
export function generateCanon(rng: Rng, size: number, isEnglish: (w: string) => boolean): Canon {
  const used = new Set<string>();
  const fresh = (min = 2, max = 3): string => {
    for (;;) {
      const w = syllableWord(rng, min, max);
      if (w.length < 5 || w.length > 9 || used.has(w) || isEnglish(w)) continue;
      used.add(w);
      return w;
    }
  };
  const entries: CanonEntry[] = [];
  for (let i = 0; i < size; i++) {
    const roll = rng.next();
    if (roll < 0.07) entries.push({ words: [fresh()], aliases: [], term: true });
    else if (roll < 0.27) entries.push({ words: [capital(fresh())], aliases: [], term: false });
    else if (roll < 0.35) {
      entries.push({ words: [capital(fresh()), rng.pick(particles), capital(fresh())], aliases: [], term: false });
    } else if (roll < 0.45) {
      const aliases = [capital(fresh(2, 2))];
      if (rng.next() < 0.5) aliases.push(capital(fresh(2, 2)));
      entries.push({ words: [capital(fresh()), capital(fresh())], aliases, term: false });
    } else entries.push({ words: [capital(fresh()), capital(fresh())], aliases: [], term: false });
  }
  for (const p of particles) used.add(p);
  const lines = ['# Generated canon for the Fic Writer benchmark', ''];
  for (const e of entries) lines.push(e.words.join(' ') + (e.aliases.length ? ' = ' + e.aliases.join(', ') : ''));
  return { entries, words: used, text: lines.join('\n') + '\n' };
}
