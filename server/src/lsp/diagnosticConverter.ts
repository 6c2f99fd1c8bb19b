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
  /**
   * Where each of `lints` was when converted: the lint objects may since have been moved where they lie
   * (the lint state edits the lints after an edit in place, see `getLintState`'s `consume`).
   */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
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
    const starts = this.starts;
    const ends = this.ends;
    let byMessage: Map<string, Published> | undefined; // last publish by message, made when first needed
    const out = new Array<Diagnostic>(lints.length);
    let same = lints.length === previousOut.length;
    let j = 0; // walks `previous` alongside `lints`: both are sorted
    for (let i = 0; i < lints.length; i++) {
      const lint = lints[i]!;
      let d: Diagnostic | undefined;
      const before = window !== undefined && lint.end <= window.before;
      if (window !== undefined && (before || lint.start >= window.after)) {
        const start = before ? lint.start : lint.start - window.delta;
        const end = before ? lint.end : lint.end - window.delta;
        while (j < previous.length && (starts[j]! < start || (starts[j] === start && ends[j]! < end))) j++;
        for (let k = j; k < previous.length && starts[k] === start && ends[k] === end; k++) {
          const p = previous[k]!;
          if (p.code === lint.code && p.message === lint.message && p.severity === lint.severity) {
            d = moveLines(previousOut[k]!, before ? 0 : window.lineDelta);
            break;
          }
        }
      }
      if (d === undefined) {
        // Only a lint near the edit is converted afresh: it may equal one of last publish's diagnostics
        // near it (the edit left it where it was); with the window known, only those are looked at.
        byMessage ??= this.published(window);
        d = reuse(byMessage, lintDiagnostic(toRange(document, lint.start, lint.end), lint));
      }
      if (same && d !== previousOut[i]) same = false;
      out[i] = d;
    }
    if (!same) this.generation++;
    this.lints = lints;
    this.starts = starts.length >= lints.length && starts.length <= 2 * lints.length + 64 ? starts : new Int32Array(lints.length + (lints.length >>> 3) + 16);
    this.ends = ends.length === this.starts.length ? ends : new Int32Array(this.starts.length);
    for (let i = 0; i < lints.length; i++) {
      this.starts[i] = lints[i]!.start;
      this.ends[i] = lints[i]!.end;
    }
    this.out = out;
    this.converted = true;
    this.lineCount = document.lineCount;
    return out;
  }

  /** Last publish's diagnostics by message: those of lints that were inside `window`, or all of them. */
  private published(window: { before: number; after: number; delta: number } | undefined): Map<string, Published> {
    const map = new Map<string, Published>();
    const out = this.out;
    if (window === undefined) {
      for (const p of out) remember(map, p);
      return map;
    }
    const oldAfter = window.after - window.delta;
    for (let k = 0; k < out.length; k++) if (this.ends[k]! > window.before && this.starts[k]! < oldAfter) remember(map, out[k]!);
    return map;
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
