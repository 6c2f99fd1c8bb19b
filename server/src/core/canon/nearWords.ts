/**
 * The canon words near an unknown word, for suggestions: a symmetric-delete index of hashed deletions,
 * where looking up a word costs a few dozen hash probes and a handful of bounded edit distances. Lazy on
 * request (`fic check`): the first queries are answered by scanning the words instead, until the scans
 * have cost about as much as building the table would.
 */
import { DeletionHasher, editBudget, osaDistance as osa } from './distance';

/** A canon word near an unknown word. */
export interface Candidate {
  readonly key: string;
  readonly distance: number;
}

/** Above this many index keys, deletions are indexed one deep only (huge canons must not eat the memory). */
const maxDeletionKeys = 2_000_000;

export class NearWords {
  /**
   * The symmetric-delete index as an open-addressing table of (deletion hash, word id + 1) pairs, side by
   * side in one typed array (slot k at 2k, 2k + 1: a probe touches one cache line); id 0 marks an empty
   * slot. A hash may fill several slots, one per word. Typed arrays, not a Map of arrays: a 2,000-entry
   * canon has ~150k pairs, ~1 MB here against ~7 MB and twice the build time as `Map<number, number[]>`.
   */
  private deletions?: Int32Array;
  /** Word ids by key length, for answering by a scan while the table is not built. Made on the first scan. */
  private byLength?: number[][];
  /** Per word id, the letters it has as bits (`letterBits`), for the scan to skip words cheaply. */
  private letters?: Int32Array;
  /** Table slots the scans so far have cost, in the build's units (see `collectByScan`). */
  private scanned = 0;
  /** True when the canon is so big that only one-edit suggestions are indexed. */
  readonly shallow: boolean;
  /** Number of (deletion, word) pairs the table holds: the cost of building it. */
  private readonly tableSize: number;

  /** `keys`: the lowercased canon words by id (the caller's array, complete when this is made). */
  constructor(
    private readonly keys: readonly string[],
    lazy: boolean,
  ) {
    let total = 0;
    for (let id = 0; id < keys.length; id++) {
      const n = keys[id].length;
      total += n <= 5 ? n + 1 : (n * (n + 1)) / 2 + 1;
    }
    this.shallow = total > maxDeletionKeys;
    if (this.shallow) total = keys.reduce((sum, key) => sum + key.length + 1, 0);
    this.tableSize = total;
    // A shallow index finds fewer words than a scan would: it always has its table, so it answers alike.
    if (!lazy || this.shallow) this.buildDeletions();
  }

  /** True once the deletion table is built. */
  get tableBuilt(): boolean {
    return this.deletions !== undefined;
  }

  /** Adds to `out` the words within `budget` edits of `key` and within their own budget, in no set order. */
  collect(key: string, budget: number, out: Candidate[]): void {
    if (this.keys.length === 0) return;
    let table = this.deletions;
    if (!table) {
      if (this.scanned < this.tableSize) return this.collectByScan(key, budget, out);
      table = this.buildDeletions();
    }
    const seen: number[] = []; // a handful of ids: an array beats a Set here
    const mask = (table.length >> 1) - 1;
    const count = queryHashes(key, this.shallow ? 1 : budget);
    const deletions = hasher.buffer;
    for (let d = 0; d < count; d++) {
      const h = deletions[d];
      for (let slot = slotOf(h, mask); table[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
        const id = table[2 * slot + 1] - 1;
        if (table[2 * slot] === h && !seen.includes(id)) seen.push(id);
      }
    }
    for (let i = 0; i < seen.length; i++) this.consider(key, budget, seen[i], out);
  }

  /** The symmetric-delete table over every word. */
  private buildDeletions(): Int32Array {
    let capacity = 16;
    while (capacity < this.tableSize * 1.5) capacity *= 2; // `tableSize` counts repeats (`ll`), so the load stays lower
    const table = new Int32Array(capacity * 2);
    fillTable(table, this.keys, this.shallow);
    this.deletions = table;
    queryDepth = -1; // the hasher no longer holds the last query's hashes
    this.byLength = undefined;
    this.letters = undefined;
    return table;
  }

  /**
   * `collect` by scanning every word within reach of `key`'s length: the same words the table finds
   * (a pair within both edit budgets shares a deletion of at most that many letters on each side), in
   * another order, which `CanonIndex.similar` sorts away. The distance bound runs out early on most words.
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
}

/**
 * Puts every (deletion hash, word id + 1) pair of `keys` in `table` (see `NearWords.deletions`), deletions
 * up to each word's edit budget (one deep when `shallow`). A function of its own that only returns after
 * its loop: V8 optimizes the loop while it runs, and code after it that has never run would deoptimize it.
 * A word's repeated deletion (either `l` of `ll`) is stored again rather than looked for: `collect`
 * dedupes ids anyway, and the ids of one hash still lie along its probe chain in id order, so queries
 * find the same words in the same order (`tableSize` counts the repeats).
 */
function fillTable(table: Int32Array, keys: readonly string[], shallow: boolean): void {
  const mask = (table.length >> 1) - 1;
  const wrap = table.length - 1; // `at` is even, so `& wrap` keeps it even and inside
  for (let id = 0; id < keys.length; id++) {
    const key = keys[id];
    const budget = editBudget(key.length);
    const count = hasher.hash(key, shallow && budget > 1 ? 1 : budget);
    const hashes = hasher.buffer;
    for (let d = 0; d < count; d++) {
      const h = hashes[d];
      let at = 2 * slotOf(h, mask);
      while (table[at + 1] !== 0) at = (at + 2) & wrap;
      table[at] = h;
      table[at + 1] = id + 1;
    }
  }
}

/** Shared hasher of deletions (the index is built and queried on one thread, never reentrantly). */
const hasher = new DeletionHasher();
/** The query whose deletion hashes `hasher` holds (`queryDepth` -1: none), and their number. */
let queryKey = '';
let queryDepth = -1;
let queryCount = 0;

/**
 * Puts the hashes of `key`'s deletions up to `depth` in `hasher.buffer` and returns their number. A
 * document's canon is an overlay (its header's names) over the workspace index, each with a table: both
 * ask about the same word in a row, and the second finds the hashes made.
 */
function queryHashes(key: string, depth: number): number {
  if (key === queryKey && depth === queryDepth) return queryCount;
  queryCount = hasher.hash(key, depth);
  queryKey = key;
  queryDepth = depth;
  return queryCount;
}

/**
 * The table slot of a deletion hash (under 2^29): its bits multiplied in halves and folded, as spread as a
 * full 32-bit mix (a polynomial hash's low bits depend only on the units' low bits), with every value a
 * small integer (under 2^30), which the unoptimized build does not box.
 */
function slotOf(h: number, mask: number): number {
  const x = (h & 0x3fff) * 0x7c3d + (h >>> 14) * 0x3a9;
  return (x ^ (x >>> 13) ^ h) & mask;
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
