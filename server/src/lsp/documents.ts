/**
 * The server's open-document store. The stock `TextDocument.update` rebuilds the whole text string on
 * every edit: at 500k words that is a fresh ~6 MB string built by V8's string flattening, about 3.5 ms
 * (flattening copies slowly; a plain memory copy of the same bytes takes 0.3 ms).
 * `FicDocument` keeps the text, once edited, in a UTF-16 buffer around a gap of free room at the last
 * edit (`gapBuffer.ts`), so typing on in one place moves nothing, and keeps line start offsets updated
 * in place, so an edit costs O(lines). It implements the same interface as `TextDocument` from
 * vscode-languageserver-textdocument.
 *
 * The keystroke path never makes the whole text as a string: analysis reads the buffer through `source()`
 * (parts cut out of it as small strings), and `getText(range)` cuts only the range. `getText()` makes the
 * string (once per version) for whoever needs all of it: a full parse, semantic tokens. That string is an
 * external one (2 bytes per unit: ~12 MB for a 1M-word fic) that V8 frees only in a major GC, which
 * external memory starts once it has grown 64 MB; making one per keystroke kept 5-7 dead copies of a
 * 1M-word fic resident and caused a major GC every ~10 keystrokes (measured with server/bench/lspOnly.ts).
 */
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import type { TextSource } from '../core/model';
import type { TextEdit } from '../core/parse/incremental';
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { GapBuffer } from './gapBuffer';

const LF = 10;
/** Edits remembered for incremental re-analysis; older ones mean a full parse. */
const maxLoggedEdits = 64;
const CR = 13;

/**
 * Line start offsets of `text`, each shifted by `base`; the first line's 0 only if `withFirst`. Line
 * breaks are found with `indexOf`, so a document buffer is searched where it lies.
 */
function lineStarts(text: TextSource, withFirst: boolean, base = 0): number[] {
  const out: number[] = withFirst ? [base] : [];
  let lf = text.indexOf('\n', 0);
  let cr = text.indexOf('\r', 0);
  if (cr < 0) {
    // No CR anywhere (most texts): one search per line. The first diagnostics of a long fic wait for
    // this index (~41k lines at 500k words), and the loop below costs ~20% more per line in cold code.
    for (; lf >= 0; lf = text.indexOf('\n', lf + 1)) out.push(base + lf + 1);
    return out;
  }
  while (lf >= 0 || cr >= 0) {
    const i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    const next = i === cr && lf === cr + 1 ? lf + 1 : i + 1; // CR LF is one break
    out.push(base + next);
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
  }
  return out;
}

/** Edits whose removed text the log keeps (for the reparse's bracket check); longer ones keep none. */
const maxRemovedKept = 4096;

/**
 * The text of one version of a document, read from its buffer without copying it all. Valid while the
 * document stays at that version: reading it later is a bug in the caller, and throws rather than
 * answering from another version's text.
 */
class BufferSource implements TextSource {
  /** The buffer's layout (see `FicDocument.gapView`), read again when `getText` closed the gap. */
  private units!: Uint16Array;
  private gap = 0;
  private shift = 0;
  private layout = -1;

  constructor(
    private readonly document: FicDocument,
    private readonly revision: number,
    private readonly version: number,
    readonly length: number,
  ) {}

  charCodeAt(index: number): number {
    this.check();
    if (!(index >= 0 && index < this.length)) return NaN;
    return this.units[index < this.gap ? index : index + this.shift]!;
  }

  slice(start: number, end: number): string {
    this.check();
    if (start <= 0 && end >= this.length) return this.document.getText();
    return this.document.slice(start, end);
  }

  indexOf(search: string, position: number): number {
    this.check();
    return this.document.indexOf(search, position);
  }

  private check(): void {
    if (this.document.revision !== this.revision || this.document.textLength !== this.length) {
      throw new Error(`${this.document.uri}: version ${this.version} read after the document moved to version ${this.document.version}`);
    }
    const buffer = this.document.gapBuffer();
    if (buffer.layout !== this.layout) {
      const view = buffer.view();
      this.units = view.units;
      this.gap = view.gapStart;
      this.shift = view.shift;
      this.layout = buffer.layout;
    }
  }
}

export class FicDocument implements TextDocument {
  /** The text as a string, when it has been made since the last edit. */
  private text: string | undefined;
  /** The text once the document has been edited, edited where it lies (`gapBuffer.ts`). */
  private buffer: GapBuffer | undefined;
  private length: number;
  private lines: number[] | undefined;
  /**
   * Offset edits since `logFloor`, each tagged with the revision it produced. Revisions, not versions:
   * a client may send a change that does not raise the version (or returns to an earlier number), and
   * such a change must still be seen as one.
   */
  private log: (TextEdit & { revision: number })[] = [];
  private logFloor = 0;
  private _revision = 0;
  /** UTF-16 units of whole-text strings let go since `takeDropped()` (see largeGarbage.ts). */
  private dropped = 0;
  /** When the last `update` came (`Date.now()`); 0 before the first. */
  private _editedAt = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private _version: number,
    text: string,
  ) {
    this.text = text;
    this.length = text.length;
  }

  /**
   * Counts every `update` (each `didChange`), whatever version the client gave it: what the server's
   * analysis is keyed by. Starts at 0 when the document is opened.
   */
  get revision(): number {
    return this._revision;
  }

  /**
   * The offset edits that turned revision `revision` into the current one, in order; undefined when they
   * are not all remembered (a full-text change, too many edits, or an unknown revision). Read only by
   * `changesSince` (openFic.ts), which hands them to every part of a document's analysis.
   */
  editsSince(revision: number): TextEdit[] | undefined {
    if (revision < this.logFloor || revision > this._revision) return undefined;
    return this.log.filter((e) => e.revision > revision);
  }

  get version(): number {
    return this._version;
  }

  /** When the last change came (`Date.now()`), 0 when the document has not been changed since it opened. */
  get editedAt(): number {
    return this._editedAt;
  }

  /**
   * The one offset edit the last change made, when it made exactly one (a keystroke does); undefined
   * otherwise (several edits, a full-text change, or no change since the document opened).
   */
  lastEdit(): TextEdit | undefined {
    const log = this.log;
    const last = log[log.length - 1];
    if (!last || last.revision !== this._revision) return undefined;
    return log.length > 1 && log[log.length - 2]!.revision === this._revision ? undefined : last;
  }

  /** The code unit at `offset`, read without making the text (NaN outside the text). */
  codeAt(offset: number): number {
    return this.charCodeAt(offset);
  }

  get lineCount(): number {
    return this.lineOffsets().length;
  }

  getText(range?: Range): string {
    if (range) return this.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    return (this.text ??= this.buffer!.toString());
  }

  /** The text of `[start, end)` (clamped), cut from the buffer: the whole text is not made for it. */
  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (this.text !== undefined) return this.text.slice(start, end);
    return this.buffer!.slice(start, end);
  }

  /** Where `search` first occurs at or after `position`, or -1: searched in the buffer, by whole units. */
  indexOf(search: string, position: number): number {
    const from = Math.max(0, Math.min(position, this.length));
    if (this.text !== undefined) return this.text.indexOf(search, from);
    return this.buffer!.indexOf(search, from);
  }

  /** The buffer the text is in, once the document has been edited (`BufferSource` reads it). */
  gapBuffer(): GapBuffer {
    return this.buffer!;
  }

  get textLength(): number {
    return this.length;
  }

  /** How many UTF-16 units of whole-text strings the document let go since the last call. */
  takeDropped(): number {
    const units = this.dropped;
    this.dropped = 0;
    return units;
  }

  /**
   * The current text for analysis: the string when there is one, else a view of the buffer that reads
   * parts of it (valid until the next edit).
   */
  source(): TextSource {
    if (this.text !== undefined) return this.text;
    return new BufferSource(this, this._revision, this._version, this.length);
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lines = this.lineOffsets();
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (lines[mid]! > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeEol(offset, lines[line]!);
    return { line, character: offset - lines[line]! };
  }

  offsetAt(position: Position): number {
    const lines = this.lineOffsets();
    if (position.line >= lines.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lines[position.line]!;
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lines.length ? lines[position.line + 1]! : this.length;
    return this.beforeEol(Math.min(lineOffset + position.character, next), lineOffset);
  }

  /** The range of line `line`, line break excluded (clamped to the document's lines). */
  getLineRange(line: number): Range {
    const lines = this.lineOffsets();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= lines.length) {
      const last = lines.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - lines[last]! } };
    }
    const start = lines[line]!;
    const end = this.beforeEol(line + 1 < lines.length ? lines[line + 1]! : this.length, start);
    return { start: { line, character: 0 }, end: { line, character: end - start } };
  }

  /** The line break ending line `line` (`\n`, `\r\n`, `\r`, or empty for the last line). */
  getEOLCharacters(line: number): string {
    const lines = this.lineOffsets();
    if (line < 0 || line >= lines.length) return '';
    const next = line + 1 < lines.length ? lines[line + 1]! : this.length;
    const eol = this.beforeEol(next, lines[line]!);
    return this.slice(eol, next);
  }

  /** Applies LSP content changes in order (each against the text left by the previous one). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    const revision = ++this._revision;
    this._editedAt = Date.now();
    for (const change of changes) {
      if (!('range' in change)) {
        this.dropped += this.text?.length ?? 0;
        this.text = change.text;
        this.buffer = undefined;
        this.length = change.text.length;
        this.lines = undefined;
        this.log = [];
        this.logFloor = revision;
        continue;
      }
      const { start, end } = ordered(change.range);
      const from = this.offsetAt(start);
      const to = this.offsetAt(end);
      const removed = to - from <= maxRemovedKept ? this.slice(from, to) : undefined;
      this.splice(from, to, change.text);
      this.log.push({ start: from, end: to, text: change.text, removed, revision });
      if (this.log.length > maxLoggedEdits) this.logFloor = this.log.shift()!.revision;
      this.updateLines(from, to, start.line, end.line, change.text);
    }
    this._version = version;
  }

  /**
   * Makes the edit buffer now, with its gap at the end, while the text string stays what reads answer
   * from: the first edit then moves the gap rather than copy the whole text into a new buffer (~4 ms
   * at 500k words, and a large allocation on the writer's first key). For idle time (lsp/warmUp.ts).
   */
  prepareForEdits(): void {
    if (!this.buffer && this.text !== undefined) this.buffer = new GapBuffer(this.text, this.length, this.length, '');
  }

  /** Replaces `[from, to)` with `text` in the buffer: no full-text copy (see `GapBuffer`). */
  private splice(from: number, to: number, text: string): void {
    if (this.buffer) this.buffer.splice(from, to, text);
    else this.buffer = new GapBuffer(this.text!, from, to, text);
    this.length = this.buffer.length;
    this.dropped += this.text?.length ?? 0;
    this.text = undefined;
  }

  private updateLines(from: number, to: number, startLine: number, endLine: number, text: string): void {
    const lines = this.lines;
    if (!lines) return;
    const insertedEnd = from + text.length;
    // An edit that makes or breaks a CR LF pair at its edges changes line breaks outside the inserted text.
    if ((this.charCodeAt(from - 1) === CR && this.charCodeAt(from) === LF) || (this.charCodeAt(insertedEnd - 1) === CR && this.charCodeAt(insertedEnd) === LF)) {
      this.lines = undefined;
      return;
    }
    startLine = Math.min(Math.max(startLine, 0), lines.length - 1);
    endLine = Math.min(Math.max(endLine, 0), lines.length - 1);
    const added = lineStarts(text, false, from);
    lines.splice(startLine + 1, endLine - startLine, ...(added.length < 10000 ? added : []));
    if (added.length >= 10000) {
      this.lines = lines.slice(0, startLine + 1).concat(added, lines.slice(startLine + 1));
    }
    const delta = text.length - (to - from);
    const all = this.lines!;
    if (delta !== 0) for (let i = startLine + 1 + added.length; i < all.length; i++) all[i]! += delta;
  }

  private lineOffsets(): number[] {
    return (this.lines ??= lineStarts(this.source(), true));
  }

  /** The code unit at `offset` without making the text string (NaN outside it). */
  private charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    return this.text !== undefined ? this.text.charCodeAt(offset) : this.buffer!.unitAt(offset);
  }

  /** Moves `offset` back off a line break, so a position never points between CR and LF or past EOL. */
  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset) {
      const c = this.charCodeAt(offset - 1);
      if (c !== CR && c !== LF) break;
      offset--;
    }
    return offset;
  }
}

function ordered(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** For `new TextDocuments(ficDocuments)`: the store the server uses for open fics. */
export const ficDocuments: TextDocumentsConfiguration<FicDocument> = {
  create: (uri, languageId, version, content) => new FicDocument(uri, languageId, version, content),
  update(document, changes, version) {
    document.update(changes, version);
    return document;
  },
};


/** Canon files are open documents too, but they are checked by the canon feature, not as fics. */
export function isCanonDocument(uri: string, languageId: string): boolean {
  return languageId === 'fic-canon' || uri.endsWith('.canon');
}
