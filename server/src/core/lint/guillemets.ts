/**
 * `dialogue.guillemet-spacing` (`fr`): French sets a space inside guillemets, `« Bonjour »`, usually a
 * no-break space so the guillemet never starts or ends a line alone. A guillemet with no space at all
 * inside it (`«Bonjour»`) is reported; the fix inserts a no-break space (U+00A0). Any space already there
 * (ordinary, no-break, narrow no-break, thin) is accepted.
 */
import { LintCode, type Lint } from '../lint';
import { fixLint, type ParagraphText } from './paragraph';

const NBSP = '\u00a0';
const spaced = (ch: string | undefined): boolean => ch === undefined || /[\s\u00a0\u202f\u2009\u200a]/.test(ch);

/** Guillemet-spacing findings of one paragraph in the `fr` convention. */
export function checkGuillemets(p: ParagraphText, out: Lint[]): void {
  if (p.convention !== 'fr') return;
  const { text } = p;
  for (let i = text.indexOf('«'); i >= 0; i = text.indexOf('«', i + 1)) {
    const next = text[i + 1];
    if (next !== undefined && !spaced(next) && next !== '«') {
      out.push(fixLint(p, LintCode.GuillemetSpacing, 'warning', i, i + 1, 'French sets a no-break space after ‘«’.', `«${NBSP}`));
    }
  }
  for (let i = text.indexOf('»'); i >= 0; i = text.indexOf('»', i + 1)) {
    const prev = i > 0 ? text[i - 1] : undefined;
    if (prev !== undefined && !spaced(prev) && prev !== '»') {
      out.push(fixLint(p, LintCode.GuillemetSpacing, 'warning', i, i + 1, 'French sets a no-break space before ‘»’.', `${NBSP}»`));
    }
  }
}
