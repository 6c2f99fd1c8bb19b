/**
 * Quick fixes for the dialogue-punctuation, prose and craft rules, as plain text edits (the LSP layer turns
 * them into code actions, as for canon fixes): each finding's suggestion, and one *Fix all* that applies the
 * fixes of the rules marked certain (`fixAll` in core/lint/rules.ts) together with the canon fixes.
 */
import { lintRule } from '../lint/rules';
import { canonFixAll, type CanonAction, type FixableLint, type TextEdit } from './canonActions';
import { composeFixes, type TextSlicer } from './fixCompose';

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
      return replacement === '' ? 'Delete the repeated word' : 'Keep both, with a comma';
    case 'craft.said-bookism':
      return 'Make it an action beat';
    default:
      return `Replace with ‘${replacement}’`;
  }
}

/**
 * Whether the finding's first fix is certain: its rule's fixes are (`fixAll` in rules.ts) and the finding is
 * not marked uncertain (a double that may be meant, `data.uncertain`).
 */
function certain(lint: FixableLint): boolean {
  return lintRule(lint.code)?.fixAll === true && lint.data?.uncertain !== true;
}

/** Quick fixes for one finding of these rules: its suggestions, the first preferred when it is certain. */
export function proseQuickFixes(lint: FixableLint): CanonAction[] {
  if (!lintRule(lint.code)) return [];
  const sure = certain(lint);
  return (lint.suggestions ?? []).map((s, i) => ({
    title: title(lint, s),
    kind: 'quickfix' as const,
    edits: [{ start: lint.start, end: lint.end, newText: s }],
    isPreferred: i === 0 && sure,
  }));
}

/** One fix (its edits) per finding whose first fix is certain, in the findings' order. */
export function proseFixes(lints: readonly FixableLint[]): TextEdit[][] {
  const fixes: TextEdit[][] = [];
  for (const lint of lints) {
    const best = lint.suggestions?.[0];
    if (best === undefined || !certain(lint)) continue;
    fixes.push([{ start: lint.start, end: lint.end, newText: best }]);
  }
  return fixes;
}

/**
 * The certain fixes of `lints` as one edit list for `text` (the document they were found in): sorted, no
 * two edits overlapping, fixes whose spans overlap composed (`fixCompose.ts`), so one run applies them all.
 */
export function proseFixAll(lints: readonly FixableLint[], text: TextSlicer): TextEdit[] {
  return composeFixes(proseFixes(lints), text);
}

/**
 * The one *Fix all* action for a document's findings: canon names and the certain punctuation fixes in a
 * single edit list (one action, so an editor that applies fix-all on save applies edits of one version),
 * composed so that one run applies them all. `text` is the document the findings were found in.
 */
export function fixAllAction(lints: readonly FixableLint[], text: TextSlicer): CanonAction | undefined {
  const canon = canonFixAll(lints);
  const prose = proseFixes(lints);
  if (canon.length + prose.length === 0) return undefined;
  const title = prose.length === 0 ? 'Fix all canon names' : canon.length === 0 ? 'Fix all dialogue punctuation and repeated words' : 'Fix all canon names, dialogue punctuation and repeated words';
  return { title, kind: 'source.fixAll', edits: composeFixes([...canon.map((e) => [e]), ...prose], text) };
}
