/**
 * Quick fixes for the dialogue-punctuation, prose and craft diagnostics the client sends back with a code
 * action request: each is found again in this version's lints (diagnostics carry no data) and its fixes
 * come from core. The code-action handler (registerCanon.ts) adds these to the canon fixes.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CanonAction } from '../core/features/canonActions';
import { isProseLint, proseQuickFixes } from '../core/features/lintActions';
import type { Lint } from '../core/lint';
import { findLint } from './convert';

/** Whether any of `diagnostics` is one of ours that these fixes handle. */
export function hasProseDiagnostic(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.source === 'fic' && isProseLint(String(d.code ?? '')));
}

/** The quick fixes for the prose diagnostics among `diagnostics`, each with the diagnostic it fixes. */
export function proseQuickFixActions(document: TextDocument, lints: readonly Lint[], diagnostics: readonly Diagnostic[]): [CanonAction, Diagnostic][] {
  const out: [CanonAction, Diagnostic][] = [];
  for (const diagnostic of diagnostics) {
    const code = String(diagnostic.code ?? '');
    if (diagnostic.source !== 'fic' || !isProseLint(code)) continue;
    const lint = findLint(lints, code, document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end));
    if (!lint) continue; // the client's copy lags behind an edit: no fix rather than a wrong one
    for (const action of proseQuickFixes(lint)) out.push([action, diagnostic]);
  }
  return out;
}
