/**
 * Thought delimiters between two dialogues of a paragraph (a "segment"), and how they pair up.
 * Candidates are kept in reused typed arrays: no object per quote mark, and the pairing is linear.
 *
 * Pairing rules (one thought open at a time; other styles inside it are ignored):
 * - an opener opens only if a closer of its group follows in the segment;
 * - a strong closer closes the open thought;
 * - a weak closer (`Potters'`, `goin'`) closes it only if no other closer of its group follows;
 * - an elision (`'Cause`, `'em`, `'90s`) never opens by itself, but when a strong closer turns up with
 *   no thought open, the earliest elision since the last thought opened it after all
 *   (`'Cause I said so,' he thought.`).
 */
import type { QuoteStyle } from '../model';

export const SINGLE = 0;
export const STAR = 1;
export const UNDER = 2;

export const OPEN = 0;
export const WEAK_OPEN = 1;
export const CLOSE = 2;
export const WEAK_CLOSE = 3;

/** A thought found by `matchThoughts`, handed to the sink. */
export type ThoughtSink = (start: number, end: number, style: QuoteStyle) => void;

/** Candidate thought delimiters of one segment. */
export class Candidates {
  private pos = new Int32Array(64);
  private type = new Uint8Array(64);
  private after = new Int32Array(64);
  count = 0;

  /** Adds a delimiter at `pos`: `group` is SINGLE/STAR/UNDER, `role` OPEN/WEAK_OPEN/CLOSE/WEAK_CLOSE. */
  push(pos: number, group: number, role: number): void {
    if (this.count === this.pos.length) {
      const cap = this.count * 2;
      const p = new Int32Array(cap);
      p.set(this.pos);
      this.pos = p;
      const t = new Uint8Array(cap);
      t.set(this.type);
      this.type = t;
      this.after = new Int32Array(cap);
    }
    this.pos[this.count] = pos;
    this.type[this.count++] = group * 4 + role;
  }

  /** Pairs the candidates into thoughts (see the module comment), reports them in order, and clears. */
  match(text: string, sink: ThoughtSink): void {
    const n = this.count;
    this.count = 0;
    if (n < 2) return;
    const { pos, type, after } = this;
    // after[k]: closers (strong or weak) of k's group that come after k.
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    for (let k = n - 1; k >= 0; k--) {
      const g = type[k]! >> 2;
      const closer = (type[k]! & 3) >= CLOSE ? 1 : 0;
      if (g === SINGLE) {
        after[k] = c0;
        c0 += closer;
      } else if (g === STAR) {
        after[k] = c1;
        c1 += closer;
      } else {
        after[k] = c2;
        c2 += closer;
      }
    }
    let open = -1;
    let elision = -1;
    for (let k = 0; k < n; k++) {
      const g = type[k]! >> 2;
      const role = type[k]! & 3;
      if (open < 0) {
        if (role === OPEN && after[k]! > 0) open = k;
        else if (role === WEAK_OPEN) {
          if (elision < 0) elision = k;
        } else if (role === CLOSE && g === SINGLE && elision >= 0) {
          sink(pos[elision]!, pos[k]! + 1, styleOf(text.charCodeAt(pos[elision]!)));
          elision = -1;
        }
      } else if (g === type[open]! >> 2 && (role === CLOSE || (role === WEAK_CLOSE && after[k] === 0))) {
        sink(pos[open]!, pos[k]! + 1, styleOf(text.charCodeAt(pos[open]!)));
        open = -1;
        elision = -1;
      }
    }
  }

  /** Drops the candidates at or after `pos` (they turned out to be inside a speech). */
  dropFrom(pos: number): void {
    while (this.count > 0 && this.pos[this.count - 1]! >= pos) this.count--;
  }

  /** Drops every candidate (a dialogue opened: no thought may span it). */
  clear(): void {
    this.count = 0;
  }
}

function styleOf(c: number): QuoteStyle {
  if (c === 0x27) return 'straight';
  if (c === 0x201a) return 'low';
  if (c === 0x2a) return 'asterisk';
  if (c === 0x5f) return 'underscore';
  return 'curly';
}
