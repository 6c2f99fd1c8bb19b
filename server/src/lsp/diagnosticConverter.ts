/**
 * Lints → diagnostics for one document, version after version, without redoing what an edit left alone.
 *
 * LSP positions are (line, character), so a keystroke changes the position of nothing outside its own
 * lines: a lint before the edit keeps its diagnostic, and a lint on a later line keeps its line and
 * character (its line number moves only by the line breaks the edit added or removed). Such lints are
 * matched to last publish's lints in one forward walk over both sorted lists and keep their diagnostic
 * object (or a copy moved by whole lines); only lints on the edited lines are converted afresh, and even
 * those are handed out as last publish's object when equal. Same objects matter twice: the stdio encoder's
 * per-object JSON cache (`node/jsonEncoder.ts`) serializes only what changed, and `unchanged` tells a
 * pull-diagnostics client that nothing did (a `resultId` that stays the same).
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lint } from '../core/lint';
import type { TextEdit } from '../core/parse/incremental';
import { lintDiagnostic, toRange } from './convert';

type Published = Diagnostic | Diagnostic[];

/** A fresh tag per converter, so result ids never repeat across documents reopened or servers restarted. */
let converters = 0;
const epoch = Date.now().toString(36);

export class DiagnosticConverter {
  private lints: readonly Lint[] = [];
  private out: Diagnostic[] = [];
  private converted = false;
  private lineCount = 0;
  private generation = 0;
  private readonly tag = `${epoch}.${(converters++).toString(36)}`;

  /**
   * Identifies the last list `convert` returned; it changes only when that list differs from the one
   * before it (a diagnostic added, removed, moved or reworded).
   */
  get resultId(): string {
    return `${this.tag}.${this.generation}`;
  }

  /**
   * The diagnostics of `lints` (sorted by start, then end) in `document` now. `edits`: the edits made to
   * the document since the last call, when known (the owner reads them from the edit log); without them
   * every lint is converted again, and equal diagnostics are still handed out as the same objects.
   */
  convert(document: TextDocument, lints: readonly Lint[], edits?: readonly TextEdit[]): Diagnostic[] {
    const window = this.unchangedWindow(document, edits);
    const previous = this.lints;
    const previousOut = this.out;
    let byMessage: Map<string, Published> | undefined; // last publish by message, made when first needed
    const out = new Array<Diagnostic>(lints.length);
    let j = 0; // walks `previous` alongside `lints`: both are sorted
    for (let i = 0; i < lints.length; i++) {
      const lint = lints[i]!;
      let d: Diagnostic | undefined;
      const before = window !== undefined && lint.end <= window.before;
      if (window !== undefined && (before || lint.start >= window.after)) {
        const start = before ? lint.start : lint.start - window.delta;
        const end = before ? lint.end : lint.end - window.delta;
        while (j < previous.length && (previous[j]!.start < start || (previous[j]!.start === start && previous[j]!.end < end))) j++;
        for (let k = j; k < previous.length && previous[k]!.start === start && previous[k]!.end === end; k++) {
          const p = previous[k]!;
          if (p.code === lint.code && p.message === lint.message && p.severity === lint.severity) {
            d = moveLines(previousOut[k]!, before ? 0 : window.lineDelta);
            break;
          }
        }
      }
      if (d === undefined) {
        if (!byMessage) {
          byMessage = new Map();
          for (const p of previousOut) remember(byMessage, p);
        }
        d = reuse(byMessage, lintDiagnostic(toRange(document, lint.start, lint.end), lint));
      }
      out[i] = d;
    }
    if (out.length !== previousOut.length || out.some((d, i) => d !== previousOut[i])) this.generation++;
    this.lints = lints;
    this.out = out;
    this.converted = true;
    this.lineCount = document.lineCount;
    return out;
  }

  /**
   * What `edits` (those since the last `convert`) left in place: offsets before `before` did not move,
   * offsets from `after` on moved by `delta` and their lines by `lineDelta` with the same characters.
   * Undefined when unknown (edits not given, or several).
   */
  private unchangedWindow(document: TextDocument, edits: readonly TextEdit[] | undefined): { before: number; after: number; delta: number; lineDelta: number } | undefined {
    if (!this.converted || !edits || edits.length > 1) return undefined;
    const lineDelta = document.lineCount - this.lineCount;
    if (edits.length === 0) return { before: Infinity, after: Infinity, delta: 0, lineDelta };
    const e = edits[0]!;
    const delta = e.text.length - (e.end - e.start);
    // The first line after the edited ones, in the new text (a CR the edit left before an LF counts as
    // the same line break, so stepping to the next line start is always past the edit).
    const lastLine = document.positionAt(e.start + e.text.length).line;
    const after = lastLine + 1 < document.lineCount ? document.offsetAt({ line: lastLine + 1, character: 0 }) : Infinity;
    // Before the edit: up to the start of its first line, so a lint on that line is converted afresh.
    const before = document.offsetAt({ line: document.positionAt(e.start).line, character: 0 });
    return { before, after, delta, lineDelta };
  }
}

/** `d`, or a copy `lines` lines further down. */
function moveLines(d: Diagnostic, lines: number): Diagnostic {
  if (lines === 0) return d;
  const { start, end } = d.range;
  return { ...d, range: { start: { line: start.line + lines, character: start.character }, end: { line: end.line + lines, character: end.character } } };
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
