/**
 * Quick fixes for `canon.*` diagnostics, as plain text edits (the LSP layer turns them into code actions):
 * replace with each suggestion (the best one preferred), add the word to the canon, and fix every
 * misspelled or miscased name at once (`source.fixAll`).
 */
import { LintCode, type Lint } from '../lint';

/** Replace `[start, end)` of the document with `newText`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface CanonAction {
  readonly title: string;
  readonly kind: 'quickfix' | 'source.fixAll';
  readonly edits: readonly TextEdit[];
  readonly isPreferred?: boolean;
  /** Set for `Add ‘X’ to canon`: the word to append to the workspace's canon file (no edits then). */
  readonly addToCanon?: string;
}

/** The parts of a lint a quick fix needs (what travels back from the client in a diagnostic). */
export type FixableLint = Pick<Lint, 'code' | 'start' | 'end' | 'suggestions' | 'data'>;

const canonCodes: ReadonlySet<string> = new Set([LintCode.MisspelledName, LintCode.NameCasing, LintCode.Romanization]);

/** True for the codes these fixes handle. */
export function isCanonLint(code: string): boolean {
  return canonCodes.has(code);
}

/** Quick fixes for one `canon.*` lint: one per suggestion (best first, preferred), then `Add ‘X’ to canon`. */
export function canonQuickFixes(lint: FixableLint): CanonAction[] {
  if (!isCanonLint(lint.code)) return [];
  const actions: CanonAction[] = (lint.suggestions ?? []).map((s, i) => ({
    title: `Replace with ‘${s}’`,
    kind: 'quickfix',
    edits: [{ start: lint.start, end: lint.end, newText: s }],
    isPreferred: i === 0,
  }));
  const word = typeof lint.data?.word === 'string' ? lint.data.word : undefined;
  if (word && lint.code !== LintCode.NameCasing) {
    actions.push({ title: `Add ‘${word}’ to canon`, kind: 'quickfix', edits: [], addToCanon: word });
  }
  return actions;
}

/**
 * One edit per name whose fix is certain, with its suggestion: a misspelling with one canon word in reach,
 * one edit away, not an English word (`data.certain`, set by the canon judge), and a lowercase name whose
 * canon spelling has one form. Romanizations are a choice, not a mistake, and English spelling fixes are
 * a guess among words: neither is ever applied in bulk (fix-all runs on save). Sorted, non-overlapping.
 */
export function canonFixAll(lints: readonly FixableLint[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const lint of lints) {
    const certain = lint.code === LintCode.NameCasing ? lint.suggestions?.length === 1 : lint.code === LintCode.MisspelledName && lint.data?.certain === true;
    if (!certain) continue;
    const best = lint.suggestions?.[0];
    if (best === undefined) continue;
    edits.push({ start: lint.start, end: lint.end, newText: best });
  }
  edits.sort((a, b) => a.start - b.start);
  return edits.filter((e, i) => i === 0 || e.start >= edits[i - 1].end);
}

/**
 * The `Fix all canon names` action for `lints` (`source.fixAll`, for on-save), or undefined when there is
 * nothing certain to fix. `kind: 'quickfix'` gives the same edits as `Fix all canon names in this file`,
 * for the Ctrl+. menu.
 */
export function canonFixAllAction(lints: readonly FixableLint[], kind: CanonAction['kind'] = 'source.fixAll'): CanonAction | undefined {
  const edits = canonFixAll(lints);
  if (!edits.length) return undefined;
  return kind === 'quickfix' ? { title: 'Fix all canon names in this file', kind, edits } : { title: 'Fix all canon names', kind, edits };
}

/** `text` with non-overlapping `edits` applied (any order). For tests and the CLI. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
