/**
 * The craft hints counted per chapter, for writers who want a summary in the stats view rather than
 * squiggles (`fic.hints.show: "summary"`). Only the hints switched on are counted; a hint turned `off` in
 * `fic.diagnostics.severity` is not.
 */
import type { FicModel } from '../model';
import type { LintCode } from '../lint';
import type { AnalysisEnv } from '../env';
import { countByChapter, getProseLints, proseOptions } from './proseLints';

/** Per chapter (model order), the count of each craft hint; undefined when no hint is switched on. */
export function getHintSummary(model: FicModel, env: AnalysisEnv): Record<string, number>[] | undefined {
  if (!env.hints || !Object.entries(env.hints).some(([k, v]) => k !== 'show' && v === true)) return undefined;
  const lints = getProseLints(model, proseOptions(env, model)).filter((l) => l.code.startsWith('craft.') && env.severities?.[l.code as LintCode] !== 'off');
  return countByChapter(model, lints);
}
