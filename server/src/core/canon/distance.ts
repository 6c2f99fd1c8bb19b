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
 * Optimal string alignment distance between `a` and `b`, or `max + 1` as soon as it must exceed `max`.
 * O(|a|·|b|) on short strings, with an early exit per row; allocates nothing for words under 64 units.
 */
export function osaDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  const rows = m < 64 ? scratch : [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < d) d = prev2[j - 2] + 1;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** Multiplier of the polynomial deletion hash (odd, so every power is invertible mod 2^32). */
const P = 0x01000193;
/** Scratch prefix hashes and powers of `P` for words under 64 code units (longer ones get their own). */
const prefixScratch = new Int32Array(64);
const powerScratch = new Int32Array(64);

/**
 * Writes the hash of every string made by deleting up to `depth` (0–2) code units of `s` into `out`
 * (grown when too small) and returns `[out, count]`. Duplicates (deleting either `l` of `ll`) appear more
 * than once; callers dedupe.
 *
 * The hash is polynomial (`Σ c·P^k` mod 2^32), so a deletion's hash is put together from prefix hashes
 * in O(1) instead of rehashing the rest of the word: a name of n letters costs O(n²), not O(n³). Equal
 * strings always hash equal; a rare collision only adds a candidate that the edit distance then rejects.
 */
export function deletionHashes(s: string, depth: number, out: Uint32Array): [Uint32Array, number] {
  const n = s.length;
  const need = depth >= 2 ? 1 + n + (n * (n - 1)) / 2 : depth >= 1 ? 1 + n : 1;
  if (out.length < need) out = new Uint32Array(Math.max(need, out.length * 2));
  const pre = n < 64 ? prefixScratch : new Int32Array(n + 1);
  const pow = n < 64 ? powerScratch : new Int32Array(n + 1);
  pre[0] = 0;
  pow[0] = 1;
  for (let k = 0; k < n; k++) {
    pre[k + 1] = (Math.imul(pre[k], P) + s.charCodeAt(k)) | 0;
    pow[k + 1] = Math.imul(pow[k], P);
  }
  // The length is folded in last, so that strings of different lengths rarely share a hash.
  const lengthMix = 0x9e3779b1;
  let count = 0;
  out[count++] = (pre[n] ^ Math.imul(n, lengthMix)) >>> 0;
  if (depth < 1 || n < 2) return [out, count];
  for (let i = 0; i < n; i++) {
    // hash(s[a, b)) = pre[b] - pre[a]·P^(b-a)
    const tail = (pre[n] - Math.imul(pre[i + 1], pow[n - 1 - i])) | 0;
    out[count++] = ((Math.imul(pre[i], pow[n - 1 - i]) + tail) ^ Math.imul(n - 1, lengthMix)) >>> 0;
    if (depth < 2 || n < 3) continue;
    const head = pre[i];
    for (let j = i + 1; j < n; j++) {
      const middle = (pre[j] - Math.imul(pre[i + 1], pow[j - 1 - i])) | 0;
      const rest = (pre[n] - Math.imul(pre[j + 1], pow[n - 1 - j])) | 0;
      const h = (Math.imul(head, pow[n - 2 - i]) + Math.imul(middle, pow[n - 1 - j]) + rest) | 0;
      out[count++] = (h ^ Math.imul(n - 2, lengthMix)) >>> 0;
    }
  }
  return [out, count];
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
  let s = lower;
  if (!asciiRe.test(s)) s = s.normalize('NFD').replace(marksRe, '');
  // Most words need no folding; `includes` is far cheaper than a global replace that finds nothing.
  if (s.includes('oh')) s = s.replace(ohRe, 'o');
  if (s.includes('oo') || s.includes('ou')) s = s.replace(longORe, 'o');
  if (s.includes('uu')) s = s.replace(uuRe, 'u');
  return s;
}
