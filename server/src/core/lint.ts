/**
 * Findings of core analysis, independent of LSP: a code, a severity, a span and a message.
 * `lsp/convert.ts` is the one place that turns them into LSP diagnostics.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Every diagnostic code the product emits. Settings (`fic.diagnostics.severity`) key on these. */
export const LintCode = {
  UnclosedQuote: 'dialogue.unclosed-quote',
  MisspelledName: 'canon.misspelled-name',
  NameCasing: 'canon.name-casing',
  Romanization: 'canon.romanization',
  MalformedCanonEntry: 'canon.malformed-entry',
  DuplicateCanonEntry: 'canon.duplicate-entry',
  Target: 'count.target',
  UnknownWord: 'spelling.unknown-word',
  PostingLimit: 'ao3.posting-limit',
  FieldValue: 'ao3.field-value',
  WorkFile: 'work.file',
  MissingChapter: 'work.missing-chapter',
  // Dialogue punctuation and prose checks (core/lint/rules.ts holds their data).
  TagPunctuation: 'dialogue.tag-punctuation',
  DialogueDash: 'dialogue.dash',
  IncisePunctuation: 'dialogue.incise-punctuation',
  InciseCase: 'dialogue.incise-case',
  GuillemetSpacing: 'dialogue.guillemet-spacing',
  RepeatedWord: 'prose.repeated-word',
  SaidBookism: 'craft.said-bookism',
  SaidAdverb: 'craft.said-adverb',
  FilterWord: 'craft.filter-word',
  EchoWord: 'craft.echo-word',
  RepeatedName: 'craft.repeated-name',
} as const;
export type LintCode = (typeof LintCode)[keyof typeof LintCode];

export interface Lint {
  readonly code: LintCode;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** Replacement texts for `[start, end)`, best first (quick fixes read these). */
  readonly suggestions?: readonly string[];
  /** Anything else a quick fix needs; travels in `Diagnostic.data`. */
  readonly data?: Readonly<Record<string, unknown>>;
}
