/**
 * Reading a `TextSource` (model.ts) a part at a time, so features over a long fic held in the server's
 * document buffer never make its whole text as one string.
 */
import type { FicModel, TextSource } from './model';
import { firstEndingAtOrAfter } from './spans';

/** Units cut out at a time by a walk over a whole source (the canon check): small enough to die young. */
export const PART = 1 << 14;

/**
 * The line of `source` that starts at `start`, read up to its line break or `end`: cut out a bit at a
 * time, so one very long line is not sliced whole for a check that needs its first units.
 */
export function lineFrom(source: TextSource, start: number, end: number): string {
  for (let to = Math.min(end, start + 256); ; to = Math.min(end, start + (to - start) * 4)) {
    const part = source.slice(start, to);
    const at = part.search(/[\r\n]/);
    if (at >= 0) return part.slice(0, at);
    if (to >= end) return part;
  }
}

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
