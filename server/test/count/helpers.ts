/**
 * Hand-built models for count and structure tests, so they do not depend on the parser: spans are found
 * by searching the text, words come from the AO3 word scanner.
 */
import type { AuthorNote, Chapter, FicModel, Header, HeaderField, Heading, Scene, SceneBreak, Span } from '../../src/core/model';
import { SpanBuffer, scanWords } from '../../src/core/count/wordScanner';
import { modelWith } from '../models';

/** The span of the `nth` occurrence of `sub` in `text` (throws when missing: a broken test, not a result). */
export function at(text: string, sub: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(sub, i + 1);
    if (i < 0) throw new Error(`${JSON.stringify(sub)} #${nth} not in text`);
  }
  return { start: i, end: i + sub.length };
}

/** From the start of `a` to the end of `b` (b searched after a). */
export function between(text: string, a: string, b: string): Span {
  const s = at(text, a).start;
  const e = text.indexOf(b, s);
  if (e < 0) throw new Error(`${JSON.stringify(b)} not after ${JSON.stringify(a)}`);
  return { start: s, end: e + b.length };
}

export function words(text: string): Uint32Array {
  const out = new SpanBuffer();
  scanWords(text, 0, text.length, out);
  return out.toArray();
}

export interface ModelSpec {
  header?: { span: Span; title?: Span; tags?: Span; fields?: { name: string; line: string }[] };
  notes?: { span: Span; inline?: boolean; position?: AuthorNote['position']; label?: string }[];
  /** Heading line texts, in order, each opening a chapter that runs to the next heading or `storyEnd`. */
  headings?: string[];
  /** Where the story before the first heading starts (a chapter with no heading), if it has one. */
  storyStart?: number;
  storyEnd?: number;
  breaks?: string[];
  /** Scene spans, each with its chapter index. */
  scenes?: { span: Span; chapter: number }[];
}

/** Builds a model from `text` and the spans of `spec`. */
export function model(text: string, spec: ModelSpec = {}): FicModel {
  let header: Header | undefined;
  if (spec.header) {
    const fields: HeaderField[] = (spec.header.fields ?? []).map(({ name, line }) => {
      const s = at(text, line);
      const colon = text.indexOf(':', s.start);
      const vs = colon + 1 + (text.slice(colon + 1, s.end).length - text.slice(colon + 1, s.end).trimStart().length);
      return { ...s, name, nameSpan: { start: s.start, end: colon }, valueSpan: { start: vs, end: s.end } };
    });
    header = { ...spec.header.span, title: spec.header.title, tags: spec.header.tags, fields };
  }
  const notes: AuthorNote[] = (spec.notes ?? []).map((n) => {
    const label = n.label ?? 'A/N:';
    const l = text.indexOf(label, n.span.start);
    return { ...n.span, inline: n.inline ?? false, position: n.position ?? 'body', label: { start: l, end: l + label.length } };
  });
  const headings: Heading[] = (spec.headings ?? []).map((h) => ({ ...at(text, h), kind: 'chapter', title: h }));
  const storyEnd = spec.storyEnd ?? text.length;
  const chapters: Chapter[] = [];
  if (spec.storyStart !== undefined) chapters.push({ start: spec.storyStart, end: headings[0]?.start ?? storyEnd });
  headings.forEach((h, i) => chapters.push({ start: h.start, end: headings[i + 1]?.start ?? storyEnd, heading: h }));
  const breaks: SceneBreak[] = (spec.breaks ?? []).map((g, i, all) => ({ ...at(text, g, all.slice(0, i).filter((x) => x === g).length), glyph: g }));
  const scenes: Scene[] = (spec.scenes ?? []).map((s) => ({ ...s.span, chapter: s.chapter }));
  return modelWith(text, { header, notes, headings, chapters, breaks, scenes, words: words(text) });
}
