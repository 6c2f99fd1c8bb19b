/** fast-check arbitraries for robustness tests: random text, generated fics, and mutations of them. */
import fc from 'fast-check';
import { generateCorpus } from '../../bench/corpus';

/** Characters that matter to the fic grammar, plus troublemakers (NUL, lone surrogates, BOM, CR). */
const pieces = [
  'a', 'Rukia', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '*', '_',
  '--', '-', 'A/N:', '(A/N: x)', 'Chapter 2: Roof', 'Prologue', '# Part', 'xXx', '* * *', '~*~', '<hr>', 'Summary: ',
  'Title', 'won\'t', 'the Potters\'', '\'Cause', '\u0000', '\ud800', '\udc00', '\ud83d\ude00', '\ufeff', '\u6f22', '\u0e01',
  '\u014d', '|', '.', '!', '?', '\u2026',
];

/** Text assembled from grammar-relevant pieces and arbitrary Unicode. */
export const ficishText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 120 })
  .map((parts) => parts.join(''));

const small = new Map<number, string>();
/** A generated fic of about 300 words for `seed` (memoized: generation is deterministic). */
export function smallFic(seed: number): string {
  let text = small.get(seed);
  if (text === undefined) {
    text = generateCorpus({ words: 300, seed, canonSize: 40, isEnglish: () => false }).text;
    small.set(seed, text);
  }
  return text;
}

export interface Mutation {
  at: number;
  del: number;
  insert: string;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 }), fc.constant('')),
});

/** Applies `m` to `text` (positions taken modulo the length). */
export function applyMutation(text: string, m: Mutation): { text: string; start: number; end: number } {
  const start = m.at % (text.length + 1);
  const end = Math.min(text.length, start + m.del);
  return { text: text.slice(0, start) + m.insert + text.slice(end), start, end };
}

/** A generated fic (one of 8 seeds) with up to 6 random mutations. */
export const mutatedFic = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.array(mutationArb, { maxLength: 6 }))
  .map(([seed, ms]) => ms.reduce((t, m) => applyMutation(t, m).text, smallFic(seed)));
