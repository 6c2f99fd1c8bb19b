/**
 * Incremental re-analysis: the model of a text after an edit, from the model before it, re-scanning
 * only the paragraph the edit touched when that is provably enough, and a full `parse` otherwise.
 * The result always equals `parse(newText)` (a property test checks this over random edit sequences).
 *
 * The fast path takes what a writer does most: typing or deleting letters, digits and spaces inside a
 * story sentence. Such an edit cannot change any structure when
 *   - the removed and inserted text are only ASCII letters, digits and spaces;
 *   - the run of letters, digits and spaces around it is bounded on both sides, inside the same line, by
 *     sentence punctuation (`.` `,` `;` `!` `?`): no quote, apostrophe, asterisk or markup is adjacent to
 *     anything that changed, so no delimiter is reclassified;
 *   - the paragraph is `prose`, long enough not to be a title, tags line or heading candidate, and the
 *     edit leaves its first characters alone (which decide notes, fields and headings).
 * Then every span after the edit moves by the length difference, every span around it grows or shrinks,
 * and the paragraph's words are scanned again. Anything else, or any doubt, is a full parse.
 */
import type { FicModel, Span } from '../model';
import { scanWords, SpanBuffer } from '../count/wordScanner';
import { parse } from './parse';

/** A replacement of `[start, end)` of the previous text by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Keys of model objects whose values are spans or arrays of spans (see core/model.ts). */
const nestedKeys = ['label', 'heading', 'title', 'tags', 'fields', 'nameSpan', 'valueSpan'] as const;

/** Shortest paragraph the fast path trusts: titles, tags lines and headings are short lines. */
const minProseLength = 160;
/** Characters at a paragraph's start that the fast path never touches (note, field, heading markers). */
const protectedPrefix = 24;

/**
 * The model of `newText`, which is `previous.text` with `edits` applied in order (each edit's offsets
 * refer to the text left by the edits before it). Equal to `parse(newText)`; never throws.
 */
export function reparse(previous: FicModel, edits: TextEdit | readonly TextEdit[], newText: string): FicModel {
  const list = Array.isArray(edits) ? (edits as readonly TextEdit[]) : [edits as TextEdit];
  if (list.length === 1) {
    try {
      const fast = reparseInParagraph(previous, list[0]!, newText);
      if (fast) return fast;
    } catch {
      // fall through: a full parse is always right
    }
  }
  return parse(newText);
}

const isPlain = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x20;
const isStop = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f;

function allPlain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPlain(text.charCodeAt(i))) return false;
  return true;
}

/** The index of the last span in `spans` (sorted by start) that starts at or before `offset`, or -1. */
function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The fast path, or undefined when the edit might change structure. */
function reparseInParagraph(previous: FicModel, edit: TextEdit, newText: string): FicModel | undefined {
  const old = previous.text;
  const { start, end, text } = edit;
  const delta = text.length - (end - start);
  if (start < 0 || end < start || end > old.length || newText.length !== old.length + delta) return undefined;
  if (!allPlain(old, start, end) || !allPlain(text, 0, text.length)) return undefined;

  const p = lastStartingAtOrBefore(previous.paragraphs, start);
  const para = previous.paragraphs[p];
  if (!para || para.kind !== 'prose' || end >= para.end || start < para.start + protectedPrefix) return undefined;
  // A top note takes in the next paragraph when its words read like a note (`review`, `:)`): not local.
  if (previous.paragraphs[p - 1]?.kind === 'note') return undefined;
  if (para.end - para.start < minProseLength || para.end + delta - para.start < minProseLength) return undefined;
  let left = start;
  while (left > para.start && isPlain(old.charCodeAt(left - 1))) left--;
  let right = end;
  while (right < para.end && isPlain(old.charCodeAt(right))) right++;
  if (left <= para.start || right >= para.end || !isStop(old.charCodeAt(left - 1)) || !isStop(old.charCodeAt(right))) return undefined;
  if (!sameAround(old, newText, start, end, delta) || newText.slice(start, start + text.length) !== text) return undefined;

  const move = <T extends Span>(s: T): T | undefined => shift(s, start, end, delta);
  const moveAll = <T extends Span>(items: readonly T[]): T[] | undefined => {
    const out: T[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const m = move(items[i]!);
      if (!m) return undefined;
      out[i] = m;
    }
    return out;
  };
  const paragraphs = moveAll(previous.paragraphs);
  const notes = moveAll(previous.notes);
  const headings = moveAll(previous.headings);
  const chapters = moveAll(previous.chapters);
  const breaks = moveAll(previous.breaks);
  const scenes = moveAll(previous.scenes);
  const quotes = moveAll(previous.quotes);
  const unclosed = moveAll(previous.unclosed);
  const header = previous.header && move(previous.header);
  if (!paragraphs || !notes || !headings || !chapters || !breaks || !scenes || !quotes || !unclosed) return undefined;
  if (previous.header && !header) return undefined;
  const words = spliceWords(previous.words, newText, para.start, para.end, para.end + delta, delta);
  const model = { ...previous, text: newText, paragraphs, notes, headings, chapters, breaks, scenes, quotes, unclosed, words };
  return header ? { ...model, header } : model; // no `header` key at all when there is none, as `parse` does
}

/** Cheap check that `newText` is `old` with `[start, end)` replaced (compares a window around the edit). */
function sameAround(old: string, newText: string, start: number, end: number, delta: number): boolean {
  const w = 64;
  return old.slice(Math.max(0, start - w), start) === newText.slice(Math.max(0, start - w), start) &&
    old.slice(end, end + w) === newText.slice(end + delta, end + delta + w);
}

/**
 * `s` after replacing `[start, end)` by a text `delta` units longer: unchanged before the edit, moved
 * after it, stretched around it; undefined if the edit cuts one of its edges (then it is not safe).
 * Nested spans (labels, name and value spans, header title and tags, fields, chapter headings) follow.
 */
function shift<T extends Span>(s: T, start: number, end: number, delta: number): T | undefined {
  if (s.end < start) return s; // wholly before: the very same object
  let ns: number;
  let ne: number;
  if (s.start >= end && s.start > start) {
    ns = s.start + delta;
    ne = s.end + delta;
  } else if (s.start < start && s.end > end) {
    ns = s.start;
    ne = s.end + delta;
  } else return undefined;
  const out: Record<string, unknown> = { ...(s as object), start: ns, end: ne };
  // Only these keys hold nested spans in the model (note labels, chapter headings, header parts); looking
  // them up by name keeps this loop cheap over tens of thousands of spans.
  for (const key of nestedKeys) {
    const value = (s as Record<string, unknown>)[key];
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      const moved = value.map((v: Span) => shift(v, start, end, delta));
      if (moved.some((v) => v === undefined)) return undefined;
      out[key] = moved;
    } else {
      const moved = shift(value as Span, start, end, delta);
      if (!moved) return undefined;
      out[key] = moved;
    }
  }
  return out as T;
}

/**
 * The word spans of the new text: the old ones before the paragraph, the paragraph scanned again, and
 * the old ones after it moved by `delta`. Words never cross a paragraph edge (blank lines separate).
 */
function spliceWords(words: Uint32Array, newText: string, paraStart: number, oldParaEnd: number, newParaEnd: number, delta: number): Uint32Array {
  // Word pairs are sorted: find the first word of the paragraph and the first word after it.
  const firstAtOrAfter = (offset: number): number => {
    let low = 0;
    let high = words.length >> 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (words[mid * 2]! < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const a = firstAtOrAfter(paraStart);
  const b = firstAtOrAfter(oldParaEnd);
  const fresh = new SpanBuffer(64);
  scanWords(newText, paraStart, newParaEnd, fresh);
  const mid = fresh.toArray();
  const out = new Uint32Array(a * 2 + mid.length + (words.length - b * 2));
  out.set(words.subarray(0, a * 2), 0);
  out.set(mid, a * 2);
  const tail = a * 2 + mid.length;
  for (let i = b * 2, j = tail; i < words.length; i++, j++) out[j] = words[i]! + delta;
  return out;
}
