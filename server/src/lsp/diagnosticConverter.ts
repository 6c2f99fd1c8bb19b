/**
 * Lints → diagnostics for one document, version after version. A diagnostic that is the same as one
 * published for the previous version (same message, code, severity and range: most of them after a
 * keystroke) is handed out as the same object, so the stdio encoder's per-object JSON cache
 * (`node/jsonEncoder.ts`) serializes only what changed. Keeps the last publish only.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lint } from '../core/lint';
import { lintDiagnostic, toRange } from './convert';
import { FicDocument } from './documents';

type Published = Diagnostic | Diagnostic[];

export class DiagnosticConverter {
  /** The last publish, by message (the shifted copy of a lint keeps its message string). */
  private previous = new Map<string, Published>();
  /** The last publish by lint object, and the document version it was for. */
  private byLint = new WeakMap<Lint, Diagnostic>();
  private version: number | undefined;

  /** The diagnostics of `lints` in `document` now, reusing last publish's objects where equal. */
  convert(document: TextDocument, lints: readonly Lint[]): Diagnostic[] {
    const previous = this.previous;
    const previousByLint = this.byLint;
    // Text before the first edit since the last publish is unchanged, and so is every position in it: a
    // lint kept as the same object (the lint cache keeps those before an edit) that ends there keeps its
    // diagnostic without converting offsets again.
    const edits = this.version !== undefined && document instanceof FicDocument ? document.editsSince(this.version) : undefined;
    let unchangedBefore = edits ? Infinity : -1;
    if (edits) for (const e of edits) unchangedBefore = Math.min(unchangedBefore, e.start);
    const next = new Map<string, Published>();
    const byLint = new WeakMap<Lint, Diagnostic>();
    const out = new Array<Diagnostic>(lints.length);
    for (let i = 0; i < lints.length; i++) {
      const lint = lints[i]!;
      const kept = lint.end <= unchangedBefore ? previousByLint.get(lint) : undefined;
      const d = kept ?? reuse(previous, lintDiagnostic(toRange(document, lint.start, lint.end), lint));
      out[i] = d;
      byLint.set(lint, d);
      remember(next, d);
    }
    this.previous = next;
    this.byLint = byLint;
    this.version = document.version;
    return out;
  }
}

/** Last publish's diagnostic equal to `fresh`, else `fresh`. */
function reuse(previous: Map<string, Published>, fresh: Diagnostic): Diagnostic {
  const before = previous.get(fresh.message);
  if (before === undefined) return fresh;
  return (Array.isArray(before) ? before.find((d) => equal(d, fresh)) : equal(before, fresh) ? before : undefined) ?? fresh;
}

/** Files `d` under its message. */
function remember(published: Map<string, Published>, d: Diagnostic): void {
  const listed = published.get(d.message);
  if (listed === undefined) published.set(d.message, d);
  else if (Array.isArray(listed)) listed.push(d);
  else published.set(d.message, [listed, d]);
}

function equal(a: Diagnostic, b: Diagnostic): boolean {
  const r = a.range;
  const s = b.range;
  return (
    a.code === b.code &&
    a.severity === b.severity &&
    a.source === b.source &&
    r.start.line === s.start.line &&
    r.start.character === s.start.character &&
    r.end.line === s.end.line &&
    r.end.character === s.end.character
  );
}
