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
 * One edit per misspelled or miscased name, with its best suggestion (romanizations are a choice, not a
 * mistake, so they are left alone). Sorted, non-overlapping.
 */
export function canonFixAll(lints: readonly FixableLint[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const lint of lints) {
    if (lint.code !== LintCode.MisspelledName && lint.code !== LintCode.NameCasing) continue;
    const best = lint.suggestions?.[0];
    if (best === undefined) continue;
    edits.push({ start: lint.start, end: lint.end, newText: best });
  }
  edits.sort((a, b) => a.start - b.start);
  return edits.filter((e, i) => i === 0 || e.start >= edits[i - 1].end);
}

/** The `Fix all canon names` action for `lints`, or undefined when there is nothing to fix. */
export function canonFixAllAction(lints: readonly FixableLint[]): CanonAction | undefined {
  const edits = canonFixAll(lints);
  return edits.length ? { title: 'Fix all canon names', kind: 'source.fixAll', edits } : undefined;
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
