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
 */
export function getLintState(model: FicModel, env: AnalysisEnv, previous?: { state: LintState; edits: readonly EditLike[] }): LintState {
  const canon = checkCanonNames(model, env, previous && { check: previous.state.canon, edits: previous.edits });
  const prose = checkProse(model, proseOptions(env, model), previous && { check: previous.state.prose, edits: previous.edits });
  const out: Lint[] = [];
  const add = (lints: readonly Lint[]) => {
    for (const lint of lints) {
      const override = env.severities?.[lint.code];
      if (override === 'off') continue;
      out.push(override ? { ...lint, severity: override } : lint);
    }
  };
  // The order of the old validator list (unclosed quotes, canon, target): the sort is stable, so lints
  // on the same span keep it.
  add(validateUnclosedQuotes(model));
  add(canon.lints);
  add(validateTarget(model, env));
  const limits = checkPostingLimits(model, previous?.state.limits);
  add(limits.lints);
  add(env.hintsDisplay === 'summary' ? prose.lints.filter((l) => !l.code.startsWith('craft.')) : prose.lints);
  return { lints: out.sort((a, b) => a.start - b.start || a.end - b.end), canon, prose, limits };
}
