/**
 * Runs every validator over a parsed document and applies the user's severity overrides.
 * Validators are small, one file each, behind one interface.
 */
import type { FicModel } from '../model';
import type { Lint, LintCode, Severity } from '../lint';
import type { CanonIndex } from '../canon/canonIndex';
import { validateUnclosedQuotes } from './unclosedQuotes';
import { validateCanonNames } from './canonNames';
import { validateTarget } from './targets';

/** What analysis needs beyond the text: canon, settings. Built by the server, the CLI or a test. */
export interface AnalysisEnv {
  readonly canon: CanonIndex;
  /** `fic.wordCount.target`; the document's own `Target:` field or `Drabble` tag wins over it. */
  readonly target?: number;
  /** `fic.diagnostics.severity`: a severity per code, or `off`. */
  readonly severities?: Readonly<Partial<Record<LintCode, Severity | 'off'>>>;
}

export type Validator = (model: FicModel, env: AnalysisEnv) => Lint[];

const validators: readonly Validator[] = [validateUnclosedQuotes, validateCanonNames, validateTarget];

/** All findings for a document, sorted by start, with severity overrides applied and `off` codes dropped. */
export function getLints(model: FicModel, env: AnalysisEnv): Lint[] {
  const out: Lint[] = [];
  for (const validate of validators) {
    for (const lint of validate(model, env)) {
      const override = env.severities?.[lint.code];
      if (override === 'off') continue;
      out.push(override ? { ...lint, severity: override } : lint);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
