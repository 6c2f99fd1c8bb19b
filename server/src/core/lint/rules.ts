/**
 * The dialogue-punctuation, prose and craft rules as data: each rule's code, family, severity, whether it
 * runs by default (and which `fic.hints.*` setting turns a craft hint on), the conventions it applies to,
 * and whether its fix is certain enough for *Fix all* (`source.fixAll`, so also on save).
 */
import { LintCode, type Severity } from '../lint';
import type { CraftHints } from './craftHints';
import { usesDashDialogue, usesEnglishTags, type DialogueConvention } from './convention';

export interface LintRule {
  readonly id: LintCode;
  readonly family: 'dialogue' | 'prose' | 'craft';
  readonly severity: Severity;
  /** Runs with no setting. Craft hints do not: each waits for its own `fic.hints.*` setting. */
  readonly enabledByDefault: boolean;
  readonly setting?: keyof CraftHints;
  /** What the rule checks, for docs and the settings description. */
  readonly description: string;
  /** The conventions it runs in. */
  readonly appliesTo: (c: DialogueConvention) => boolean;
  /** Its fix is certain: *Fix all* applies it. */
  readonly fixAll: boolean;
}

const english = usesEnglishTags;

export const lintRules: readonly LintRule[] = [
  {
    id: LintCode.TagPunctuation, family: 'dialogue', severity: 'warning', enabledByDefault: true, appliesTo: english, fixAll: true,
    description: 'Punctuation between a speech and its tag: `"Hello." he said`, `"Hello," He said`, `"Hello" he said`, `"Where?," he asked`.',
  },
  {
    id: LintCode.DialogueDash, family: 'dialogue', severity: 'warning', enabledByDefault: true, appliesTo: usesDashDialogue, fixAll: true,
    description: 'A hyphen or en dash used as the dialogue dash (`-Hola` → `—Hola`).',
  },
  {
    id: LintCode.IncisePunctuation, family: 'dialogue', severity: 'warning', enabledByDefault: true, appliesTo: usesDashDialogue, fixAll: true,
    description: 'No full stop before a speech-verb incise; in Spanish the comma after the incise’s closing dash.',
  },
  {
    id: LintCode.InciseCase, family: 'dialogue', severity: 'warning', enabledByDefault: true, appliesTo: usesDashDialogue, fixAll: true,
    description: 'The incise’s speech verb in lowercase (`—Dijo` → `—dijo`).',
  },
  {
    id: LintCode.GuillemetSpacing, family: 'dialogue', severity: 'warning', enabledByDefault: true, appliesTo: (c) => c === 'fr', fixAll: true,
    description: 'A no-break space inside French guillemets (`«Bonjour»` → `« Bonjour »`).',
  },
  {
    // English only: other languages double words in their grammar (`nous nous`, `die die`).
    id: LintCode.RepeatedWord, family: 'prose', severity: 'warning', enabledByDefault: true, appliesTo: english, fixAll: true,
    description: 'The same word twice in a row (`the the`); never grammatical doubles (`had had`) or a voice (`"No no"`); doubles that may be meant (`very very`) softly, never in Fix all.',
  },
  {
    id: LintCode.SaidBookism, family: 'craft', severity: 'hint', enabledByDefault: false, setting: 'saidBookisms', appliesTo: english, fixAll: false,
    description: 'A face or gesture verb as a speech tag (`"Of course," she smiled`).',
  },
  {
    id: LintCode.SaidAdverb, family: 'craft', severity: 'hint', enabledByDefault: false, setting: 'adverbAfterSaid', appliesTo: english, fixAll: false,
    description: 'An `-ly` adverb after a speech verb (`she said softly`).',
  },
  {
    id: LintCode.FilterWord, family: 'craft', severity: 'hint', enabledByDefault: false, setting: 'filterWords', appliesTo: english, fixAll: false,
    description: 'Filter words in narration (`she saw`, `he could hear`, `I felt`).',
  },
  {
    id: LintCode.EchoWord, family: 'craft', severity: 'hint', enabledByDefault: false, setting: 'echoWords', appliesTo: english, fixAll: false,
    description: 'The same uncommon word again within 40 words of narration, across paragraphs (not across a scene break or heading).',
  },
  {
    id: LintCode.RepeatedName, family: 'craft', severity: 'hint', enabledByDefault: false, setting: 'repeatedNames', appliesTo: english, fixAll: false,
    description: 'A name a third time (or more) in one paragraph of narration.',
  },
];

const byId = new Map<string, LintRule>(lintRules.map((r) => [r.id, r]));

/** The rule behind a code, if it is one of these. */
export function lintRule(code: string): LintRule | undefined {
  return byId.get(code);
}

/** Whether the rule `code` runs for `convention` with these craft-hint settings. */
export function ruleEnabled(code: LintCode, convention: DialogueConvention, hints: CraftHints): boolean {
  const rule = byId.get(code);
  if (!rule || !rule.appliesTo(convention)) return false;
  return rule.enabledByDefault || (rule.setting !== undefined && hints[rule.setting] === true);
}
