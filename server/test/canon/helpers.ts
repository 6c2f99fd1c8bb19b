/**
 * Test helpers: canon indexes from `.canon` text, and fic models built by hand (words from the AO3
 * scanner, header spans located by text), so the canon tests do not depend on the parser.
 */
import type { FicModel, HeaderField, Paragraph, Span } from '../../src/core/model';
import { SpanBuffer, scanWords } from '../../src/core/count/wordScanner';
import { parseCanonText } from '../../src/core/canon/canonFile';
import { CanonIndex } from '../../src/core/canon/canonIndex';
import assert from 'node:assert/strict';
import { getLints, getLintState } from '../../src/core/features/diagnostics';
import type { AnalysisEnv } from '../../src/core/features/diagnostics';
import { parse } from '../../src/core/parse/parse';
import { modelWith } from '../models';

/** A canon index from the text of a `.canon` file. */
export function canonOf(text: string, source = 'file:///ws/names.canon', label = 'names.canon'): CanonIndex {
  return CanonIndex.build(parseCanonText(text, source, label).entries);
}

export function envOf(canonText: string): AnalysisEnv {
  return { canon: canonOf(canonText) };
}

function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture has no ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length };
}

export interface HeaderSpec {
  title?: string;
  tags?: string;
  /** Whole field lines as written: `Characters: Rukia, Renji`. */
  fields?: string[];
}

/** A model of `text` with AO3 words and, when given, a header whose parts are found in the text. */
export function modelOf(text: string, header?: HeaderSpec, breaks: string[] = []): FicModel {
  const words = new SpanBuffer(64);
  scanWords(text, 0, text.length, words);
  const paragraphs: Paragraph[] = breaks.map((b) => ({ ...spanOf(text, b), kind: 'break' as const }));
  let modelHeader: FicModel['header'];
  if (header) {
    const fields: HeaderField[] = (header.fields ?? []).map((line) => {
      const span = spanOf(text, line);
      const colon = line.indexOf(':');
      let valueStart = span.start + colon + 1;
      while (text[valueStart] === ' ') valueStart++;
      return {
        ...span,
        name: line.slice(0, colon).trim().toLowerCase(),
        nameSpan: { start: span.start, end: span.start + colon },
        valueSpan: { start: valueStart, end: span.end },
      };
    });
    const title = header.title ? spanOf(text, header.title) : undefined;
    const tags = header.tags ? spanOf(text, header.tags) : undefined;
    const end = Math.max(title?.end ?? 0, tags?.end ?? 0, ...fields.map((f) => f.end));
    modelHeader = { start: 0, end, title, tags, fields };
  }
  // A scene break is both a `break` paragraph and an entry of `breaks`, as in a parsed model.
  const sceneBreaks = paragraphs.map((p) => ({ start: p.start, end: p.end, glyph: text.slice(p.start, p.end) }));
  return modelWith(text, { header: modelHeader, paragraphs, breaks: sceneBreaks, words: words.toArray() });
}

/**
 * Applies `edits` to `start` one by one (positions taken modulo the length), carrying the lint state over
 * each edit as the server does, and asserts after each that the lints equal a full check of the new text.
 */
export function assertLintsFollowEdits(start: string, env: AnalysisEnv, edits: readonly { at: number; del: number; insert: string }[]): void {
  let text = start;
  let state = getLintState(parse(text), env);
  for (const m of edits) {
    const from = m.at % (text.length + 1);
    const to = Math.min(text.length, from + m.del);
    text = text.slice(0, from) + m.insert + text.slice(to);
    const model = parse(text);
    state = getLintState(model, env, { state, edits: [{ start: from, end: to, text: m.insert }] });
    assert.deepStrictEqual(state.lints, getLints(model, env));
  }
}
