/** Binary searches over arrays sorted by start (model spans, lints), shared by core and the LSP layer. */
import type { Span } from './model';

/** Index of the first span of `spans` (sorted by start) whose start is at or after `offset`. */
export function firstStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first span of `spans` (sorted, disjoint) whose end is at or after `offset`. */
export function firstEndingAtOrAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
