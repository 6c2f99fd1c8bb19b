/**
 * Runs every validator over a parsed document and applies the user's severity overrides.
 * Validators are small, one file each, behind one interface. The canon check, the one that costs time
 * (it judges every word), can reuse the check of the previous version (`getLintState`).
 */
import type { FicModel } from '../model';
import type { Lint } from '../lint';
import type { EditLike } from '../canon/editWindow';
import { validateUnclosedQuotes } from './unclosedQuotes';
import { checkCanonNames, type CanonCheck } from './canonNames';
import { validateTarget } from './targets';
import { checkProse, proseOptions, type ProseCheck } from './proseLints';
import { checkPostingLimits, type PostingLimitsCheck } from './postingLimits';
import type { ChangedRegion } from '../parse/incremental';
import type { AnalysisEnv } from '../env';

/** Re-exported for callers that import it with the runner (the validators import `../env` directly). */
export type { AnalysisEnv };

export type Validator = (model: FicModel, env: AnalysisEnv) => Lint[];

/** The lints of one document version, and what the next version needs to re-check only what changed. */
export interface LintState {
  /** Sorted by start, severity overrides applied, `off` codes dropped. */
  readonly lints: readonly Lint[];
  readonly canon: CanonCheck;
  readonly prose: ProseCheck;
  readonly limits: PostingLimitsCheck;
}

/** All findings for a document, sorted by start, with severity overrides applied and `off` codes dropped. */
export function getLints(model: FicModel, env: AnalysisEnv): Lint[] {
  return getLintState(model, env).lints as Lint[];
}

/**
 * `getLints` with the state kept for the next version: given the state of an earlier version of the same
 * document and the edits since then (LSP order, offsets of the text each edit applied to), the canon check
 * re-judges only the paragraphs around the edits. The lints always equal `getLints(model, env)`.
 * `region`: where the incremental reparse changed the model over those edits (the posting limits and the
 * prose check then skip walking the whole model). `consume`: the caller drops the previous state for this
 * one, so the lints after the edits are moved where they lie (the previous state's lints move with them).
 */
export function getLintState(
  model: FicModel,
  env: AnalysisEnv,
  previous?: { state: LintState; edits: readonly EditLike[]; region?: ChangedRegion | null; consume?: boolean },
): LintState {
  const consume = previous?.consume === true;
  const region = previous?.region;
  const canon = checkCanonNames(model, env, previous && { check: previous.state.canon, edits: previous.edits, consume, region });
  const prose = checkProse(model, proseOptions(env, model), previous && { check: previous.state.prose, edits: previous.edits, region, consume });
  const limits = checkPostingLimits(model, previous?.state.limits, region);
  // The order of the old validator list (unclosed quotes, canon, target): lints on the same span keep it.
  const lists = [
    validateUnclosedQuotes(model),
    canon.lints,
    validateTarget(model, env),
    limits.lints,
    env.hintsDisplay === 'summary' ? prose.lints.filter((l) => !l.code.startsWith('craft.')) : prose.lints,
  ];
  const severities = env.severities;
  const out = mergeSorted(lists);
  if (severities && Object.keys(severities).length > 0) {
    let n = 0;
    for (const lint of out) {
      const override = severities[lint.code];
      if (override === 'off') continue;
      out[n++] = override ? { ...lint, severity: override } : lint;
    }
    out.length = n;
  }
  return { lints: out, canon, prose, limits };
}

const byPlace = (a: Lint, b: Lint): number => a.start - b.start || a.end - b.end;

/**
 * The lists as one, ordered by start then end, a list's lints before a later list's on the same span: what
 * a stable sort of their concatenation gives, in one merge of the (already sorted) lists rather than a sort
 * of every lint on every keystroke.
 */
function mergeSorted(lists: readonly (readonly Lint[])[]): Lint[] {
  let total = 0;
  for (const list of lists) {
    for (let i = 1; i < list.length; i++) if (byPlace(list[i - 1]!, list[i]!) > 0) return lists.flat().sort(byPlace); // not sorted: a stable sort
    total += list.length;
  }
  const out: Lint[] = new Array(total);
  const at = lists.map(() => 0);
  for (let n = 0; n < total; n++) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      const lint = lists[k]![at[k]!];
      if (lint !== undefined && (best < 0 || byPlace(lint, lists[best]![at[best]!]!) < 0)) best = k;
    }
    out[n] = lists[best]![at[best]!++]!;
  }
  return out;
}
