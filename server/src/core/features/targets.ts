/** STUB — owned by the counting work (issue 5): `count.target` diagnostics. */
import type { FicModel } from '../model';
import type { Lint } from '../lint';
import type { AnalysisEnv } from './diagnostics';

export function validateTarget(_model: FicModel, _env: AnalysisEnv): Lint[] {
  return [];
}
