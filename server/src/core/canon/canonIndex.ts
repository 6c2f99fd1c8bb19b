/**
 * The index of canon names and terms that the canon check, completion and hover query.
 *
 * Built once per canon change (files, settings); a document's header names are laid over it as a small
 * overlay (`withNames`), memoized by the names, so typing never rebuilds the workspace index.
 * Suggestions come from `nearWords.ts` (a symmetric-delete index, or scans while a lazy index has had
 * few queries), and each distinct word is judged once (`canon/judge.ts` caches verdicts per index).
 */
import type { CanonEntry } from './canonFile';
import { editBudget, romanKey } from './distance';
import { NearWords, type Candidate } from './nearWords';

/** What the canon knows about one word (lowercased key). */
export interface CanonWord {
  /** Spellings as the canon writes them (`Rukia`, `bankai`, `McGonagall`). */
  readonly forms: readonly string[];
  /** Some entry writes it all lowercase (a term or a particle such as `no`): any casing is fine. */
  readonly term: boolean;
  /** Entries that contain this word in their name or an alias. */
  readonly entries: readonly CanonEntry[];
}

interface MutableWord {
  forms: string[];
  term: boolean;
  entries: CanonEntry[];
}

export type { Candidate } from './nearWords';


// Module-level, not literals in `wordKey`: a literal makes a new RegExp object at every call.
// eslint-disable-next-line no-control-regex
const asciiRe = /^[\x00-\x7f]*$/;
const curlyRe = /[’‘]/g;

/** Lowercase key of a word: apostrophes unified, composed form. */
export function wordKey(word: string): string {
  return keyOfLower(word.toLowerCase());
}

/** `wordKey` of a word already lowercased. */
function keyOfLower(lower: string): string {
  return asciiRe.test(lower) ? lower : lower.normalize('NFC').replace(curlyRe, "'");
}

/** The words of a name: split on spaces, plus the parts of hyphenated or apostrophized words. */
export function nameWords(name: string): string[] {
  // Most names are words of plain letters, one space apart: one native test instead of a loop per word.
  if (plainWordsRe.test(name)) return name.split(' ');
  const out: string[] = [];
  for (const word of name.split(' ')) {
    if (!word) continue;
    // Most name words are plain letters: skip the regexes unless some character is punctuation.
    if (!hasPunctuation(word)) {
      out.push(word);
      continue;
    }
    const trimmed = word.replace(/^[.'’‘-]+|[.'’‘-]+$/g, '');
    if (trimmed) out.push(trimmed);
    if (/[-'’‘]/.test(trimmed)) for (const part of trimmed.split(/[-'’‘]+/)) if (part.length >= 2) out.push(part);
  }
  return out;
}

/** Words with none of `.`, `'`, `’`, `‘`, `-`, one space between them. */
const plainWordsRe = /^[^ .'’‘-]+(?: [^ .'’‘-]+)*$/;

/** True when `word` holds `.`, `'`, `’`, `‘` or `-` (what `nameWords` trims or splits on). */
function hasPunctuation(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2e || c === 0x27 || c === 0x2d || c === 0x2019 || c === 0x2018) return true;
  }
  return false;
}

export class CanonIndex {
  private readonly words = new Map<string, MutableWord>();
  /** Lowercased canon words by id, for the deletion index. */
  private readonly keys: string[] = [];
  /** Suggestions: the words near an unknown word. */
  private readonly near: NearWords;
  /** Forms by romanization key (`romanTable`), made on the first `romanizations` query. */
  private roman?: Map<string, string[]>;
  /**
   * Lowercased words of capitalized names, sorted, and the same reversed: prefix/suffix probes for ship
   * names. Sorted on first use: only a word near a name asks, and a cold `fic check` need not pay for it.
   */
  private nameSorted?: { prefixes: string[]; suffixes: string[] };
  private readonly overlays = new Map<string, CanonIndex>();

  private constructor(
    readonly entries: readonly CanonEntry[],
    private readonly base?: CanonIndex,
    lazy = false,
  ) {
    // Indexed loops: a cold `for...of` makes an iterator result object per step (~0.7 MB of garbage for a
    // 2,000-entry canon, before the loop is optimized).
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      const words = nameWords(entry.name);
      for (let w = 0; w < words.length; w++) this.addWord(words[w], entry);
      for (let a = 0; a < entry.aliases.length; a++) {
        const aliasWords = nameWords(entry.aliases[a]);
        for (let w = 0; w < aliasWords.length; w++) this.addWord(aliasWords[w], entry);
      }
    }
    this.near = new NearWords(this.keys, lazy);
  }

  /** True when the canon is so big that only one-edit suggestions are indexed. */
  get shallow(): boolean {
    return this.near.shallow;
  }

  /** True once the suggestion table is built (a lazy index builds it after its first queries). */
  get suggestionTableBuilt(): boolean {
    return this.near.tableBuilt;
  }

  /** An index with no entries. */
  static empty(): CanonIndex {
    return new CanonIndex([]);
  }

  /**
   * Builds the workspace index from every source's entries (files, then settings). `lazy`: the deletion
   * table behind `similar` is built only once scans of the words (which answer the first queries alike)
   * have cost about as much as building it would. A cold `fic check` of a short fic asks a handful of
   * times and never builds it; a long one builds it early. The server builds it at once, off the
   * keystroke path.
   */
  static build(entries: readonly CanonEntry[], options: { lazy?: boolean } = {}): CanonIndex {
    return new CanonIndex(entries, undefined, options.lazy);
  }

  /**
   * This index plus a document's own names (header `Characters:`, pairings), memoized by the names so
   * that every version of a document with the same header shares one overlay and its cache.
   */
  withNames(entries: readonly CanonEntry[]): CanonIndex {
    if (entries.length === 0) return this;
    const key = entries.map((e) => e.name).join('\n');
    let overlay = this.overlays.get(key);
    if (!overlay) {
      if (this.overlays.size >= 16) this.overlays.delete(this.overlays.keys().next().value!);
      overlay = new CanonIndex(entries, this);
      this.overlays.set(key, overlay);
    }
    return overlay;
  }

  /** The index this one overlays (`withNames`), if it is an overlay. */
  get overlayBase(): CanonIndex | undefined {
    return this.base;
  }

  /** Every entry, the workspace's first and then the document's own. */
  allEntries(): readonly CanonEntry[] {
    return this.base ? [...this.base.allEntries(), ...this.entries] : this.entries;
  }

  /** Number of distinct canon words (lowercased), overlay included. */
  get size(): number {
    return this.keys.length + (this.base?.size ?? 0);
  }

  /** What the canon knows about `key` (a `wordKey`), or undefined. */
  word(key: string): CanonWord | undefined {
    const own = this.words.get(key);
    const inherited = this.base?.word(key);
    if (!own || !inherited) return own ?? inherited;
    return { forms: [...inherited.forms, ...own.forms], term: own.term || inherited.term, entries: [...inherited.entries, ...own.entries] };
  }

  /** Canon words within the edit budget of `key` (both words' budgets), nearest first. */
  similar(key: string): Candidate[] {
    const budget = editBudget(key.length);
    if (budget === 0) return [];
    const out: Candidate[] = [];
    this.collectSimilar(key, budget, out);
    return out.sort((a, b) => a.distance - b.distance);
  }

  /** Canon words whose romanization key equals `key`'s (`hougyoku` → `Hōgyoku`). */
  romanizations(key: string): string[] {
    return this.formsByRomanKey(romanKey(key));
  }

  /** `romanizations` by the romanization key itself: the key is made once for an overlay and its base. */
  private formsByRomanKey(rk: string): string[] {
    const own = this.romanTable().get(rk);
    const inherited = this.base?.formsByRomanKey(rk);
    if (!inherited?.length) return own ?? [];
    return own ? [...inherited, ...own] : inherited;
  }

  /** True when some capitalized canon name word starts with `lower` (at least 2 letters). */
  hasNamePrefix(lower: string): boolean {
    return hasPrefix(this.sortedNames().prefixes, lower) || !!this.base?.hasNamePrefix(lower);
  }

  /** Name words ending with `lower`, reversed (for ship-name checks); few, since suffixes are long. */
  namesEndingWith(lower: string): string[] {
    const rev = reverse(lower);
    const out: string[] = [];
    const suffixes = this.sortedNames().suffixes;
    for (let i = lowerBound(suffixes, rev); i < suffixes.length && suffixes[i].startsWith(rev); i++) out.push(reverse(suffixes[i]));
    return this.base ? [...this.base.namesEndingWith(lower), ...out] : out;
  }

  private sortedNames(): { prefixes: string[]; suffixes: string[] } {
    if (!this.nameSorted) {
      const names = this.keys.filter((k) => !this.words.get(k)!.term);
      this.nameSorted = { prefixes: names.slice().sort(), suffixes: names.map(reverse).sort() };
    }
    return this.nameSorted;
  }

  private collectSimilar(key: string, budget: number, out: Candidate[]): void {
    this.base?.collectSimilar(key, budget, out);
    this.near.collect(key, budget, out);
  }

  private addWord(word: string, entry: CanonEntry): void {
    const lower = word.toLowerCase(); // one lowercase copy, for the key and the term test
    const key = keyOfLower(lower);
    const info = this.words.get(key);
    if (info === undefined) {
      // A new word (most are): its first form and entry, nothing to compare.
      this.words.set(key, { forms: [word], term: word === key || word === lower, entries: [entry] });
      this.keys.push(key);
      return;
    }
    if (!info.forms.includes(word)) info.forms.push(word);
    if (word === lower) info.term = true;
    if (!info.entries.includes(entry)) info.entries.push(entry);
  }

  /**
   * Words by romanization key, each under the form it was first written in, in the order the canon lists
   * them. Made on the first `romanizations` query, in one pass over the words, not while building: a
   * short check may never ask (only a word that is neither a canon word nor English does).
   */
  private romanTable(): Map<string, string[]> {
    let table = this.roman;
    if (!table) {
      table = this.roman = new Map();
      for (let id = 0; id < this.keys.length; id++) {
        const key = this.keys[id];
        const rk = romanKey(key);
        const form = this.words.get(key)!.forms[0];
        const list = table.get(rk);
        if (list) list.push(form);
        else table.set(rk, [form]);
      }
    }
    return table;
  }
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

function lowerBound(sorted: readonly string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  const i = lowerBound(sorted, prefix);
  return i < sorted.length && sorted[i].startsWith(prefix);
}
