/** The `fic.*` settings the server reads, with defaults for clients that send none. */
import type { LintCode, Severity } from '../core/lint';
import type { SpellingLanguage } from '../core/spelling/suggest';
import type { DialogueSetting } from '../core/model';
import { dialogueStyles } from '../core/parse/conventions';

export interface FicSettings {
  canon: { words: string[]; files: string[] };
  /** `target`: each fic's story goal; `workTarget`: a work's (all its chapters') goal. */
  wordCount: { target: number | null; workTarget: number | null };
  diagnostics: { severity: Partial<Record<LintCode, Severity | 'off'>> };
  /** `fic.hints.*`: craft hints, each off by default, and where they show. */
  hints: HintSettings;
  spelling: { enabled: boolean; language: SpellingLanguage; severity: 'warning' | 'information' };
  dialogue: { style: DialogueSetting };
}

export interface HintSettings {
  saidBookisms: boolean;
  adverbAfterSaid: boolean;
  filterWords: boolean;
  echoWords: boolean;
  repeatedNames: boolean;
  /** `inline`: as Hint diagnostics; `summary`: only counted per chapter in the stats view. */
  show: 'inline' | 'summary';
}

const hintNames = ['saidBookisms', 'adverbAfterSaid', 'filterWords', 'echoWords', 'repeatedNames'] as const;

export const defaultSettings: FicSettings = {
  canon: { words: [], files: ['**/*.canon'] },
  wordCount: { target: null, workTarget: null },
  diagnostics: { severity: {} },
  hints: { saidBookisms: false, adverbAfterSaid: false, filterWords: false, echoWords: false, repeatedNames: false, show: 'inline' },
  spelling: { enabled: true, language: 'en-US', severity: 'warning' },
  dialogue: { style: 'auto' },
};

/** Merges whatever the client sent over the defaults, ignoring values of the wrong type. */
export function normalizeSettings(raw: unknown): FicSettings {
  const r = (raw ?? {}) as Record<string, any>;
  const strings = (v: unknown, fallback: string[]) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : fallback;
  const target = r.wordCount?.target;
  const workTarget = r.wordCount?.workTarget;
  const goal = (v: unknown) => (typeof v === 'number' && v > 0 ? Math.floor(v) : null);
  const severity = r.diagnostics?.severity;
  return {
    canon: {
      words: strings(r.canon?.words, defaultSettings.canon.words),
      files: strings(r.canon?.files, defaultSettings.canon.files),
    },
    wordCount: { target: goal(target), workTarget: goal(workTarget) },
    diagnostics: { severity: severity && typeof severity === 'object' ? { ...severity } : {} },
    hints: normalizeHints(r.hints),
    spelling: {
      enabled: typeof r.spelling?.enabled === 'boolean' ? r.spelling.enabled : defaultSettings.spelling.enabled,
      language: r.spelling?.language === 'en-GB' ? 'en-GB' : 'en-US',
      severity: r.spelling?.severity === 'information' ? 'information' : 'warning',
    },
    dialogue: { style: dialogueStyles.includes(r.dialogue?.style) ? r.dialogue.style : 'auto' },
  };
}

function normalizeHints(raw: unknown): HintSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out = { ...defaultSettings.hints };
  for (const name of hintNames) if (typeof r[name] === 'boolean') out[name] = r[name] as boolean;
  if (r.show === 'summary' || r.show === 'inline') out.show = r.show;
  return out;
}
