/**
/**
 * Code actions on canon, spelling, dialogue-punctuation and prose diagnostics: quick fixes (the suggested
 * spellings, `Add ‘X’ to canon`, `Ignore ‘x’ in this file`, the punctuation fixes of lsp/proseActions.ts,
 * and `Fix all canon names in this file` in the Ctrl+. menu) and one *Fix all* (`source.fixAll.fic`) for
 * the certain canon fixes and the certain punctuation fixes (never spelling), from the current lints.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { canonFixAllAction, canonQuickFixes, isCanonLint, type FixableLint, type TextEdit } from '../core/features/canonActions';
import { fixAllAction, isProseLint } from '../core/features/lintActions';
import { spellingQuickFixes, type SpellingAction } from '../core/features/spellingActions';
import { hasProseDiagnostic, proseQuickFixActions } from './proseActions';
import { LintCode, type Lint } from '../core/lint';
import { ignoreWordCommand } from './registerSpelling';
import type { Feature } from './context';
import { findLint, toRange } from './convert';
import { addToCanonCommand } from './registerAddToCanon';

const fixAllKind = `${CodeActionKind.SourceFixAll}.fic`;

function edits(document: TextDocument, list: readonly TextEdit[]): LspTextEdit[] {
  return list.map((e) => ({ range: toRange(document, e.start, e.end), newText: e.newText }));
}

function toCodeAction(document: TextDocument, action: SpellingAction, diagnostic?: Diagnostic): CodeAction {
  const out: CodeAction = { title: action.title, kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : fixAllKind };
  if (diagnostic) out.diagnostics = [diagnostic];
  if (action.isPreferred) out.isPreferred = true;
  if (action.ignoreWord !== undefined) {
    out.command = { title: action.title, command: ignoreWordCommand, arguments: [{ word: action.ignoreWord, uri: document.uri }] };
  } else if (action.addToCanon !== undefined) {
    out.command = { title: action.title, command: addToCanonCommand, arguments: [{ word: action.addToCanon, uri: document.uri }] };
  } else out.edit = { changes: { [document.uri]: edits(document, action.edits) } };
  return out;
}

/**
 * The lint behind a `canon.*` diagnostic the client sent back. Published diagnostics carry no `data`, so
 * the lint is looked up in the current lints (cached, shared with diagnostics) by code and range. A
 * diagnostic that still carries `data` (from an older server) is read as is; one that matches no lint now
 * (the client's copy lags behind an edit) borrows the suggestions of a lint with the same code and word.
 */
function fixableLint(document: TextDocument, lints: readonly Lint[], code: string, diagnostic: Diagnostic): FixableLint {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const found = findLint(lints, code, start, end);
  if (found) return found;
  const data = (diagnostic.data ?? {}) as { suggestions?: unknown; word?: unknown };
  if (Array.isArray(data.suggestions) || typeof data.word === 'string') {
    return {
      code: code as LintCode,
      start,
      end,
      suggestions: Array.isArray(data.suggestions) ? data.suggestions.filter((s): s is string => typeof s === 'string') : [],
      data: typeof data.word === 'string' ? { word: data.word } : undefined,
    };
  }
  const word = document.getText(diagnostic.range);
  const same = lints.find((l) => l.code === code && l.data?.word === word);
  return { code: code as LintCode, start, end, suggestions: same?.suggestions ?? [], data: { word } };
}

/** Whether a code action request restricted to `only` kinds wants actions of `kind`. */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function codeActionsFeature(): Feature {
  return {
    capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, fixAllKind] } }),
    register(ctx) {
      ctx.connection.onCodeAction(
        ctx.request(({ textDocument, context }): CodeAction[] => {
          const fic = ctx.fic(textDocument.uri);
          if (!fic) return [];
          const { document } = fic;
          const out: CodeAction[] = [];
          if (wanted(context.only, CodeActionKind.QuickFix)) {
            const spelling = (code: string) => code === LintCode.UnknownWord;
            const fixable = context.diagnostics.filter((d) => d.source === 'fic' && (isCanonLint(String(d.code ?? '')) || spelling(String(d.code ?? ''))));
            const lints = fixable.length > 0 || hasProseDiagnostic(context.diagnostics) ? fic.lints() : [];
            for (const diagnostic of fixable) {
              const code = String(diagnostic.code);
              const lint = fixableLint(document, lints, code, diagnostic);
              for (const action of spelling(code) ? spellingQuickFixes(lint) : canonQuickFixes(lint)) out.push(toCodeAction(document, action, diagnostic));
            }
            for (const [action, diagnostic] of proseQuickFixActions(document, lints, context.diagnostics)) out.push(toCodeAction(document, action, diagnostic));
            // The Ctrl+. menu on a canon diagnostic also offers the file's certain canon fixes at once.
            const inFile = fixable.some((d) => isCanonLint(String(d.code))) ? canonFixAllAction(lints.filter((l) => isCanonLint(l.code)), 'quickfix') : undefined;
            if (inFile) out.push(toCodeAction(document, inFile));
          }
          if (wanted(context.only, fixAllKind)) {
            // The lints diagnostics report for this text (cached): `off` codes are already dropped.
            const fixAll = fixAllAction(fic.lints().filter((l) => isCanonLint(l.code) || isProseLint(l.code)), fic.model().source);
            if (fixAll) out.push(toCodeAction(document, fixAll));
          }
          return out;
        }),
      );
    },
  };
}
