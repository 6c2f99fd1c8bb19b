/**
 * The AO3 count's cost on text with and without markup: a plain fic keeps the per-paragraph scan; a fic
 * that holds HTML (`<i>`, `&rsquo;`, comments) is also read through the HTML5 tokenizer, and a keystroke
 * in it re-parses the whole text. Run alone (`node --import tsx server/bench/markupBench.ts`) or from run.ts.
 */
import { parse } from '../src/core/parse/parse';
import { reparse } from '../src/core/parse/incremental';
import { scanMarkupWords } from '../src/core/count/markupWords';
import { getWordTotals } from '../src/core/count/wordCounts';
import { timeMedian } from './util';
import { generateCorpus } from './corpus';

/** `text` with markup as writers paste it: italics, curly-quote references, an &amp; and a comment now and then. */
export function withMarkup(text: string): string {
  let n = 0;
  return text
    .replace(/\b([A-Za-z]{4,})\b/g, (w) => (++n % 25 === 0 ? `<i>${w}</i>` : n % 97 === 0 ? `${w} &amp;` : w))
    .replace(/'/g, '&rsquo;')
    .replace(/\n\n/g, () => (++n % 50 === 0 ? '\n\n<!-- note to self -->\n\n' : '\n\n'));
}

export interface MarkupResult {
  readonly plainChars: number;
  readonly markupChars: number;
  readonly parsePlain: number;
  readonly parseMarkup: number;
  readonly scanMarkup: number;
  readonly keystrokePlain: number;
  readonly keystrokeMarkup: number;
}

function keystroke(text: string, runs: number): number {
  const at = text.indexOf('.', text.length >> 1) + 1;
  let model = parse(text);
  let cur = text;
  return timeMedian(() => {
    const next = cur.slice(0, at) + 'x' + cur.slice(at);
    model = reparse(model, { start: at, end: at, text: 'x' }, next);
    cur = next;
    return getWordTotals(model).story;
  }, runs);
}

/** Median timings (ms) of parse, the markup scan alone, and a one-letter edit with its totals. */
export function measureMarkup(plain: string, runs = 7): MarkupResult {
  const marked = withMarkup(plain);
  return {
    plainChars: plain.length,
    markupChars: marked.length,
    parsePlain: timeMedian(() => parse(plain), runs),
    parseMarkup: timeMedian(() => parse(marked), runs),
    scanMarkup: timeMedian(() => scanMarkupWords(marked), runs),
    keystrokePlain: keystroke(plain, runs * 3),
    keystrokeMarkup: keystroke(marked, runs),
  };
}

if (process.argv[1]?.endsWith('markupBench.ts')) {
  console.log(JSON.stringify(measureMarkup(generateCorpus({ words: 500_000, seed: 7 }).text), null, 2));
}
