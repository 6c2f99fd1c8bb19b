/** In-process timings: each core feature over each corpus size, the bare word-counter floor, canon accuracy. */
import type { Corpus } from './corpus';
import type { Core } from './features';
import { timeMedian } from './util';
import { scanWords, SpanBuffer } from '../src/core/count/wordScanner';

export interface SizeResult {
  label: string;
  words: number;
  chars: number;
  /** Median ms per feature name; undefined = n/a. */
  times: Record<string, number | undefined>;
  floorMs: number;
}

export interface Accuracy {
  misspellings: number;
  flagged: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** Up to 5 false positives and 5 misses, for a human to read. */
  examples: { falsePositives: string[]; misses: string[] };
}

/**
 * The floor: one pass over the text counting runs of letters and digits (apostrophes inside a run kept),
 * no spans, no Unicode tables. Anything that finds words can hardly be faster than this.
 */
export function bareWordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c >= 0xc0;
    if (letter) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (c === 0x27 || c === 0x2d))) inWord = false;
  }
  return words;
}

/** Times every feature on `corpus`; `runs` measured runs after two warm-ups. */
export function measureSize(label: string, corpus: Corpus, core: Core, runs: number): SizeResult {
  const text = corpus.text;
  const times: SizeResult['times'] = {};
  const floorMs = timeMedian(() => bareWordCount(text), runs);
  times['word scan (AO3 rule)'] = timeMedian(() => scanWords(text, 0, text.length, new SpanBuffer(text.length >> 3)), runs);
  if (!core.parse || core.parseIsStub) return { label, words: corpus.words, chars: text.length, times, floorMs };
  const parse = core.parse;
  const { env } = core.makeEnv(corpus.canon.text);
  times['parse'] = timeMedian(() => parse(text), runs);
  const model = parse(text);
  for (const f of core.features) {
    if (!f.run) continue;
    try {
      f.run(model, env);
      times[f.name] = timeMedian(() => f.run!(model, env), runs);
    } catch {
      times[f.name] = undefined;
    }
  }
  if (core.getLints) {
    const getLints = core.getLints;
    times['getLints'] = timeMedian(() => getLints(model, env), runs);
    const counts = core.features.find((f) => f.name === 'counts')?.run;
    times['full analysis'] = timeMedian(() => {
      const m = parse(text);
      getLints(m, env);
      counts?.(m, env);
    }, runs);
  }
  return { label, words: corpus.words, chars: text.length, times, floorMs };
}

/** Precision and recall of `canon.misspelled-name` against the misspellings the generator wrote. */
export function canonAccuracy(corpus: Corpus, core: Core): Accuracy | undefined {
  if (!core.parse || core.parseIsStub || !core.getLints) return undefined;
  const { env } = core.makeEnv(corpus.canon.text);
  const lints = core.getLints(core.parse(corpus.text), env).filter((l) => l.code === 'canon.misspelled-name');
  const truth = corpus.misspellings;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  // Both lists are sorted by start: a merge finds overlaps in linear time.
  const hitTruth = new Uint8Array(truth.length);
  let truePositiveLints = 0;
  const falsePositives: string[] = [];
  let j = 0;
  for (const lint of lints) {
    while (j < truth.length && truth[j]!.end <= lint.start) j++;
    let hit = false;
    for (let k = j; k < truth.length && truth[k]!.start < lint.end; k++) {
      if (overlaps(truth[k]!, lint)) {
        hitTruth[k] = 1;
        hit = true;
      }
    }
    if (hit) truePositiveLints++;
    else if (falsePositives.length < 5) falsePositives.push(corpus.text.slice(lint.start, lint.end));
  }
  const found = hitTruth.reduce((a, b) => a + b, 0);
  const misses: string[] = [];
  truth.forEach((t, i) => {
    if (!hitTruth[i] && misses.length < 5) misses.push(`${t.wrong} (${t.right}, ${t.kind})`);
  });
  return {
    misspellings: truth.length,
    flagged: lints.length,
    truePositives: found,
    precision: lints.length ? truePositiveLints / lints.length : 0,
    recall: truth.length ? found / truth.length : 0,
    examples: { falsePositives, misses },
  };
}
