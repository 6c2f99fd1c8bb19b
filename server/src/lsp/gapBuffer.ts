/**
 * A document's text as UTF-16LE code units around a gap of free room (a gap buffer): units
 * `[0, gapStart)` of the text, the gap up to `gapEnd`, then the rest of the text to the buffer's end.
 * An edit moves the gap to itself (a memmove of only the units between the two places: none while the
 * writer types on in one place) and writes into it. Moving the whole tail of a 500k-word text per
 * keystroke, as a plain buffer must, cost ~0.25 ms of every `didChange`.
 */

/** Spare room (UTF-16 units) a buffer gets when it is (re)allocated. */
const slack = 1 << 16;

export class GapBuffer {
  private buffer: Buffer;
  /** `buffer` as code units. */
  private units: Uint16Array;
  private gapStart: number;
  private gapEnd: number;
  private layouts = 0;

  /** `text` with `[from, to)` replaced by `insert`, with the gap after the insertion. */
  constructor(text: string, from: number, to: number, insert: string) {
    const length = text.length - (to - from) + insert.length;
    const size = length + Math.max(slack, length >>> 3);
    this.buffer = Buffer.allocUnsafeSlow(size * 2);
    this.units = new Uint16Array(this.buffer.buffer, this.buffer.byteOffset, size);
    this.buffer.write(text.slice(0, from), 0, 'utf16le');
    this.buffer.write(insert, from * 2, 'utf16le');
    this.gapStart = from + insert.length;
    this.gapEnd = size - (text.length - to);
    this.buffer.write(text.slice(to), this.gapEnd * 2, 'utf16le');
  }

  /** Units of text held. */
  get length(): number {
    return this.units.length - (this.gapEnd - this.gapStart);
  }

  /** Bumped whenever the layout changes (the gap moved, a new buffer): a `view()` taken before is stale. */
  get layout(): number {
    return this.layouts;
  }

  /** The buffer as units, where the gap starts and how long it is (text offset `i >= gapStart` is unit `i + shift`). */
  view(): { units: Uint16Array; gapStart: number; shift: number } {
    return { units: this.units, gapStart: this.gapStart, shift: this.gapEnd - this.gapStart };
  }

  /** The code unit at `index` (in `[0, length)`). */
  unitAt(index: number): number {
    return this.units[index < this.gapStart ? index : index + this.gapEnd - this.gapStart]!;
  }

  /** Replaces text units `[from, to)` with `text`: the gap moves to `from` and takes the edit. */
  splice(from: number, to: number, text: string): void {
    if (this.gapEnd - this.gapStart + (to - from) < text.length) {
      // Out of room: a new buffer holding the text, with the gap at `from`.
      const length = this.length;
      const after = length - to;
      const next = length - (to - from) + text.length;
      const size = next + Math.max(slack, next >>> 3);
      const grown = Buffer.allocUnsafeSlow(size * 2);
      this.copyOut(grown, 0, 0, from);
      this.copyOut(grown, size - after, to, length);
      this.buffer = grown;
      this.units = new Uint16Array(grown.buffer, grown.byteOffset, size);
      this.gapStart = from;
      this.gapEnd = size - after;
    } else {
      this.moveGap(from);
      this.gapEnd += to - from;
    }
    if (text) this.buffer.write(text, this.gapStart * 2, 'utf16le');
    this.gapStart += text.length;
    this.layouts++;
  }

  /** The text of `[start, end)` (in range). */
  slice(start: number, end: number): string {
    const gap = this.gapStart;
    const shift = this.gapEnd - gap;
    if (end <= gap) return this.buffer.toString('utf16le', start * 2, end * 2);
    if (start >= gap) return this.buffer.toString('utf16le', (start + shift) * 2, (end + shift) * 2);
    return this.buffer.toString('utf16le', start * 2, gap * 2) + this.buffer.toString('utf16le', this.gapEnd * 2, (end + shift) * 2);
  }

  /** The whole text as one string (the gap moved to the end first: one copy, not two joined). */
  toString(): string {
    const length = this.length;
    this.moveGap(length);
    return this.buffer.toString('utf16le', 0, length * 2);
  }

  /** Where `search` first occurs at or after `from` (in range), or -1: searched in the buffer, by whole units. */
  indexOf(search: string, from: number): number {
    const buffer = this.buffer;
    const gap = this.gapStart;
    if (from < gap) {
      const at = buffer.subarray(0, gap * 2).indexOf(search, from * 2, 'utf16le');
      if (at >= 0) return at >>> 1;
      if (search.length > 1) {
        // A match across the gap: looked for in a few units either side of it.
        const start = Math.max(from, gap - search.length + 1);
        const k = this.slice(start, Math.min(this.length, gap + search.length - 1)).indexOf(search);
        if (k >= 0) return start + k;
      }
    }
    const tail = buffer.subarray(this.gapEnd * 2);
    const at = tail.indexOf(search, (Math.max(from, gap) - gap) * 2, 'utf16le');
    return at < 0 ? -1 : gap + (at >>> 1);
  }

  /** Copies text units `[start, end)` to `target` at unit `at` (from either side of the gap). */
  private copyOut(target: Buffer, at: number, start: number, end: number): void {
    const gap = this.gapStart;
    const shift = this.gapEnd - gap;
    if (start < gap) this.buffer.copy(target, at * 2, start * 2, Math.min(end, gap) * 2);
    if (end > gap) this.buffer.copy(target, (at + Math.max(0, gap - start)) * 2, (Math.max(start, gap) + shift) * 2, (end + shift) * 2);
  }

  /** Moves the gap to text offset `to`: the units between its place and `to` cross it. */
  private moveGap(to: number): void {
    if (to === this.gapStart) return;
    this.layouts++;
    if (to < this.gapStart) {
      const n = this.gapStart - to;
      this.buffer.copyWithin((this.gapEnd - n) * 2, to * 2, this.gapStart * 2);
      this.gapStart = to;
      this.gapEnd -= n;
    } else {
      const n = to - this.gapStart;
      this.buffer.copyWithin(this.gapStart * 2, this.gapEnd * 2, (this.gapEnd + n) * 2);
      this.gapStart = to;
      this.gapEnd += n;
    }
  }
}
