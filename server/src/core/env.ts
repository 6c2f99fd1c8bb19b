/**
 * What analysis needs beyond the text: the canon and the settings. Its own module because both the
 * diagnostics runner and the validators it runs read it (in `features/diagnostics.ts` it made an import
 * circle with them).
 */
import type { CanonIndex } from './canon/canonIndex';
import type { LintCode, Severity } from './lint';
import type { DialogueConvention } from './lint/convention';
import type { CraftHints } from './lint/craftHints';
import type { SpellingSettings } from './spelling/language';
import type { DialogueSetting } from './model';

/** What analysis needs beyond the text: canon, settings. Built by the server, the CLI or a test. */
export interface AnalysisEnv {
  readonly canon: CanonIndex;
  /** `fic.wordCount.target`; the document's own `Target:` field or `Drabble` tag wins over it. */
  readonly target?: number;
  /** `fic.diagnostics.severity`: a severity per code, or `off`. */
  readonly severities?: Readonly<Partial<Record<LintCode, Severity | 'off'>>>;
  /** The document's dialogue convention for the punctuation rules; else the parse's, else `en-US`. */
  readonly dialogue?: DialogueConvention;
  /** `fic.hints.*`: the craft hints switched on (all off when absent). */
  readonly hints?: CraftHints;
  /** `fic.hints.show`: `summary` keeps craft hints out of the diagnostics (the stats view counts them). */
  readonly hintsDisplay?: 'inline' | 'summary';
  /** English spelling (`fic.spelling.*`); undefined or `enabled: false` for none. */
  readonly spelling?: SpellingSettings;
  /** `fic.dialogue.style` (default `auto`): the parse reads dialogue with it (a `Language:` field wins). */
  readonly dialogueStyle?: DialogueSetting;
}
