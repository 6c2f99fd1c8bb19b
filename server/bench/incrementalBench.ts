/** Per-keystroke re-analysis at 500k words: `reparse` after a one-letter insertion, against a full `parse`. */
import type { FicModel } from '../src/core/model';
import { quantile } from './util';

export interface IncrementalTiming {
  p50: number;
  p95: number;
  /** Share of edits that reused the spans before the edit (the fast path). */
  fastShare: number;
}

/** One-letter insertions inside words spread over `text`, each timed through `reparse`. */
export function measureIncremental(
  text: string,
  parse: (t: string) => FicModel,
  reparse: (m: FicModel, e: { start: number; end: number; text: string }, t: string) => FicModel,
  edits = 300,
): IncrementalTiming {
  let model = parse(text);
  const times: number[] = [];
  let fast = 0;
  for (let i = 0; i < edits; i++) {
    let at = Math.floor(((i * 7919) % edits) * (text.length / edits));
    while (at < text.length && !/[a-z]/.test(text[at]!)) at++;
    const next = text.slice(0, at) + 'e' + text.slice(at);
    next.charCodeAt(0); // build the flat string outside the timing: the document store's cost, measured apart
    const t = performance.now();
    const m = reparse(model, { start: at, end: at, text: 'e' }, next);
    times.push(performance.now() - t);
    if (m.paragraphs.length > 0 && m.paragraphs[0] === model.paragraphs[0]) fast++;
    model = m;
    text = next;
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), fastShare: fast / edits };
}
