// The English bands merged into one sorted list for the bundles (core/canon/englishData.ts `merged`): each
// line a word and its band's index as one digit, sorted by the words (UTF-16 code units, as
// `Array.prototype.sort` orders them), so a lookup is one binary search instead of one per band.

/** `levels`: newline-joined sorted word lists, one per band (at most ten), every word in one of them. */
export function mergeBands(levels) {
  if (levels.length > 10) throw new Error(`mergeBands: ${levels.length} bands do not fit one digit`);
  return levels
    .flatMap((list, band) => (list ? list.split('\n').map((word) => [word, band]) : []))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, band]) => `${word}${band}`)
    .join('\n');
}
