import type { FicModel } from '../model';
import { LintCode, type Lint } from '../lint';

/** `dialogue.unclosed-quote`: an opening quote left open at the end of a paragraph the next does not continue. */
export function validateUnclosedQuotes(model: FicModel): Lint[] {
  return model.unclosed.map((span) => ({
    code: LintCode.UnclosedQuote,
    severity: 'warning',
    start: span.start,
    end: span.end,
    message: 'This quote is never closed: close it, or open the next paragraph with a quote to continue the speech.',
  }));
}
