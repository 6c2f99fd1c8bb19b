/**
 * What the per-keystroke checks carry from one version of a document to the next instead of making it
 * again: lints after an edit moved (in place when the caller drops the previous state), the canon check's
 * skipped spans and the canon names' bounds moved over a prose edit, and the comparisons that say whether
 * the previous state still holds outside the edit. Shared by the canon check and the prose check.
 */
import type { FicModel, Span } from '../model';
import type { Lint } from '../lint';
import type { ChangedRegion } from '../parse/incremental';
import { addToAll } from '../parse/shift';
import type { CanonCheck } from './canonNames';

/**
 * `from[b..]` moved by `delta`, pushed onto `to`. With `inPlace` (the caller drops the previous check,
 * as the server does) the lint objects are moved where they lie: a keystroke then makes no copy of the
 * ~1,000 lints after it. Without, each moved lint is a copy.
 */
export function moveLints(from: readonly Lint[], b: number, to: Lint[], delta: number, inPlace: boolean, copied?: (from: Lint, to: Lint) => void): void {
  for (let i = b; i < from.length; i++) {
    const lint = from[i]!;
    if (delta === 0) to.push(lint);
    else if (inPlace) {
      (lint as { start: number }).start += delta;
      (lint as { end: number }).end += delta;
      to.push(lint);
    } else {
      const moved = { ...lint, start: lint.start + delta, end: lint.end + delta };
      copied?.(lint, moved);
      to.push(moved);
    }
  }
}

/**
 * The skipped spans of `model` made from the previous check's, moved where they lie (the caller drops the
 * previous check), when the incremental reparse changed the model only inside `region`: the spans come
 * from the header and the scene breaks, which such an edit leaves alone. Undefined when that is not so.
 */
export function carrySkip(prev: CanonCheck, model: FicModel, region: ChangedRegion): Span[] | undefined {
  const { start, oldEnd, newEnd } = region;
  const delta = newEnd - oldEnd;
  const header = model.header;
  if (prev.textLength + delta !== model.source.length || prev.headerEnd !== (header ? header.end : -1)) return undefined;
  if (header && header.end >= start) return undefined;
  const skip = prev.skip as { start: number; end: number }[];
  if (skip.length !== (header?.tags ? 1 : 0) + (header?.fields.length ?? 0) + model.breaks.length) return undefined;
  for (const s of skip) if (s.start < oldEnd && s.end > start) return undefined;
  if (delta !== 0) {
    for (const s of skip) {
      if (s.start < oldEnd) continue;
      s.start += delta;
      s.end += delta;
    }
  }
  return skip;
}

/** Whether a span of `spans` lies partly inside `[start, end)` and partly outside it. */
export function crossesEdge(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (s.end > start && s.start < end && (s.start < start || s.end > end)) return true;
  return false;
}

/** True when the spans wholly before `start` and wholly after the window match and none crosses its edges. */
export function sameOutside(old: readonly Span[], now: readonly Span[], start: number, oldEnd: number, newEnd: number, delta: number): boolean {
  const outside = (spans: readonly Span[], end: number, shift: number): Span[] | undefined => {
    const out: Span[] = [];
    for (const s of spans) {
      if (s.end <= start) out.push(s);
      else if (s.start >= end) out.push({ start: s.start + shift, end: s.end + shift });
      else if (s.start < start || s.end > end) return undefined; // crosses an edge of the window
    }
    return out;
  };
  const a = outside(old, oldEnd, delta);
  const b = outside(now, newEnd, 0);
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start || a[i].end !== b[i].end) return false;
  return true;
}

/**
 * `bounds[0, a)`, `middle`, then `bounds[b..]` moved by `delta`. With `inPlace` (the caller drops `bounds`)
 * the array is edited where it lies when its buffer has room, so typing allocates nothing; a new array
 * gets spare room for the next edit. The result may be a view on a larger buffer.
 */
export function spliceBounds(bounds: Uint32Array, a: number, b: number, middle: Uint32Array, delta: number, inPlace: boolean): Uint32Array {
  const tail = a + middle.length;
  const length = tail + (bounds.length - b);
  const room = (bounds.buffer.byteLength - bounds.byteOffset) >>> 2;
  let out: Uint32Array;
  if (inPlace && length <= room) {
    out = new Uint32Array(bounds.buffer, bounds.byteOffset, length);
    if (tail !== b) new Uint32Array(bounds.buffer, bounds.byteOffset, room).copyWithin(tail, b, bounds.length);
  } else {
    out = inPlace ? new Uint32Array(length + (length >>> 4) + 64).subarray(0, length) : new Uint32Array(length);
    out.set(bounds.subarray(0, a), 0);
    out.set(bounds.subarray(b), tail);
  }
  out.set(middle, a);
  if (delta !== 0) addToAll(out, tail, length, delta);
  return out;
}
