/**
 * The canon words near an unknown word, for suggestions: a symmetric-delete index of hashed deletions,
 * where looking up a word costs a few dozen hash probes and a handful of bounded edit distances. Lazy on
 * request (`fic check`): the first queries are answered by scanning the words instead, until the scans
 * have cost about as much as building the table would.
 */
import { deletionHashes as hashDeletions, editBudget, osaDistance as osa } from './distance';

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
    const deletions = deletionScratch;
    for (let d = 0; d < count; d++) {
      const h = deletions[d] | 0;
      for (let slot = mix(h) & mask; table[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
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
    queryDepth = -1; // the scratch no longer holds the last query's hashes
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

/** Shared buffer of deletion hashes (the index is built and queried on one thread, never reentrantly). */
let deletionScratch: Uint32Array = new Uint32Array(256);
/** The query whose deletion hashes `deletionScratch` holds (`queryDepth` -1: none), and their number. */
let queryKey = '';
let queryDepth = -1;
let queryCount = 0;

/**
 * Puts the hashes of `key`'s deletions up to `depth` in `deletionScratch` and returns their number. A
 * document's canon is an overlay (its header's names) over the workspace index, each with a table: both
 * ask about the same word in a row, and the second finds the hashes made.
 */
function queryHashes(key: string, depth: number): number {
  if (key === queryKey && depth === queryDepth) return queryCount;
  const [out, count] = hashDeletions(key, depth, deletionScratch);
  deletionScratch = out;
  queryKey = key;
  queryDepth = depth;
  queryCount = count;
  return count;
}

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
