/**
 * String metrics for name matching: the optimal-string-alignment distance (Damerau–Levenshtein where an
 * adjacent transposition is one edit), the length-scaled edit budget, hashed deletions for the
 * symmetric-delete index, and the romanization key.
 */

/**
 * How many edits a word of `length` letters may be from a name and still count as its misspelling.
 * Short words get none or one, because short English-looking words sit one edit from many names.
 */
export function editBudget(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/** Scratch rows for `osaDistance` (names are short; longer strings get their own). */
const scratch = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance between `a` and `b` when it is at most `max`, else `max + 1`.
 * Only the band of cells within `max` of the diagonal is computed (a cell off it is more than `max`
 * edits away, and stands as `max + 1` for its neighbours: a value capped at `max + 1` stays exact up to
 * `max`), with an exit as soon as a whole row is over `max`; allocates nothing for words under 64 units.
 */
export function osaDistance(a: string, b: string, max: number): number {
  const over = max + 1; // made first: every exit returns it, and V8 then has seen the addition
  const n = a.length;
  const m = b.length;
  if (n - m > max || m - n > max) return over;
  if (n === 0 || m === 0) return n + m > max ? over : n + m;
  const rows = m < 64 ? scratch : [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0, last = m < over ? m : over; j <= last; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = i > max ? i - max : 1;
    const hi = i + max < m ? i + max : m;
    cur[lo - 1] = lo === 1 ? i : over;
    if (hi < m) cur[hi + 1] = over;
    let rowMin = over;
    const ai = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = prev[j - 1] + (ai === bj ? 0 : 1);
      const up = prev[j] + 1;
      if (up < d) d = up;
      const left = cur[j - 1] + 1;
      if (left < d) d = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && before === bj && prev2[j - 2] + 1 < d) d = prev2[j - 2] + 1;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return over;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] > max ? over : prev[m];
}

/**
 * Deletion hashes keep 29 bits. Most of a canon's table is built before V8 optimizes the build, and there
 * every number outside the small-integer range (31 bits, signed) is a heap object: with 29-bit values
 * (sums of two under 2^30) hashing and inserting ~80k deletions allocates nothing. Arithmetic mod 2^32
 * (`Math.imul`) then masked is arithmetic mod 2^29.
 */
const MASK = 0x1fffffff;
/** Multiplier of the polynomial deletion hash (odd, so every power is invertible mod 2^29). */
const P = 0x01000193;
/** `P`'s inverse mod 2^29 and its square: a deletion shifts the powers of the units before it down. */
const P_INV = 0x159c449b;
const P_INV2 = 0x1d4ab5d9;
/** Folded into every hash last, times the string's length, so that strings of different lengths rarely share one. */
const lengthMix = 0x1e3779b1;
/** Scratch suffix hashes and their differences for words under 64 code units (longer ones get their own). */
const suffixScratch = new Int32Array(65);
const stepScratch = new Int32Array(64);

/**
 * The hashes of every string made by deleting up to `depth` (0–2) code units of a word, into a buffer of
 * its own (`buffer`, grown when too small), `hash` returning their number: the word first, then for each
 * `i` the deletion of `i` and those of `i` and each `j > i`. Duplicates (deleting either `l` of `ll`)
 * appear more than once; callers dedupe. Hashes are under 2^29 (see `MASK`). The count is returned alone,
 * not a pair with the buffer: the index's build and queries hash thousands of words, mostly before V8
 * optimizes them, where destructuring a returned pair walks an iterator per call.
 *
 * The hash is polynomial (`Σ c·P^k` mod 2^29, the last unit times `P^0`), so a deletion's hash is put
 * together from suffix hashes instead of rehashing the rest of the word: deleting `i` and `j` keeps the
 * units after `j` as they were, shifts those between down one power of `P` and those before `i` down
 * two (times `P⁻¹`, `P⁻²`). With `step[j] = suf[j+1] − suf[j]·P⁻¹` that is `A(i) + step[j]`, where `A(i)`
 * depends on `i` alone: one addition per two-unit deletion (the table of a canon makes ~80k of them).
 * Equal strings always hash equal; a rare collision only adds a candidate that the edit distance then rejects.
 */
export class DeletionHasher {
  constructor(public buffer: Uint32Array = new Uint32Array(256)) {}

  /** Puts the hashes of `s`'s deletions up to `depth` in `buffer` (see the class) and returns their number. */
  hash(s: string, depth: number): number {
    const n = s.length;
    const need = depth >= 2 ? 1 + n + (n * (n - 1)) / 2 : depth >= 1 ? 1 + n : 1;
    if (this.buffer.length < need) this.buffer = new Uint32Array(Math.max(need, this.buffer.length * 2));
    const out = this.buffer;
    const suf = n < 64 ? suffixScratch : new Int32Array(n + 1);
    const step = n < 64 ? stepScratch : new Int32Array(n);
    suf[n] = 0;
    for (let k = n - 1, power = 1; k >= 0; k--) {
      suf[k] = (suf[k + 1] + Math.imul(s.charCodeAt(k), power)) & MASK;
      power = Math.imul(power, P) & MASK;
    }
    const whole = suf[0];
    let count = 0;
    out[count++] = whole ^ (Math.imul(n, lengthMix) & MASK);
    if (depth < 1 || n < 2) return count;
    for (let j = 0; j < n; j++) step[j] = (suf[j + 1] - Math.imul(suf[j], P_INV)) & MASK;
    const one = Math.imul(whole, P_INV) & MASK;
    const mix1 = Math.imul(n - 1, lengthMix) & MASK;
    const mix2 = Math.imul(n - 2, lengthMix) & MASK;
    for (let i = 0; i < n; i++) {
      out[count++] = ((one + step[i]) & MASK) ^ mix1;
      if (depth < 2 || n < 3) continue;
      const head = (Math.imul(whole - suf[i], P_INV2) + Math.imul(suf[i + 1], P_INV)) & MASK;
      for (let j = i + 1; j < n; j++) out[count++] = ((head + step[j]) & MASK) ^ mix2;
    }
    return count;
  }
}

const marksRe = /[\u0300-\u036f]/g;
// Module-level, not literals in `romanKey`: a literal makes a new RegExp object at every call.
// eslint-disable-next-line no-control-regex
const asciiRe = /^[\x00-\x7f]*$/;
const ohRe = /oh(?![aeiouyh])/g;
const longORe = /o[ou]/g;
const uuRe = /uu/g;

/**
 * The romanization key of a lowercased word: macrons and other accents dropped, and the long-vowel
 * spellings `ou`, `oo`, `uu` and `oh` (before a consonant other than `h`, or the end) folded to `o`, so `Hōgyoku`,
 * `Hougyoku`, `Hohgyoku` and `Hogyoku` share the key `hogyoku` (`Ryūga` and `Ryuuga`: `ryuga`).
 */
export function romanKey(lower: string): string {
  // Most words need no folding; `includes` is far cheaper than a global replace that finds nothing. The
  // folding is a function of its own: optimized while no word has needed it, this one would deoptimize
  // at the first that does.
  if (asciiRe.test(lower) && !lower.includes('oh') && !lower.includes('oo') && !lower.includes('ou') && !lower.includes('uu')) return lower;
  return foldRomanization(lower);
}

function foldRomanization(lower: string): string {
  let s = lower;
  if (!asciiRe.test(s)) s = s.normalize('NFD').replace(marksRe, '');
  if (s.includes('oh')) s = s.replace(ohRe, 'o');
  if (s.includes('oo') || s.includes('ou')) s = s.replace(longORe, 'o');
  if (s.includes('uu')) s = s.replace(uuRe, 'u');
  return s;
}
