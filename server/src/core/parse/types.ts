/** Internal shapes shared by the parse steps (not part of the public model). */
import type { HeadingInfo } from './headings';

/** What a block is while the parse classifies it (prose is refined later into header, notes and story). */
export const BLOCK_PROSE = 0;
export const BLOCK_HEADING = 1;
export const BLOCK_BREAK = 2;

/**
 * The paragraphs while the parse classifies them, as parallel arrays (no object per block): each block
 * is a run of non-blank lines, or a heading or break line split off on its own. Block k spans
 * `[start[k], end[k])` and lines `line0[k]..line1[k]` of `Lines`.
 */
export interface Blocks {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly line0: Int32Array;
  readonly line1: Int32Array;
  /** `BLOCK_PROSE`, `BLOCK_HEADING` or `BLOCK_BREAK`. */
  readonly kind: Uint8Array;
  /** What each heading block says, by block index. */
  readonly headings: ReadonlyMap<number, HeadingInfo>;
}
