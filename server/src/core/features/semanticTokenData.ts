/**
 * The semantic tokens of one document, kept encoded and updated in place edit after edit: an edit
 * re-encodes only the lines it touched, splices them in (a move of the tail, no new array), and fixes
 * the one token after them whose line delta changed. What changed since a result was handed out is
 * kept as an unchanged head and tail, so a delta request answers with one small edit without comparing
 * or copying the whole array (~450k numbers at 500k words).
 */
import type { FicModel } from '../model';
import { collectSemanticSpans, getSemanticTokenData, type SemanticTokenEdit, type SemanticTokenOptions } from './semanticTokens';
import { encodeSemanticTokens } from './semanticTokenEncoding';

/** Line lookups in the current text (the server's document store has them). */
export interface LineIndex {
  readonly lineCount: number;
  /** The line holding `offset`. */
  lineAt(offset: number): number;
  /** The offset where `line` starts. */
  lineStart(line: number): number;
}

/** Where the token spans changed: `[start, oldEnd)` of the previous text is `[start, newEnd)` now. */
export interface TokenChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Spare room when the array grows, so typing does not reallocate it. */
const slack = 4096;

export class SemanticTokenData {
  private data: Uint32Array;
  private size: number;
  private lineCount: number;
  /** Numbers unchanged at the start and at the end since `mark()`, and the size then (see `sinceMark`). */
  private head = 0;
  private tail = 0;
  private markSize = 0;
  private changed = false;
  /**
   * Where the last update started looking: token `index` is the first on a line at or after `line`, and
   * token `index - 1` is at (`prevLine`, `prevChar`). Tokens before `index` have not moved since, so
   * typing on in the same place finds its lines without walking from the first token again.
   */
  private cursor = { index: 0, line: 0, prevLine: 0, prevChar: 0 };

  /** The tokens of `model` in full. */
  constructor(model: FicModel, options: SemanticTokenOptions, lines: LineIndex) {
    const data = getSemanticTokenData(model, options);
    this.data = withRoom(data, data.length);
    this.size = data.length;
    this.lineCount = lines.lineCount;
    this.mark();
  }

  get length(): number {
    return this.size;
  }

  /** The tokens now, as the plain array LSP sends. */
  toArray(): number[] {
    return Array.from(this.data.subarray(0, this.size));
  }

  /** The tokens now, as a view (valid until the next update). */
  view(): Uint32Array {
    return this.data.subarray(0, this.size);
  }

  /** Remembers the tokens now as a result the client has: `sinceMark` answers from here. */
  mark(): void {
    this.head = this.tail = this.markSize = this.size;
    this.changed = false;
  }

  /** The edit that turns the tokens at the last `mark()` into the tokens now (none when equal). */
  sinceMark(): SemanticTokenEdit[] {
    if (!this.changed) return [];
    const { head, tail } = this;
    if (head === this.markSize && head === this.size) return [];
    return [{ start: head, deleteCount: this.markSize - head - tail, data: Array.from(this.data.subarray(head, this.size - tail)) }];
  }

  /**
   * Brings the tokens to `model`, whose spans differ from those the tokens were made from only inside
   * `change` (undefined: anywhere, everything is encoded again and compared).
   */
  update(model: FicModel, options: SemanticTokenOptions, lines: LineIndex, change: TokenChange | undefined): void {
    if (!change) {
      const next = getSemanticTokenData(model, options);
      let head = 0;
      const max = Math.min(next.length, this.size);
      while (head < max && next[head] === this.data[head]) head++;
      head -= head % 5;
      let tail = 0;
      while (tail < max - head && next[next.length - 1 - tail] === this.data[this.size - 1 - tail]) tail++;
      tail -= tail % 5;
      this.splice(head, this.size - head - tail, next.subarray(head, next.length - tail));
      this.lineCount = lines.lineCount;
      this.cursor = { index: 0, line: 0, prevLine: 0, prevChar: 0 };
      return;
    }
    const lineDelta = lines.lineCount - this.lineCount;
    const firstLine = lines.lineAt(change.start);
    const lastLine = lines.lineAt(change.newEnd); // new text; in the old one it was `lastLine - lineDelta`
    const from = lines.lineStart(firstLine);
    const to = lastLine + 1 < lines.lineCount ? lines.lineStart(lastLine + 1) : model.source.length;

    // The old tokens of lines [firstLine, lastLine - lineDelta]: [i, j) in tokens. Lines are found by
    // adding up line deltas: a pass over numbers, no encoding.
    const data = this.data;
    const n = this.size / 5;
    const oldLast = lastLine - lineDelta;
    const cursor = this.cursor.line <= firstLine && this.cursor.index <= n ? this.cursor : { index: 0, line: 0, prevLine: 0, prevChar: 0 };
    let line = cursor.prevLine;
    let char = cursor.prevChar;
    let prevLine = line; // where token i - 1 is (0, 0 when there is none)
    let prevChar = char;
    let i = cursor.index;
    for (; i < n; i++) {
      const dl = data[5 * i];
      const l = line + dl;
      if (l >= firstLine) break;
      char = dl === 0 ? char + data[5 * i + 1] : data[5 * i + 1];
      line = l;
      prevLine = line;
      prevChar = char;
    }
    this.cursor = { index: i, line: firstLine, prevLine, prevChar };
    let j = i;
    let jLine = line; // the line of token j, once found
    for (; j < n; j++) {
      jLine += data[5 * j];
      if (jLine > oldLast) break;
    }

    const encoded = encodeSemanticTokens(model.source, collectSemanticSpans(model, options, from, to), from, firstLine);
    // The first new token is encoded from (0, 0): make it relative to token i - 1 (on an earlier line).
    let lastLine2 = prevLine;
    let lastChar2 = prevChar;
    if (encoded.length > 0) {
      const l = encoded[0];
      const c = encoded[1];
      encoded[0] = l - prevLine;
      encoded[1] = l === prevLine ? c - prevChar : c;
      // Where the last new token is, for the token after them.
      let ll = l;
      let cc = c;
      for (let k = 5; k < encoded.length; k += 5) {
        const dl = encoded[k];
        cc = dl === 0 ? cc + encoded[k + 1] : encoded[k + 1];
        ll += dl;
      }
      lastLine2 = ll;
      lastChar2 = cc;
    }
    let insert = encoded;
    let deleteCount = (j - i) * 5;
    if (j < n) {
      // Token j keeps its character (its line starts after the change) and moves by `lineDelta` lines.
      const jNewLine = jLine + lineDelta;
      const jChar = data[5 * j + 1]; // absolute: token j - 1 is on an earlier line
      const fixed = new Uint32Array(encoded.length + 5);
      fixed.set(encoded, 0);
      fixed[encoded.length] = jNewLine - lastLine2;
      fixed[encoded.length + 1] = jNewLine === lastLine2 ? jChar - lastChar2 : jChar;
      fixed[encoded.length + 2] = data[5 * j + 2];
      fixed[encoded.length + 3] = data[5 * j + 3];
      fixed[encoded.length + 4] = data[5 * j + 4];
      insert = fixed;
      deleteCount += 5;
    }
    // Only what differs is spliced (and so reported): typing mostly changes one token's length.
    let start = i * 5;
    let a = 0;
    while (a < insert.length && a < deleteCount && insert[a] === data[start + a]) a++;
    a -= a % 5;
    let b = 0;
    while (b < insert.length - a && b < deleteCount - a && insert[insert.length - 1 - b] === data[start + deleteCount - 1 - b]) b++;
    b -= b % 5;
    start += a;
    this.splice(start, deleteCount - a - b, insert.subarray(a, insert.length - b));
    this.lineCount = lines.lineCount;
  }

  /** Replaces `deleteCount` numbers at `start` with `insert`: the tail moves in place. */
  private splice(start: number, deleteCount: number, insert: Uint32Array): void {
    if (deleteCount === 0 && insert.length === 0) return;
    const size = this.size - deleteCount + insert.length;
    if (size > this.data.length) this.data = withRoom(this.data.subarray(0, this.size), size);
    if (insert.length !== deleteCount) this.data.copyWithin(start + insert.length, start + deleteCount, this.size);
    this.data.set(insert, start);
    const tailNow = this.size - start - deleteCount;
    this.head = this.changed ? Math.min(this.head, start) : start;
    this.tail = this.changed ? Math.min(this.tail, tailNow) : tailNow;
    this.changed = true;
    this.size = size;
  }
}

/** A copy of `data` in an array with room for `size` numbers and some to spare. */
function withRoom(data: Uint32Array, size: number): Uint32Array {
  const out = new Uint32Array(size + Math.max(slack, size >>> 4));
  out.set(data);
  return out;
}

/**
 * `a` then `b` as one change (`a` turned text 0 into text 1, `b` text 1 into text 2); `null` is no change.
 * The result covers both: outside it, text 2 is text 0 (moved by the total length change after it).
 */
export function composeChanges(a: TokenChange | null, b: TokenChange | null): TokenChange | null {
  if (!a) return b;
  if (!b) return a;
  const bDelta = b.newEnd - b.oldEnd;
  // `a`'s end in text 2: moved by `b` when after it, inside `b`'s new text when `b` overlaps it.
  const aEnd = a.newEnd <= b.start ? a.newEnd : a.newEnd >= b.oldEnd ? a.newEnd + bDelta : b.newEnd;
  const newEnd = Math.max(aEnd, b.newEnd);
  const delta = a.newEnd - a.oldEnd + bDelta;
  return { start: Math.min(a.start, b.start), oldEnd: newEnd - delta, newEnd };
}

/** Both changes of the same text (each alone describes the whole edit): the smallest change covering both. */
export function unionChanges(a: TokenChange | null, b: TokenChange | null): TokenChange | null {
  if (!a) return b;
  if (!b) return a;
  const newEnd = Math.max(a.newEnd, b.newEnd);
  return { start: Math.min(a.start, b.start), oldEnd: newEnd - (a.newEnd - a.oldEnd), newEnd };
}
