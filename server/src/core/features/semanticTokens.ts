/**
 * Semantic tokens from the model: dialogue, thoughts, emphasis, canon names, author's notes, scene
 * breaks and headings. They refine the TextMate grammar, which cannot tell every apostrophe from a quote: the
 * grammar colours a thought only when it is sure (it under-colours), and these tokens fill in the rest.
 *
 * Overlaps never reach the client (LSP tokens must not overlap). Where spans overlap, the one of higher
 * rank wins and the other is cut into pieces around it. Ranks, highest first:
 * sceneBreak, heading, authorNote, character, thought, emphasis, dialogue.
 * So a canon name inside dialogue is a `character` token between two `dialogue` pieces, while a name
 * inside an author's note or a heading is not emitted: the note stays one dimmed block.
 */
import type { FicModel, Span } from '../model';
import { encodeSemanticTokens } from './semanticTokenEncoding';
import { firstEndingAtOrAfter } from '../spans';

/** The legend, in index order. */
export const semanticTokenTypes = ['dialogue', 'thought', 'character', 'authorNote', 'sceneBreak', 'heading', 'emphasis'] as const;
export type SemanticTokenType = (typeof semanticTokenTypes)[number];

const typeIndex = Object.fromEntries(semanticTokenTypes.map((t, i) => [t, i])) as Record<SemanticTokenType, number>;

export interface SemanticTokenOptions {
  /** Canon names (sorted by start), emitted as `character`: spans, or flat bounds `[start0, end0, ...]`. */
  readonly names?: readonly Span[] | Uint32Array;
}

/** A range to tokenize: offsets, plus the line at which `start` (a line start) lies. */
export interface SemanticTokenRange extends Span {
  readonly startLine: number;
}

/** One rank of spans, flattened to `[start0, end0, start1, end1, ...]` so the sweep reads typed arrays. */
interface Layer {
  readonly bounds: Int32Array;
  readonly type: number;
}

/**
 * The spans of `items` (sorted by start) that reach into `[from, to)`, flattened. From the start of the
 * text, every span; from further on, the first is the first span ending after `from`: where a sweep
 * from the start would stand at `from` when the spans are disjoint, as a model's are.
 */
function flatten(items: readonly Span[], type: number, from: number, to: number): Layer {
  const first = from > 0 ? firstEndingAtOrAfter(items, from + 1) : 0;
  let last = first;
  while (last < items.length && items[last].start < to) last++;
  const bounds = new Int32Array((last - first) * 2);
  for (let i = first; i < last; i++) {
    bounds[2 * (i - first)] = items[i].start;
    bounds[2 * (i - first) + 1] = items[i].end;
  }
  return { bounds, type };
}

/** `flatten` of flat bounds `[start0, end0, ...]` (sorted, disjoint): a view, no copy. */
function flattenBounds(bounds: Uint32Array, type: number, from: number, to: number): Layer {
  let lo = 0;
  let hi = from > 0 ? bounds.length >> 1 : 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[2 * mid + 1] <= from) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < bounds.length >> 1 && bounds[2 * last] < to) last++;
  return { bounds: new Int32Array(bounds.buffer, bounds.byteOffset + lo * 8, (last - lo) * 2), type };
}

/** The layers in rank order, highest first, holding only the spans that reach into `[from, to)`. */
function layers(model: FicModel, options: SemanticTokenOptions, from: number, to: number): Layer[] {
  const title = model.header?.title;
  let headings: readonly Span[] = model.headings;
  if (title && title.end > from && title.start < to) {
    headings = [title, ...flattenSpans(model.headings, from, to)];
    if (headings.length > 1 && headings[0].start > headings[1].start) (headings as Span[]).sort((a, b) => a.start - b.start);
  }
  const thoughts: Span[] = [];
  const emphasis: Span[] = [];
  const dialogue: Span[] = [];
  const quotes = model.quotes;
  for (let i = from > 0 ? firstEndingAtOrAfter(quotes, from + 1) : 0; i < quotes.length && quotes[i].start < to; i++) {
    const q = quotes[i];
    (q.kind === 'thought' ? thoughts : q.kind === 'emphasis' ? emphasis : dialogue).push(q);
  }
  const names = options.names ?? [];
  return [
    flatten(model.breaks, typeIndex.sceneBreak, from, to),
    flatten(headings, typeIndex.heading, from, to),
    flatten(model.notes, typeIndex.authorNote, from, to),
    names instanceof Uint32Array ? flattenBounds(names, typeIndex.character, from, to) : flatten(names, typeIndex.character, from, to),
    flatten(thoughts, typeIndex.thought, from, to),
    flatten(emphasis, typeIndex.emphasis, from, to),
    flatten(dialogue, typeIndex.dialogue, from, to),
  ];
}

/** The spans of `spans` (sorted, disjoint) that reach into `[from, to)`. */
function flattenSpans(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (let i = from > 0 ? firstEndingAtOrAfter(spans, from + 1) : 0; i < spans.length && spans[i].start < to; i++) out.push(spans[i]);
  return out;
}

/**
 * The token spans of `model` as a flat array `[start0, end0, type0, start1, ...]`: sorted, never
 * overlapping, clipped to `[from, to)`; `type` indexes `semanticTokenTypes`. Not yet split at line
 * breaks. One sweep over every boundary of every layer: linear in the number of spans.
 */
export function collectSemanticSpans(
  model: FicModel,
  options: SemanticTokenOptions = {},
  from = 0,
  to = model.source.length,
): Int32Array {
  const ls = layers(model, options, Math.max(0, from), Math.min(to, model.source.length));
  const k = ls.length;
  const cursor = new Int32Array(k); // per layer, the first span that may still cover `pos` (in pairs)
  let total = 0;
  for (const l of ls) total += l.bounds.length;
  // Every boundary starts at most one piece, and there are at most `total` boundaries.
  const out = new Int32Array(3 * total);
  let n = 0;
  // The span that produced the last piece, so pieces of one span cut only by lower ranks rejoin.
  let lastLayer = -1;
  let lastItem = -1;
  let pos = Math.max(0, from);
  const limit = Math.min(to, model.source.length);
  while (pos < limit) {
    let winner = -1;
    let next = limit;
    let more = false;
    for (let l = 0; l < k; l++) {
      const b = ls[l].bounds;
      let i = cursor[l];
      while (i < b.length && b[i + 1] <= pos) i += 2;
      cursor[l] = i;
      if (i === b.length) continue;
      more = true;
      const start = b[i];
      const end = b[i + 1];
      if (start <= pos) {
        if (winner < 0) winner = l;
        if (end < next) next = end;
      } else if (start < next) {
        next = start;
      }
    }
    if (!more) break;
    if (winner >= 0) {
      if (lastLayer === winner && lastItem === cursor[winner] && n > 0 && out[n - 2] === pos) out[n - 2] = next;
      else {
        out[n++] = pos;
        out[n++] = next;
        out[n++] = ls[winner].type;
      }
      lastLayer = winner;
      lastItem = cursor[winner];
    }
    pos = next;
  }
  return out.subarray(0, n);
}

/**
 * Semantic tokens of `model` in the LSP encoding (`[deltaLine, deltaChar, length, type, 0]` per token),
 * split at line breaks because VS Code does not take multi-line tokens. With `range`, only the tokens
 * from `range.start` (which must be the start of line `range.startLine`) to `range.end`.
 */
export function getSemanticTokens(model: FicModel, options: SemanticTokenOptions = {}, range?: SemanticTokenRange): number[] {
  return Array.from(getSemanticTokenData(model, options, range));
}

/** `getSemanticTokens` as a typed array (half the memory of a plain array while a large result is built). */
export function getSemanticTokenData(model: FicModel, options: SemanticTokenOptions = {}, range?: SemanticTokenRange): Uint32Array {
  const from = range?.start ?? 0;
  const spans = collectSemanticSpans(model, options, from, range?.end ?? model.source.length);
  return encodeSemanticTokens(model.source, spans, from, range?.startLine ?? 0);
}

/** One edit that turns `previous` into `next` token data, at whole-token boundaries (multiples of 5). */
export interface SemanticTokenEdit {
  readonly start: number;
  readonly deleteCount: number;
  readonly data: number[];
}

/**
 * The single edit between two results: the common prefix and suffix are kept. Relative encoding makes
 * an edit in one paragraph change only the tokens around it, so the edit stays small.
 */
export function diffSemanticTokens(previous: ArrayLike<number>, next: readonly number[]): SemanticTokenEdit[] {
  const max = Math.min(previous.length, next.length);
  let head = 0;
  while (head < max && previous[head] === next[head]) head++;
  head -= head % 5;
  let tail = 0;
  const maxTail = max - head;
  while (tail < maxTail && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  tail -= tail % 5;
  if (head === previous.length && head === next.length) return [];
  return [{ start: head, deleteCount: previous.length - head - tail, data: next.slice(head, next.length - tail) }];
}
