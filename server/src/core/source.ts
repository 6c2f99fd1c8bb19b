/**
 * Reading a `TextSource` (model.ts) a part at a time, so features over a long fic held in the server's
 * document buffer never make its whole text as one string: a part around an offset (hover, completion),
 * and a forward search for one code unit (semantic tokens count lines with it).
 */
import type { FicModel, TextSource } from './model';
import { firstEndingAtOrAfter } from './spans';

/** Units cut out at a time when a search walks a source that is not a string. */
export const PART = 1 << 16;

/** A part of a text: `text` is the source's `[base, base + text.length)`. */
export interface TextPart {
  readonly text: string;
  readonly base: number;
}

/**
 * The text around `offset`, enough to read any word or name that touches it: the paragraph holding it
 * (words never cross a blank line, and a paragraph's edges are line ends) and `margin` units either side.
 * An offset between paragraphs gets the margin alone.
 */
export function partAround(model: FicModel, offset: number, margin = 128): TextPart {
  const source = model.source;
  const at = Math.max(0, Math.min(offset, source.length));
  const paras = model.paragraphs;
  const k = firstEndingAtOrAfter(paras, at);
  const p = k < paras.length && paras[k]!.start <= at ? paras[k]! : { start: at, end: at };
  const base = Math.max(0, p.start - margin);
  return { text: source.slice(base, Math.min(source.length, p.end + margin)), base };
}

/**
 * Finds one code unit (`\n`, say) at or after an offset, searching forward: the string's own `indexOf`
 * when the source is a string, else one part of `PART` units at a time, the last part kept for the next
 * search (searches from a sweep move forward, so each unit is cut out about once).
 */
export class UnitFinder {
  private part = '';
  private base = 0;

  constructor(
    private readonly source: TextSource,
    private readonly unit: string,
  ) {}

  /** The offset of the first `unit` at or after `from`, or -1. */
  indexOf(from: number): number {
    const source = this.source;
    if (typeof source === 'string') return source.indexOf(this.unit, from);
    const length = source.length;
    for (let at = Math.max(0, from); at < length; ) {
      if (at < this.base || at >= this.base + this.part.length) {
        this.base = at;
        this.part = source.slice(at, Math.min(length, at + PART));
      }
      const i = this.part.indexOf(this.unit, at - this.base);
      if (i >= 0) return this.base + i;
      at = this.base + this.part.length;
    }
    return -1;
  }
}
