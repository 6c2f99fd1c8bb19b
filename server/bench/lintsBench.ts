/**
 * Per-keystroke lints at 500k words: `getLintState` given the previous version's state (the canon check
 * re-judges only the paragraphs around the edit), against a full `getLints`, over one-letter insertions.
 */
import type { FicModel } from '../src/core/model';
import { getLintState, type AnalysisEnv } from '../src/core/features/diagnostics';
import { quantile } from './util';

export interface LintTiming {
  p50: number;
  p95: number;
  /** Lints of the last version, checked equal to a full `getLints`. */
  equal: boolean;
}

/** `edits` insertions spread over `text`, each re-analysed with `reparse` (untimed) then linted (timed). */
export function measureLints(
  text: string,
  env: AnalysisEnv,
  parse: (t: string) => FicModel,
  reparse: (m: FicModel, e: { start: number; end: number; text: string }, t: string) => FicModel,
  edits = 300,
): LintTiming {
  let model = parse(text);
  let state = getLintState(model, env);
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    let at = Math.floor(((i * 7919) % edits) * (text.length / edits));
    while (at < text.length && !/[a-z]/.test(text[at]!)) at++;
    const edit = { start: at, end: at, text: 'e' };
    text = text.slice(0, at) + 'e' + text.slice(at);
    model = reparse(model, edit, text);
    const t = performance.now();
    state = getLintState(model, env, { state, edits: [edit] });
    times.push(performance.now() - t);
  }
  const full = getLintState(model, env).lints;
  const equal = full.length === state.lints.length && full.every((l, i) => JSON.stringify(l) === JSON.stringify(state.lints[i]));
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), equal };
}
