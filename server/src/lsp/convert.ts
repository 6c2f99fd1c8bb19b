/** The one place that turns core offsets and lints into LSP ranges and diagnostics. */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lint, Severity } from '../core/lint';
import { firstStartingAtOrAfter } from '../core/spans';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/**
 * A lint as an LSP diagnostic. No `data`: the server is its only reader, and code actions find the lint
 * again in the lint cache by code and range (`findLint`), so a keystroke's publish stays small (a quarter
 * fewer bytes to serialize, send and parse at ~1,200 diagnostics).
 */
export function toDiagnostic(document: TextDocument, lint: Lint): Diagnostic {
  return lintDiagnostic(toRange(document, lint.start, lint.end), lint);
}

/** `toDiagnostic` with the range already converted. */
export function lintDiagnostic(range: Range, lint: Lint): Diagnostic {
  return { range, severity: severities[lint.severity], code: lint.code, source: 'fic', message: lint.message };
}

/** The lint of `lints` (sorted by start, as `LintState.lints`) with this code and span, if any. */
export function findLint(lints: readonly Lint[], code: string, start: number, end: number): Lint | undefined {
  for (let i = firstStartingAtOrAfter(lints, start); i < lints.length && lints[i]!.start === start; i++) {
    const lint = lints[i]!;
    if (lint.end === end && lint.code === code) return lint;
  }
  return undefined;
}
