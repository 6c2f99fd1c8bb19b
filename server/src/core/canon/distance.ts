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

/** FNV-1a hash of `s` with the code units at `skip1` and `skip2` left out (-1: none). No allocation. */
export function deletionHash(s: string, skip1: number, skip2: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip1 || i === skip2) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Mix in the remaining length so that different deletion counts rarely collide.
  h ^= s.length - (skip1 >= 0 ? 1 : 0) - (skip2 >= 0 ? 1 : 0);
  return Math.imul(h, 0x01000193) >>> 0;
}

/**
 * Calls `visit` with the hash of every string made by deleting up to `depth` (0–2) code units of `s`.
 * Duplicates (deleting either `l` of `ll`) are visited more than once; callers dedupe.
 */
export function forEachDeletion(s: string, depth: number, visit: (hash: number) => void): void {
  visit(deletionHash(s, -1, -1));
  if (depth < 1 || s.length < 2) return;
  for (let i = 0; i < s.length; i++) {
    visit(deletionHash(s, i, -1));
    if (depth < 2 || s.length < 3) continue;
    for (let j = i + 1; j < s.length; j++) visit(deletionHash(s, i, j));
  }
}

const marksRe = /[\u0300-\u036f]/g;

/**
 * The romanization key of a lowercased word: macrons and other accents dropped, and the long-vowel
 * spellings `ou`, `oo` and `oh` (before a consonant other than `h`, or the end) folded to `o`, so `Hōgyoku`,
 * `Hougyoku`, `Hohgyoku` and `Hogyoku` share the key `hogyoku`.
 */
export function romanKey(lower: string): string {
  let s = lower;
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(s)) s = s.normalize('NFD').replace(marksRe, '');
  return s.replace(/oh(?![aeiouyh])/g, 'o').replace(/o[ou]/g, 'o');
}
