/**
 * The index of canon names and terms that the canon check, completion and hover query.
 *
 * Built once per canon change (files, settings); a document's header names are laid over it as a small
 * overlay (`withNames`), memoized by the names, so typing never rebuilds the workspace index.
 * Suggestions come from a symmetric-delete index of hashed deletions: looking up an unknown word costs
 * a few dozen hash probes and a handful of bounded edit distances, and each distinct word is judged once
 * (`canon/judge.ts` caches verdicts per index).
 */
import type { CanonEntry } from './canonFile';
import { deletionHashes as hashDeletions, editBudget, osaDistance as osa, romanKey } from './distance';

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

/** A canon word near an unknown word. */
export interface Candidate {
  readonly key: string;
  readonly distance: number;
}

/** Above this many index keys, deletions are indexed one deep only (huge canons must not eat the memory). */
const maxDeletionKeys = 2_000_000;

// Module-level, not literals in `wordKey`: a literal makes a new RegExp object at every call.
// eslint-disable-next-line no-control-regex
const asciiRe = /^[\x00-\x7f]*$/;
const curlyRe = /[’‘]/g;

/** Lowercase key of a word: apostrophes unified, composed form. */
export function wordKey(word: string): string {
  let k = word.toLowerCase();
  if (!asciiRe.test(k)) k = k.normalize('NFC').replace(curlyRe, "'");
  return k;
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
  /**
   * The symmetric-delete index as an open-addressing table of (deletion hash, word id + 1) pairs, side by
   * side in one typed array (slot k at 2k, 2k + 1: a probe touches one cache line); id 0 marks an empty
   * slot. A hash may fill several slots, one per word. Typed arrays, not a Map of arrays: a 2,000-entry
   * canon has ~150k pairs, ~1 MB here against ~7 MB and twice the build time as `Map<number, number[]>`.
   */
  private deletions?: Int32Array;
  /**
   * Word ids by key length, for answering `similar` by a scan while the deletion table is not built (a
   * lazy index: see `build`). Made on the first such query.
   */
  private byLength?: number[][];
  /** Per word id, the letters it has as bits (`letterBits`), for the scan to skip words cheaply. */
  private letters?: Int32Array;
  /** Deletion-table slots the scans so far have cost, in the build's units (see `collectByScan`). */
  private scanned = 0;
  /** Romanization buckets by first letter (`romanBucket`), and word ids by first letter. */
  private readonly roman = new Map<string, Map<string, string[]>>();
  private byFirst?: Map<string, number[]>;
  /**
   * Lowercased words of capitalized names, sorted, and the same reversed: prefix/suffix probes for ship
   * names. Sorted on first use: only a word near a name asks, and a cold `fic check` need not pay for it.
   */
  private nameSorted?: { prefixes: string[]; suffixes: string[] };
  private readonly overlays = new Map<string, CanonIndex>();
  /** True when the canon is so big that only one-edit suggestions are indexed. */
  readonly shallow: boolean;
  /** Number of (deletion, word) pairs the table holds: the cost of building it. */
  private readonly tableSize: number;

  private constructor(
    readonly entries: readonly CanonEntry[],
    private readonly base?: CanonIndex,
    lazy = false,
  ) {
    for (const entry of entries) {
      for (const word of nameWords(entry.name)) this.addWord(word, entry);
      for (const alias of entry.aliases) for (const word of nameWords(alias)) this.addWord(word, entry);
    }
    let total = 0;
    for (const key of this.keys) total += key.length <= 5 ? key.length + 1 : (key.length * (key.length + 1)) / 2 + 1;
    this.shallow = total > maxDeletionKeys;
    if (this.shallow) total = this.keys.reduce((sum, key) => sum + key.length + 1, 0);
    this.tableSize = total;
    // A shallow index finds fewer words than a scan would: it always has its table, so it answers alike.
    if (!lazy || this.shallow) this.buildDeletions();
  }

  /** The symmetric-delete table over every word. */
  private buildDeletions(): Int32Array {
    let capacity = 16;
    while (capacity < this.tableSize * 1.5) capacity *= 2; // `tableSize` counts repeats (`ll`), so the load stays lower
    const table = (this.deletions = new Int32Array(capacity * 2));
    const mask = capacity - 1;
    let buffer = deletionScratch;
    // The hot loop of the build, written out: no callback per deletion.
    for (let id = 0; id < this.keys.length; id++) {
      const key = this.keys[id];
      const depth = this.shallow ? Math.min(1, editBudget(key.length)) : editBudget(key.length);
      const [out, count] = hashDeletions(key, depth, buffer);
      buffer = out;
      next: for (let d = 0; d < count; d++) {
        const h = out[d] | 0;
        let slot = mix(h) & mask;
        for (; table[2 * slot + 1] !== 0; slot = (slot + 1) & mask) if (table[2 * slot + 1] === id + 1 && table[2 * slot] === h) continue next; // `ll`: twice
        table[2 * slot] = h;
        table[2 * slot + 1] = id + 1;
      }
    }
    deletionScratch = buffer;
    this.byLength = undefined;
    this.letters = undefined;
    return table;
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
    const rk = romanKey(key);
    const own = this.romanBucket(rk[0] ?? '').get(rk) ?? [];
    const inherited = this.base?.romanizations(key) ?? [];
    return inherited.length ? [...inherited, ...own] : own;
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
    if (this.keys.length === 0) return;
    let table = this.deletions;
    if (!table) {
      if (this.scanned < this.tableSize) return this.collectByScan(key, budget, out);
      table = this.buildDeletions();
    }
    const seen: number[] = []; // a handful of ids: an array beats a Set here
    const mask = (table.length >> 1) - 1;
    const [deletions, count] = hashDeletions(key, this.shallow ? 1 : budget, deletionScratch);
    deletionScratch = deletions;
    for (let d = 0; d < count; d++) {
      const h = deletions[d] | 0;
      for (let slot = mix(h) & mask; table[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
        const id = table[2 * slot + 1] - 1;
        if (table[2 * slot] === h && !seen.includes(id)) seen.push(id);
      }
    }
    for (const id of seen) this.consider(key, budget, id, out);
  }

  /**
   * `collectSimilar` by scanning every word within reach of `key`'s length: the same words the table finds
   * (a pair within both edit budgets shares a deletion of at most that many letters on each side), in
   * another order, which `similar` sorts away. The distance bound runs out early on most words.
   */
  private collectByScan(key: string, budget: number, out: Candidate[]): void {
    let byLength = this.byLength;
    let letters = this.letters!;
    if (!byLength) {
      byLength = this.byLength = [];
      letters = this.letters = new Int32Array(this.keys.length);
      for (let id = 0; id < this.keys.length; id++) {
        (byLength[this.keys[id].length] ??= []).push(id);
        letters[id] = letterBits(this.keys[id]);
      }
    }
    const n = key.length;
    const bits = letterBits(key);
    for (let length = Math.max(1, n - budget); length <= n + budget && length < byLength.length; length++) {
      const ids = byLength[length];
      if (!ids) continue;
      const max = Math.min(budget, editBudget(length));
      for (const id of ids) {
        // An edit adds or removes at most two letters, so words `max` edits apart differ in at most
        // 2·max of the letters they have: most words fail this at once.
        if (bitCount(letters[id] ^ bits) > 2 * max) continue;
        this.scanned += length; // a distance computation costs about as much as inserting `length` deletions
        this.consider(key, budget, id, out);
      }
      this.scanned += ids.length >> 3;
    }
  }

  /** Adds word `id` to `out` when it is within both words' edit budgets of `key` (and not `key` itself). */
  private consider(key: string, budget: number, id: number, out: Candidate[]): void {
    const cand = this.keys[id];
    const max = Math.min(budget, editBudget(cand.length));
    const distance = max === 0 ? 1 : osa(key, cand, max);
    if (distance <= max && cand !== key) out.push({ key: cand, distance });
  }

  private addWord(word: string, entry: CanonEntry): void {
    const key = wordKey(word);
    const info = this.words.get(key);
    if (info === undefined) {
      // A new word (most are): its first form and entry, nothing to compare.
      this.words.set(key, { forms: [word], term: word === key || word === word.toLowerCase(), entries: [entry] });
      this.keys.push(key);
      return;
    }
    if (!info.forms.includes(word)) info.forms.push(word);
    if (word === word.toLowerCase()) info.term = true;
    if (!info.entries.includes(entry)) info.entries.push(entry);
  }

  /**
   * Words by romanization key, each under the form it was first written in, for keys starting with
   * `first`. Made per first letter on the first `romanizations` query that needs it, not for every word
   * while building: a short check asks about a few letters. (Folding keeps a word's first letter, and
   * drops only accents from a non-ASCII one, so every word a key can match is in its key's bucket.)
   */
  private romanBucket(first: string): Map<string, string[]> {
    let byFirst = this.byFirst;
    if (!byFirst) {
      byFirst = this.byFirst = new Map();
      for (let id = 0; id < this.keys.length; id++) {
        const key = this.keys[id];
        const c = key.charCodeAt(0) < 0x80 ? key[0] : (romanKey(key)[0] ?? '');
        const ids = byFirst.get(c);
        if (ids) ids.push(id);
        else byFirst.set(c, [id]);
      }
    }
    let bucket = this.roman.get(first);
    if (!bucket) {
      bucket = new Map();
      for (const id of byFirst.get(first) ?? []) {
        const key = this.keys[id];
        const rk = romanKey(key);
        const form = this.words.get(key)!.forms[0];
        const list = bucket.get(rk);
        if (list) list.push(form);
        else bucket.set(rk, [form]);
      }
      this.roman.set(first, bucket);
    }
    return bucket;
  }
}

/** Shared buffer of deletion hashes (the index is built and queried on one thread, never reentrantly). */
let deletionScratch: Uint32Array = new Uint32Array(256);

/** Spreads a deletion hash's bits over the low ones the table indexes by. */
function mix(h: number): number {
  h ^= h >>> 16;
  return Math.imul(h, 0x45d9f3b) ^ (h >>> 13);
}

/**
 * The letters of `key` as bits: `a`–`z` one bit each, any other code unit one of six shared bits. Two words
 * differ in at least as many letters as their bits differ in.
 */
function letterBits(key: string): number {
  let bits = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    bits |= c >= 0x61 && c <= 0x7a ? 1 << (c - 0x61) : 1 << (26 + (c % 6));
  }
  return bits;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
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
