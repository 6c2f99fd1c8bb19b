/**
 * Incremental re-analysis: the model of a text after an edit, from the model before it, re-reading only
 * the story paragraphs the edit touched when that provably gives what a full parse gives, and a full
 * `parse` otherwise. The result always equals `parse(newText)` (property tests check this over random
 * edit sequences).
 *
 * The region is the run of paragraphs from the one the edit starts in (or follows) to the one it ends
 * in (or precedes). It is re-read from its text (lines, blocks, words, quotes) when:
 *   - every paragraph of it is `prose`, and so is every block it becomes (no heading, break or note
 *     marker appears), so the structure around it is untouched: the classification of a block depends
 *     only on "is there story since the last heading", which a prose region leaves as it was;
 *   - the paragraph before it is prose, a heading or a break: not the header (which may take in a block
 *     that now reads like a field) and not a note (a top note runs on over paragraphs that read like
 *     one); and no header reading that started above can run on into it (see headerReach.ts);
 *   - near a block note (which may look up to 30 blocks ahead for its closing bracket), the edit adds or
 *     removes no bracket and the number of paragraphs stays the same.
 * The one state carried between paragraphs, "a speech is open", is settled at both ends: the dialogue
 * the previous paragraph left open is re-linked, and the next paragraph's first quote is re-flagged (or,
 * where carrying a speech on changes more than a flag, the document is parsed in full).
 * The dialogue convention's votes are updated by the region's paragraphs; when the edit changes the
 * convention, the document is parsed in full, once.
 * Spans before the region are reused, spans after it are moved (see shift.ts).
 */
import { SpanBuffer } from '../count/wordScanner';
import { mayHoldMarkup, reachCrosses, scanMarkup, type MarkupScan } from '../count/markupWords';
import { dropUnderscoreDelimitersAll } from './parse';
import type { AuthorNote, FicModel, Heading, Paragraph, Quote, Span, TextSource } from '../model';
import { splitBlocks } from './blocks';
import { headerMayReach } from './headerReach';
import { matchNoteMarker } from './notes';
import { BLOCK_PROSE } from './types';
import { chooseStyle, headerLanguage, parse, scanParagraphs, voteOpenings } from './parse';
import { OPEN_DASH, OPEN_DASH_CYRILLIC } from './conventions';
import { opensDialogue, useConvention, type InlineOut, type MutableQuote } from './quotes';
import { firstEndingAtOrAfter, firstStartingAtOrAfter } from '../spans';
import { lineFrom } from '../source';
import { copyChapter, copyScene, moveBreak, moveHeading, moveNote, moveParagraph, moveQuote, moveSpan, setShift, splice, spliceWords, stretch } from './shift';

/** A replacement of `[start, end)` of the previous text by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * What `[start, end)` held before the edit, when the caller kept it: it tells what a deletion removed
   * when the previous text can no longer be read (the server's buffer is edited in place).
   */
  readonly removed?: string;
}

/** How many paragraphs back a block note may reach for its closing bracket (30 blocks, and a margin). */
const NOTE_REACH = 32;

export interface ReparseOptions {
  /**
   * The caller will never read `previous` again (the server drops each version's model for the next):
   * its word array may be edited in place instead of copied. Default false: `previous` stays valid.
   */
  readonly consume?: boolean;
}

/**
 * The model of `newText`, which is the previous text with `edits` applied in order (each edit's offsets
 * refer to the text left by the edits before it). Equal to `parse(newText)`; never throws.
 *
 * `newText` may be any `TextSource`: the fast path reads only the edited paragraphs and a few units
 * around them, and the model's `text` is then made on first read. `previous.source` is read only when it
 * is a string (the server's previous source is its document buffer, already edited).
 */
export function reparse(previous: FicModel, edits: TextEdit | readonly TextEdit[], newText: TextSource, options?: ReparseOptions): FicModel {
  return reparseChanged(previous, edits, newText, options).model;
}

/**
 * `reparse`, and where the model changed: outside `changed` (`[start, oldEnd)` of the previous text,
 * `[start, newEnd)` of the new one) every span of the new model is a span of the previous one, moved by
 * the length change when after it. Undefined `changed`: the text was parsed in full, anything may differ.
 *
 * The fast path declines (a full parse) when it cannot prove its result; it does not catch exceptions:
 * one thrown there is a bug, and is left to surface rather than be hidden by a silent full parse.
 */
export function reparseChanged(
  previous: FicModel,
  edits: TextEdit | readonly TextEdit[],
  newText: TextSource,
  options?: ReparseOptions,
): { model: FicModel; changed?: ChangedRegion } {
  const list = Array.isArray(edits) ? (edits as readonly TextEdit[]) : [edits as TextEdit];
  const edit = combineEdits(list, previous.source.length, newText);
  const fast = edit && reparseRegion(previous, edit, removesBracket(previous.source, edit, list), newText, options?.consume === true);
  return fast ?? { model: parse(wholeText(newText), { dialogueStyle: previous.dialogue.setting }) };
}

/** A part of a text that an edit changed: `[start, oldEnd)` before it, `[start, newEnd)` after it. */
export interface ChangedRegion {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** All of `source` as one string (the string itself when it is one). */
export function wholeText(source: TextSource): string {
  return typeof source === 'string' ? source : source.slice(0, source.length);
}

/**
 * One edit of the old text equivalent to `list` applied in order, or undefined if an edit is out of
 * bounds or the lengths do not add up to `newText`'s.
 */
export function combineEdits(list: readonly TextEdit[], oldLength: number, newText: TextSource): TextEdit | undefined {
  if (list.length === 0) return undefined;
  // The combined edit replaces old [start, oldEnd) by current [start, curEnd).
  let start = 0;
  let oldEnd = 0;
  let curEnd = 0;
  let length = oldLength;
  for (let k = 0; k < list.length; k++) {
    const e = list[k]!;
    if (!(e.start >= 0 && e.start <= e.end && e.end <= length) || typeof e.text !== 'string') return undefined;
    const delta = e.text.length - (e.end - e.start);
    if (k === 0) {
      start = e.start;
      oldEnd = e.end;
      curEnd = e.end + delta;
    } else {
      start = Math.min(start, e.start);
      const end = Math.max(curEnd, e.end); // current text: at and after `curEnd` it is the old text moved
      oldEnd += end - curEnd;
      curEnd = end + delta;
    }
    length += delta;
  }
  if (length !== newText.length) return undefined;
  return { start, end: oldEnd, text: newText.slice(start, curEnd) };
}

/** True when `text[from, to)` (blank space between paragraphs) holds a whole line: two line breaks. */
function blankLineIn(text: TextSource, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) if (++breaks === 2) return true;
  }
  return false;
}

function hasBracket(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d) return true;
  }
  return false;
}

/**
 * Whether the old text's `[edit.start, edit.end)` may hold a bracket: read from the old text when it is a
 * string, else from what each edit says it removed (a unit the edits did not remove is in `edit.text`).
 */
function removesBracket(old: TextSource, edit: TextEdit, list: readonly TextEdit[]): boolean {
  if (typeof old === 'string') return hasBracket(old, edit.start, Math.min(edit.end, old.length));
  for (const e of list) {
    if (e.end === e.start) continue;
    if (e.removed === undefined || e.removed.length !== e.end - e.start || hasBracket(e.removed, 0, e.removed.length)) return true;
  }
  return false;
}

/** Cheap check that `newText` is `old` with `[start, end)` replaced by `text`. */
function consistent(old: string, newText: TextSource, edit: TextEdit, delta: number): boolean {
  const { start, end, text } = edit;
  const w = 64;
  const after = Math.min(end + w, old.length);
  return newText.length === old.length + delta &&
    old.slice(Math.max(0, start - w), start) === newText.slice(Math.max(0, start - w), start) &&
    old.slice(end, after) === newText.slice(end + delta, after + delta) &&
    newText.slice(start, start + text.length) === text;
}

/** Moves spans made in a part of the text cut out at `base` to the whole text's offsets (fresh objects only). */
function moveBy(spans: readonly Span[], base: number): void {
  for (const s of spans as { start: number; end: number }[]) {
    s.start += base;
    s.end += base;
  }
}

/** The fast path (see the module comment), or undefined when the edit might reach beyond its region. */
function reparseRegion(
  previous: FicModel,
  edit: TextEdit,
  bracketRemoved: boolean,
  newText: TextSource,
  consume: boolean,
): { model: FicModel; changed: ChangedRegion } | undefined {
  const old = previous.source;
  const delta = edit.text.length - (edit.end - edit.start);
  if (edit.end > old.length || newText.length !== old.length + delta) return undefined;
  if (typeof old === 'string' && !consistent(old, newText, edit, delta)) return undefined;
  const paras = previous.paragraphs;
  const pa = firstStartingAtOrAfter(paras, edit.start + 1) - 1; // last paragraph starting at or before the edit
  if (pa < 1) return undefined;
  let pb = firstEndingAtOrAfter(paras, edit.end);
  // An edit that ends in the blank space before paragraph `pb` (after a trailing space, or on a line
  // left by Enter), with a blank line still between it and `pb`: the typed text cannot join `pb`, so the
  // region ends at the edit, and `pb` (a heading or a scene break as often as prose) is left alone.
  let regionEnd = -1;
  if (pb > pa && pb < paras.length && edit.end < paras[pb]!.start && blankLineIn(newText, edit.end + delta, paras[pb]!.start + delta)) {
    pb--;
    regionEnd = edit.end;
  }
  const last = pb < paras.length ? pb : paras.length - 1;
  for (let k = pa; k <= last; k++) if (paras[k]!.kind !== 'prose') return undefined;
  const before = paras[pa - 1]!.kind;
  if (before !== 'prose' && before !== 'heading' && before !== 'break') return undefined;

  const oldStart = paras[pa]!.start;
  const oldEnd = regionEnd >= 0 ? regionEnd : pb < paras.length ? paras[pb]!.end : old.length;
  const newEnd = oldEnd + delta;
  if (newEnd <= oldStart) return undefined;

  // The region's text read again, cut out of the new text: whole lines, as blocks; it must stay story.
  // It is scanned at its own offsets, and what the scan makes (the region's paragraphs too) is then moved
  // by `oldStart`.
  const sub = newText.slice(oldStart, newEnd);
  // Markup may reach across paragraphs (a comment, a tag over lines): the region is re-read as HTML on its
  // own only when no construct of the old text reaches over its edges and its own constructs all close.
  let markup: MarkupScan | undefined;
  const regionMarkup = mayHoldMarkup(sub, 0, sub.length);
  // Markup taken out of the region (`<hr>` losing its `<`): whether any is left in the text, so that the
  // text is still read as HTML, is the full parse's to say.
  if (previous.ao3Words && !regionMarkup && mayHoldMarkup(old.slice(oldStart, oldEnd), 0, oldEnd - oldStart)) return undefined;
  if (previous.ao3Words || regionMarkup) {
    const reach = previous.ao3Reach;
    if (reach && (reachCrosses(reach, oldStart) || reachCrosses(reach, oldEnd))) return undefined;
    markup = scanMarkup(sub);
    if (!markup.closed) return undefined;
  }
  const { blocks } = splitBlocks(sub);
  if (blocks.count === 0) return undefined;
  const region: Paragraph[] = new Array(blocks.count);
  for (let k = 0; k < blocks.count; k++) {
    const start = blocks.start[k]!;
    const end = blocks.end[k]!;
    if (blocks.kind[k] !== BLOCK_PROSE || matchNoteMarker(sub, start, end)) return undefined;
    region[k] = { start, end, kind: 'prose' };
  }
  if (blocks.count !== last - pa + 1 || bracketRemoved || hasBracket(edit.text, 0, edit.text.length)) {
    for (let k = Math.max(0, pa - NOTE_REACH); k < pa; k++) if (paras[k]!.kind === 'note') return undefined;
  }
  // The paragraphs before `pa` end before the edit: the new text holds them at the same offsets.
  if (headerMayReach(previous, pa, (p) => lineFrom(newText, p.start, p.end))) return undefined;

  // The convention: the region's votes replace its old ones; a change of convention re-reads everything.
  const info = previous.dialogue;
  const votes = new Int32Array(info.votes);
  for (let k = pa; k <= last; k++) if (info.openings[k] !== 0) votes[info.openings[k]!]!--;
  const regionOpenings = new Uint8Array(region.length);
  voteOpenings(sub, region, 0, region.length, regionOpenings, votes);
  const chosen = chooseStyle(headerLanguage(newText, previous.header), info.setting, votes);
  if (chosen.style !== info.style || chosen.by !== info.by) return undefined;
  useConvention(info.style);

  // Quotes: the dialogue the previous paragraph left open comes in as a copy, to be re-linked.
  const quotes = previous.quotes;
  const qa = firstStartingAtOrAfter(quotes, oldStart);
  const qb = firstStartingAtOrAfter(quotes, oldEnd);
  const prev = paras[pa - 1]!;
  const lastBefore = quotes[qa - 1] as MutableQuote | undefined;
  const openBefore = prev.kind === 'prose' && lastBefore && lastBefore.start >= prev.start && lastBefore.kind === 'dialogue' && !lastBefore.closed ? lastBefore : undefined;
  const incoming: MutableQuote | undefined = openBefore && { ...openBefore, start: openBefore.start - oldStart, end: openBefore.end - oldStart, continued: false };
  const out: InlineOut = { quotes: [], notes: [] };
  const unclosedNew: Span[] = [];
  const words = new SpanBuffer(((newEnd - oldStart) >>> 3) + 8);
  const open = scanParagraphs(sub, region, 0, region.length, incoming, out, unclosedNew, words);
  const ao3Local = markup && dropUnderscoreDelimitersAll(sub, region, markup.words);
  // The first markup of a plain text: the words outside the region were read as plain text, which AO3's
  // HTML reading may split otherwise (it drops a NUL, `T\0his` is one word): the whole text is read again.
  if (ao3Local && !previous.ao3Words) return undefined;
  moveBy(region, oldStart);
  if (incoming) moveBy([incoming], oldStart);
  moveBy(out.quotes, oldStart);
  moveBy(unclosedNew, oldStart);
  moveBy(out.notes, oldStart);
  moveBy(out.notes.map((n) => n.label), oldStart);
  const middle = words.toArray();
  for (let i = 0; i < middle.length; i++) middle[i] += oldStart;
  const ao3Middle = ao3Local;
  if (ao3Middle) for (let i = 0; i < ao3Middle.length; i++) ao3Middle[i] += oldStart;

  // The paragraph after the region: does it carry on the speech the region leaves open? (Its first two units tell.)
  const next = pb + 1 < paras.length ? paras[pb + 1] : undefined;
  const head = next ? newText.slice(next.start + delta, Math.min(next.end, next.start + 8) + delta) : '';
  const nextContinues = open !== undefined && next !== undefined && next.kind === 'prose' && opensDialogue(head, 0, head.length);
  const nextContinued = next !== undefined && next.kind === 'prose' && qb < quotes.length && quotes[qb]!.start === next.start && quotes[qb]!.continues;
  // Whether the next paragraph carries a speech on changes how it reads, beyond the `continues` flag,
  // unless it opens with a double quote (which opens a speech either way); and a dash carrying a speech
  // on takes that speech's style, which the region may have changed.
  const nextDash = info.openings[pb + 1] === OPEN_DASH || info.openings[pb + 1] === OPEN_DASH_CYRILLIC;
  if (nextContinues !== nextContinued && head.charCodeAt(0) !== 0x22 && head.charCodeAt(0) !== 0x201c) return undefined;
  if (nextContinues && nextDash) return undefined;
  if (open) {
    open.continued = nextContinues;
    if (!nextContinues) unclosedNew.push({ start: open.start, end: open.start + 1 });
  }

  // Everything read from the previous model's arrays is read before they move: with `consume` they are
  // edited in place (see shift.ts).
  const firstAfter = qa + out.quotes.length;
  const nextQuoteOpensNext = next !== undefined && next.kind === 'prose' && qb < quotes.length && quotes[qb]!.start === next.start && quotes[qb]!.kind === 'dialogue';
  const unclosed = previous.unclosed;
  const ua = firstStartingAtOrAfter(unclosed, openBefore ? openBefore.start : oldStart);
  const ub = firstStartingAtOrAfter(unclosed, oldEnd);
  const notes = previous.notes;
  const na = firstStartingAtOrAfter(notes, oldStart);
  const nb = firstStartingAtOrAfter(notes, oldEnd);
  const headings = previous.headings;
  const ha = firstStartingAtOrAfter(headings, oldEnd);
  const breaks = previous.breaks;
  const ba = firstStartingAtOrAfter(breaks, oldEnd);
  const oldLastEnd = paras[last]!.end;

  setShift(delta, consume);
  const newQuotes = splice<Quote>(quotes, qa, out.quotes, qb, moveQuote);
  if (openBefore && incoming!.continued !== openBefore.continued) newQuotes[qa - 1] = incoming!;
  if (nextQuoteOpensNext) {
    const q = newQuotes[firstAfter]!;
    if (q.continues !== nextContinues) newQuotes[firstAfter] = { ...q, continues: nextContinues };
  }
  const newUnclosed = splice(unclosed, ua, unclosedNew, ub, moveSpan);
  const newNotes = splice<AuthorNote>(notes, na, out.notes, nb, moveNote);
  const newParagraphs = splice(paras, pa, region, last + 1, moveParagraph);
  const newHeadings = splice<Heading>(headings, ha, [], ha, moveHeading);
  const newBreaks = splice(breaks, ba, [], ba, moveBreak);
  setShift(0);

  const bounds = { oldStart, oldEnd, oldLastEnd, newStart: region[0]!.start, newLastEnd: region[region.length - 1]!.end, delta };
  let hp = ha; // chapters come in order, and so do their headings: one cursor finds each moved heading
  const headingOf = (h: Heading): Heading => {
    if (h.start < oldEnd) return h;
    while (hp < headings.length && headings[hp] !== h) hp++;
    return newHeadings[hp] ?? h;
  };
  // In place, chapters keep their heading objects, which the splice above moved where they lie.
  const chapters = stretch(previous.chapters, bounds, copyChapter(headingOf), consume);
  const scenes = stretch(previous.scenes, bounds, copyScene, consume);
  if (!chapters || !scenes) return undefined;

  const model = {
    source: newText,
    paragraphs: newParagraphs,
    notes: newNotes,
    headings: newHeadings,
    chapters,
    breaks: newBreaks,
    scenes,
    quotes: newQuotes,
    dialogue: { style: info.style, by: info.by, setting: info.setting, votes, openings: spliceOpenings(info.openings, pa, last + 1, regionOpenings, consume) },
    unclosed: newUnclosed,
    words: spliceWords(previous.words, oldStart, oldEnd, middle, delta, consume),
  } as { -readonly [K in keyof FicModel]?: FicModel[K] };
  if (ao3Middle && markup) {
    // Words outside the region read the same as before; with no markup before, they are the plain words.
    model.ao3Words = spliceWords(previous.ao3Words ?? previous.words, oldStart, oldEnd, ao3Middle, delta, consume && previous.ao3Words !== undefined);
    model.ao3Reach = spliceReach(previous.ao3Reach, oldStart, oldEnd, markup.reach, delta);
  }
  let text: string | undefined;
  Object.defineProperty(model, 'text', { get: () => (text ??= wholeText(newText)), enumerable: true });
  if (previous.header) model.header = previous.header;
  return { model: model as FicModel, changed: { start: oldStart, oldEnd, newEnd } };
}

/** The reach of the new text: the old spans outside the region (none crosses its edges), the region's own. */
function spliceReach(old: Uint32Array | undefined, oldStart: number, oldEnd: number, local: Uint32Array, delta: number): Uint32Array {
  const out: number[] = [];
  if (old) for (let i = 0; i < old.length && old[i + 1]! <= oldStart; i += 2) out.push(old[i]!, old[i + 1]!);
  for (let i = 0; i < local.length; i++) out.push(local[i]! + oldStart);
  if (old) for (let i = 0; i < old.length; i += 2) if (old[i]! >= oldEnd) out.push(old[i]! + delta, old[i + 1]! + delta);
  const pairs: [number, number][] = [];
  for (let i = 0; i < out.length; i += 2) pairs.push([out[i]!, out[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  return Uint32Array.from(pairs.flat());
}

/** `openings[0, from)`, then `middle`, then `openings[to..]`; in place when the length stays and the caller consumes. */
function spliceOpenings(openings: Uint8Array, from: number, to: number, middle: Uint8Array, consume: boolean): Uint8Array {
  if (consume && middle.length === to - from) {
    openings.set(middle, from);
    return openings;
  }
  const out = new Uint8Array(openings.length - (to - from) + middle.length);
  out.set(openings.subarray(0, from), 0);
  out.set(middle, from);
  out.set(openings.subarray(to), from + middle.length);
  return out;
}
