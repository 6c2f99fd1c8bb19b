/**
 * Runs the dialogue-punctuation, prose and craft rules (core/lint/) over a document, one paragraph at a
 * time. Every finding lies inside one paragraph and depends only on that paragraph's text, its speech
 * spans and the options, so the check of the previous version is reused outside the paragraphs an edit
 * touched (as the canon check does): a keystroke re-checks a paragraph or two, not the fic.
 */
import type { FicModel, Paragraph, Quote } from '../model';
import type { Lint, LintCode } from '../lint';
import { LintCode as Code } from '../lint';
import { changedRange, editWindow, type EditLike } from '../canon/editWindow';
import type { ChangedRegion } from '../parse/incremental';
import { wordsBefore } from '../count/wordIndex';
import { moveLints } from './carry';
import { firstEndingAtOrAfter, firstStartingAtOrAfter } from '../spans';
import { isDialogueConvention, singleQuotesAreSpeech, type DialogueConvention } from '../lint/convention';
import type { AnalysisEnv } from '../env';
import type { ParagraphText, SpeechSpan } from '../lint/paragraph';
import { ruleEnabled } from '../lint/rules';
import { checkTagPunctuation, mayHaveTagFinding } from '../lint/tagPunctuation';
import { checkRepeatedWords } from '../lint/repeatedWord';
import { checkDashDialogue } from '../lint/dashDialogue';
import { checkGuillemets } from '../lint/guillemets';
import { checkCraftHints, type CraftHints } from '../lint/craftHints';
import { checkEchoWords, echoReach } from '../lint/echoWords';

/** What the rules need beyond the text. */
export interface ProseOptions {
  /** The document's dialogue convention (until the parser detects it: a setting, or `en-US`). */
  readonly convention: DialogueConvention;
  /** Craft hints switched on (all off by default). */
  readonly hints: CraftHints;
}

/** One version's check, kept for the next version. Holds no text and no model. */
export interface ProseCheck {
  readonly key: string;
  readonly textLength: number;
  /**
   * Every paragraph that is not prose, as `[start, end, kind]` (flat): the reuse needs those outside the
   * edit unchanged. Paragraph bounds outside the edit cannot change (blank lines and heading or break lines
   * are read line by line), so the same non-prose paragraphs mean the same prose ones; and there are few.
   */
  readonly paragraphs: Int32Array;
  /** Sorted by start. */
  readonly lints: readonly Lint[];
}

const kindCode: Record<Paragraph['kind'], number> = { title: 1, tags: 2, field: 3, note: 4, heading: 5, break: 6, prose: 7 };

/** The rules that run with `options`, as flags the paragraph loop reads. */
function plan(options: ProseOptions) {
  const on = (code: LintCode) => ruleEnabled(code, options.convention, options.hints);
  const hints: CraftHints = {
    saidBookisms: on(Code.SaidBookism),
    adverbAfterSaid: on(Code.SaidAdverb),
    filterWords: on(Code.FilterWord),
    echoWords: on(Code.EchoWord),
    repeatedNames: on(Code.RepeatedName),
  };
  return {
    tags: on(Code.TagPunctuation),
    dashes: on(Code.DialogueDash) || on(Code.IncisePunctuation) || on(Code.InciseCase),
    guillemets: on(Code.GuillemetSpacing),
    repeated: on(Code.RepeatedWord),
    hints,
    anyHint: Object.entries(hints).some(([k, v]) => v && k !== 'echoWords'),
    singleSpeech: singleQuotesAreSpeech(options.convention),
    convention: options.convention,
  };
}
type Plan = ReturnType<typeof plan>;

const keyOf = (o: ProseOptions): string => `${o.convention}|${Object.entries(o.hints).filter(([, v]) => v).map(([k]) => k).sort().join(',')}`;

/**
 * Whether a quote is speech in this convention: dialogue, or where `'…'` is speech (en-GB) any single-quoted
 * span, whatever the parse called it (a thought, or emphasis for a lone quoted word, when it read the
 * document in another convention than the one given).
 */
function isSpeech(q: Quote, singleSpeech: boolean): boolean {
  return q.kind === 'dialogue' || (singleSpeech && (q.style === 'straight' || q.style === 'curly'));
}

/**
 * The findings of paragraphs `[from, to)` into `out`, sorted. The repeated-word rule walks the word array
 * once; the other rules read a paragraph's text only when it can hold what they look for (speech for the
 * tags, a dash at a line start, a guillemet), so a full check of a long fic reads little of it.
 */
function lintParagraphs(model: FicModel, from: number, to: number, run: Plan, out: Lint[]): void {
  const ps = model.paragraphs;
  if (from >= to) return;
  const found: Lint[] = [];
  const speechOf = (q: Quote) => isSpeech(q, run.singleSpeech);
  if (run.repeated) checkRepeatedWords(model, ps[from]!.start, ps[to - 1]!.end, speechOf, found);
  if (run.hints.echoWords) checkEchoWords(model, from, to, speechOf, found);
  if (run.dashes || run.guillemets || run.anyHint) lintEachParagraph(model, from, to, run, found);
  else if (run.tags) lintSpeechTags(model, from, to, run, found);
  if (found.length > 1) found.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < found.length; i++) out.push(found[i]!);
}

/** The speech spans of prose paragraph `p` (relative to it) among `quotes[qi…]`, the first quote starting at or after its start. */
function speechIn(p: Paragraph, quotes: readonly Quote[], qi: number, run: Plan): SpeechSpan[] {
  const speech: SpeechSpan[] = [];
  for (let k = qi; k < quotes.length && quotes[k]!.start < p.end; k++) {
    const q = quotes[k]!;
    if (isSpeech(q, run.singleSpeech)) speech.push({ start: q.start - p.start, end: Math.min(q.end, p.end) - p.start, closed: q.closed });
  }
  return speech;
}

/**
 * The tag rule alone (English, no craft hint on: what a fic is checked with by default). It walks the
 * quotes, not the paragraphs: a speech is cleared by the characters around its closing quote, read in the
 * document's text (`mayHaveTagFinding`), and only a paragraph holding a speech that is not cleared is cut
 * out and checked as `lintEachParagraph` would: the same findings, in the same order, without a paragraph
 * object, a speech list and a slice for each of the ~20,000 paragraphs of a 500k-word fic. A quote's
 * paragraph is looked up (by binary search) only for a speech not cleared: this walk runs once per quote
 * at the open, before it is optimised, and a walk over the paragraphs beside it cost more than the test.
 */
function lintSpeechTags(model: FicModel, from: number, to: number, run: Plan, out: Lint[]): void {
  const { quotes, source } = model;
  const ps = model.paragraphs;
  const stop = ps[to - 1]!.end; // the quotes of paragraphs [from, to) start before it
  const length = source.length;
  let done = -1; // the last paragraph checked in full
  for (let k = firstStartingAtOrAfter(quotes, ps[from]!.start); k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.start >= stop) break;
    if (!q.closed || (q.kind !== 'dialogue' && !isSpeech(q, run.singleSpeech))) continue;
    // The parser reads quotes paragraph by paragraph, so a quote ends in its paragraph, which ends at a line
    // end: read up to the text's end, the test clears no speech it would not clear up to the paragraph's.
    if (!mayHaveTagFinding(source, q.start, q.end, length, true)) continue;
    const pi = firstEndingAtOrAfter(ps, q.start + 1);
    const p = ps[pi];
    if (!p || pi >= to || p.start > q.start || p.kind !== 'prose' || pi === done) continue;
    if (!mayHaveTagFinding(source, q.start, Math.min(q.end, p.end), p.end, true)) continue;
    done = pi;
    checkParagraphTags(model, p, run, out);
  }
}

/** The tag rule over one prose paragraph, cut out (`lintSpeechTags` found a speech in it not cleared). */
function checkParagraphTags(model: FicModel, p: Paragraph, run: Plan, out: Lint[]): void {
  const speech = speechIn(p, model.quotes, firstStartingAtOrAfter(model.quotes, p.start), run);
  checkTagPunctuation({ text: model.source.slice(p.start, p.end), base: p.start, speech, convention: run.convention, words: model.words, wordFrom: 0, wordTo: 0 }, out);
}

/** Every rule the plan runs, paragraph by paragraph (a dialogue convention with dashes or guillemets, or craft hints on). */
function lintEachParagraph(model: FicModel, from: number, to: number, run: Plan, found: Lint[]): void {
  const ps = model.paragraphs;
  const { quotes, source } = model;
  let qi = firstStartingAtOrAfter(quotes, ps[from]!.start);
  const next = { newline: -2, open: -2, close: -2 };
  const after = (key: 'newline' | 'open' | 'close', ch: string, at: number): number => {
    if (next[key] !== -1 && next[key] < at) next[key] = source.indexOf(ch, at);
    return next[key] < 0 ? Infinity : next[key];
  };
  for (let i = from; i < to; i++) {
    const p = ps[i]!;
    if (p.kind !== 'prose') continue;
    while (qi < quotes.length && quotes[qi]!.start < p.start) qi++;
    const speech = speechIn(p, quotes, qi, run);
    const dashes = run.dashes && (isDash(source.charCodeAt(p.start)) || after('newline', '\n', p.start) < p.end);
    const guillemets = run.guillemets && (after('open', '«', p.start) < p.end || after('close', '»', p.start) < p.end);
    if (!(run.tags && speech.length > 0) && !dashes && !guillemets && !run.anyHint) continue;
    const wordFrom = run.anyHint ? wordsBefore(model.words, p.start) * 2 : 0;
    const wordTo = run.anyHint ? wordsBefore(model.words, p.end) * 2 : 0;
    const para: ParagraphText = { text: source.slice(p.start, p.end), base: p.start, speech, convention: run.convention, words: model.words, wordFrom, wordTo };
    if (run.tags) checkTagPunctuation(para, found);
    if (dashes) checkDashDialogue(para, found);
    if (guillemets) checkGuillemets(para, found);
    if (run.anyHint) checkCraftHints(para, run.hints, found);
  }
}

const isDash = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014;

/**
 * The non-prose paragraphs of `model`, flat. Given the previous version's and where the incremental
 * reparse changed the model (`region`: only prose paragraphs there, before and after the edit, and every
 * other paragraph the same one moved), they are the previous ones moved, with no walk over every paragraph.
 */
function flatParagraphs(model: FicModel, previous?: { paragraphs: Int32Array; region: ChangedRegion }): Int32Array {
  if (previous) {
    const { region, paragraphs: old } = previous;
    const delta = region.newEnd - region.oldEnd;
    const out = new Int32Array(old.length);
    for (let i = 0; i < old.length; i += 3) {
      const after = old[i]! >= region.oldEnd;
      out[i] = after ? old[i]! + delta : old[i]!;
      out[i + 1] = after ? old[i + 1]! + delta : old[i + 1]!;
      out[i + 2] = old[i + 2]!;
    }
    return out;
  }
  return flatNonProse(model);
}

/**
 * The non-prose paragraphs of `model` (title, tags line, header fields, notes, headings, breaks), flat as
 * `[start, end, kind]`, found from the model's lists rather than by a walk over the ~20,000 paragraphs of
 * a long fic (a walk that ran unoptimised at the open, and that V8 then compiled for nothing): the
 * paragraphs before the first prose one (the header is read only there), each note's paragraphs, and each
 * heading's and break's paragraph, each looked up by binary search. A test checks that these are every
 * paragraph that is not prose, on parsed texts and after random incremental reparses.
 */
export function flatNonProse(model: FicModel): Int32Array {
  const ps = model.paragraphs;
  const at: number[] = [];
  let top = 0;
  while (top < ps.length && ps[top]!.kind !== 'prose') at.push(top++);
  const add = (start: number, end: number) => {
    for (let k = Math.max(top, firstEndingAtOrAfter(ps, start + 1)); k < ps.length && ps[k]!.start < end; k++) if (ps[k]!.kind !== 'prose') at.push(k);
  };
  if (model.header) add(model.header.start, model.header.end);
  for (const n of model.notes) add(n.start, n.end);
  for (const h of model.headings) add(h.start, h.end);
  for (const b of model.breaks) add(b.start, b.end);
  const sorted = new Int32Array(at).sort(); // a typed array's own numeric sort, no comparator called
  const out = new Int32Array(sorted.length * 3);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    const p = ps[sorted[i]!]!;
    out[n++] = p.start;
    out[n++] = p.end;
    out[n++] = kindCode[p.kind];
  }
  return n === out.length ? out : out.slice(0, n);
}

/**
 * The prose rules' options: the convention given in `env` (tests, the bench), else the one the parse read
 * the document with (`model.dialogue.style`: its `Language:` field, the `fic.dialogue.style` setting, or
 * its own quotes), else `en-US`; and the craft hints switched on.
 */
export function proseOptions(env: AnalysisEnv, model?: FicModel): ProseOptions {
  const detected = model?.dialogue?.style;
  return { convention: env.dialogue ?? (isDialogueConvention(detected) ? detected : 'en-US'), hints: env.hints ?? {} };
}

/** `getProseLints` with the options of an analysis environment (severity overrides not applied). */
export function validateProse(model: FicModel, env: AnalysisEnv): Lint[] {
  return getProseLints(model, proseOptions(env, model));
}

/** Dialogue-punctuation, prose and craft findings of `model`, sorted by start. Linear; never throws. */
export function getProseLints(model: FicModel, options: ProseOptions): Lint[] {
  return checkProse(model, options).lints as Lint[];
}

/**
 * The check of `model`. Given the check of an earlier version and the edits since (LSP order, in that
 * version's offsets), only the paragraphs around the edits are checked again; the result always equals a
 * full check (when the options or any paragraph outside the edit changed, it is one). `region`: where the
 * incremental reparse changed the model over those edits, when it did not parse in full.
 */
export function checkProse(
  model: FicModel,
  options: ProseOptions,
  previous?: { check: ProseCheck; edits: readonly EditLike[]; region?: ChangedRegion | null; consume?: boolean },
): ProseCheck {
  const key = keyOf(options);
  const run = plan(options);
  const region = previous?.region;
  const paragraphs = flatParagraphs(model, previous && region && previous.check.textLength - (region.oldEnd - region.newEnd) === model.source.length ? { paragraphs: previous.check.paragraphs, region } : undefined);
  const textLength = model.source.length;
  const lints: Lint[] = [];
  const reused = previous && previous.check.key === key ? reuse(previous.check, previous.edits, model, paragraphs) : undefined;
  const ps = model.paragraphs;
  if (!reused) {
    lintParagraphs(model, 0, ps.length, run, lints);
    return { key, textLength, paragraphs, lints };
  }
  const { window, previousLints } = reused;
  const from = firstStartingAtOrAfter(ps, window.start);
  // An echo reads across paragraphs: an edit can change the echoes up to ECHO_DISTANCE words after it.
  const to = run.hints.echoWords ? Math.max(echoReach(model, window.end), firstStartingAtOrAfter(ps, window.end)) : firstStartingAtOrAfter(ps, window.end);
  const end = to < ps.length ? ps[to]!.start : textLength;
  const a = firstStartingAtOrAfter(previousLints, window.start);
  for (let k = 0; k < a; k++) lints.push(previousLints[k]!);
  lintParagraphs(model, from, to, run, lints);
  // The lints after the re-read paragraphs, moved (in place when the caller drops the previous check).
  moveLints(previousLints, Math.max(a, firstStartingAtOrAfter(previousLints, end - window.delta)), lints, window.delta, previous!.consume === true);
  return { key, textLength, paragraphs, lints };
}

function reuse(prev: ProseCheck, edits: readonly EditLike[], model: FicModel, now: Int32Array) {
  const changed = changedRange(edits);
  const length = model.source.length;
  if (!changed || changed.oldEnd > prev.textLength || changed.newEnd > length) return undefined;
  if (length - changed.newEnd !== prev.textLength - changed.oldEnd) return undefined;
  const window = editWindow(model.source, changed);
  const oldEnd = window.end - window.delta;
  if (!sameOutside(prev.paragraphs, now, window.start, oldEnd, window.end, window.delta)) return undefined;
  return { window, previousLints: prev.lints };
}

/** The paragraphs wholly before `start` and wholly after the window are the same (moved by `delta`), none crosses an edge. */
function sameOutside(old: Int32Array, now: Int32Array, start: number, oldEnd: number, newEnd: number, delta: number): boolean {
  const split = (ps: Int32Array, end: number): [number, number] | undefined => {
    let before = 0;
    while (before < ps.length && ps[before + 1]! <= start) before += 3;
    let after = before;
    while (after < ps.length && ps[after]! < end) {
      if (ps[after]! < start || ps[after + 1]! > end) return undefined;
      after += 3;
    }
    return [before, after];
  };
  const a = split(old, oldEnd);
  const b = split(now, newEnd);
  if (!a || !b || a[0] !== b[0] || old.length - a[1] !== now.length - b[1]) return false;
  for (let i = 0; i < a[0]; i++) if (old[i] !== now[i]) return false;
  for (let i = a[1], j = b[1]; i < old.length; i += 3, j += 3) {
    if (old[i]! + delta !== now[j] || old[i + 1]! + delta !== now[j + 1] || old[i + 2] !== now[j + 2]) return false;
  }
  return true;
}

/**
 * Per chapter, how many findings of each code fall in it (chapters in model order), for a summary in the
 * stats view instead of squiggles. Findings outside every chapter (header, top notes) are left out.
 */
export function countByChapter(model: FicModel, lints: readonly Lint[]): Record<string, number>[] {
  const chapters = model.chapters;
  const out = chapters.map(() => ({}) as Record<string, number>);
  let c = 0;
  for (const l of lints) {
    while (c < chapters.length && chapters[c]!.end <= l.start) c++;
    if (c >= chapters.length) break;
    if (chapters[c]!.start > l.start) continue;
    out[c]![l.code] = (out[c]![l.code] ?? 0) + 1;
  }
  return out;
}
