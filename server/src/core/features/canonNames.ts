/** STUB — owned by the canon work (issue 4): `canon.*` diagnostics. */
import type { FicModel } from '../model';
import type { Lint } from '../lint';
import type { AnalysisEnv } from './diagnostics';

export function validateCanonNames(_model: FicModel, _env: AnalysisEnv): Lint[] {
  return [];
}
