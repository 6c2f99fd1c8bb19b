/** The one place that turns core offsets and lints into LSP ranges and diagnostics. */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lint, Severity } from '../core/lint';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toDiagnostic(document: TextDocument, lint: Lint): Diagnostic {
  return {
    range: toRange(document, lint.start, lint.end),
    severity: severities[lint.severity],
    code: lint.code,
    source: 'fic',
    message: lint.message,
    data: lint.suggestions || lint.data ? { suggestions: lint.suggestions ?? [], ...lint.data } : undefined,
  };
}
