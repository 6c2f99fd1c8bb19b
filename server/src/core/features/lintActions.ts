/**
 * Quick fixes for the dialogue-punctuation, prose and craft rules, as plain text edits (the LSP layer turns
 * them into code actions, as for canon fixes): each finding's suggestion, and one *Fix all* that applies the
 * fixes of the rules marked certain (`fixAll` in core/lint/rules.ts) together with the canon fixes.
 */
import { lintRule } from '../lint/rules';
import { canonFixAll, type CanonAction, type FixableLint, type TextEdit } from './canonActions';

/** True for the codes these fixes handle. */
export function isProseLint(code: string): boolean {
  return lintRule(code) !== undefined;
}

function title(lint: FixableLint, replacement: string): string {
  switch (lint.code) {
    case 'dialogue.tag-punctuation':
      return replacement === '' ? 'Remove the comma' : replacement.startsWith(',') ? 'Punctuate the speech tag with a comma' : `Write ‘${replacement}’`;
    case 'dialogue.dash':
      return 'Use an em dash (—)';
    case 'dialogue.incise-punctuation':
      return replacement === ',' ? 'Use a comma before the incise' : replacement === '' ? 'Remove the full stop' : 'Move the comma after the incise';
    case 'dialogue.incise-case':
      return `Write ‘${replacement}’`;
    case 'dialogue.guillemet-spacing':
      return 'Insert a no-break space';
    case 'prose.repeated-word':
      return 'Delete the repeated word';
    case 'craft.said-bookism':
      return 'Make it an action beat';
    default:
      return `Replace with ‘${replacement}’`;
  }
}

/** Quick fixes for one finding of these rules: its suggestion, preferred when the rule's fix is certain. */
export function proseQuickFixes(lint: FixableLint): CanonAction[] {
  const rule = lintRule(lint.code);
  if (!rule) return [];
  return (lint.suggestions ?? []).map((s, i) => ({
    title: title(lint, s),
    kind: 'quickfix' as const,
    edits: [{ start: lint.start, end: lint.end, newText: s }],
    isPreferred: i === 0 && rule.fixAll,
  }));
}

/** One edit per finding whose rule's fix is certain, sorted, non-overlapping (the first of an overlap wins). */
export function proseFixAll(lints: readonly FixableLint[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const lint of lints) {
    const best = lint.suggestions?.[0];
    if (best === undefined || !lintRule(lint.code)?.fixAll) continue;
    edits.push({ start: lint.start, end: lint.end, newText: best });
  }
  return nonOverlapping(edits);
}

function nonOverlapping(edits: TextEdit[]): TextEdit[] {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of edits) if (out.length === 0 || e.start >= out[out.length - 1]!.end) out.push(e);
  return out;
}

/**
 * The one *Fix all* action for a document's findings: canon names and the certain punctuation fixes in a
 * single edit list (one action, so an editor that applies fix-all on save applies edits of one version).
 */
export function fixAllAction(lints: readonly FixableLint[]): CanonAction | undefined {
  const canon = canonFixAll(lints);
  const prose = proseFixAll(lints);
  if (canon.length + prose.length === 0) return undefined;
  const title = prose.length === 0 ? 'Fix all canon names' : canon.length === 0 ? 'Fix all dialogue punctuation and repeated words' : 'Fix all canon names, dialogue punctuation and repeated words';
  return { title, kind: 'source.fixAll', edits: nonOverlapping([...canon, ...prose]) };
}
