/** Helpers for semantic-token tests: hand-built models, and decoding LSP token data back to text. */
import type { Quote, Span } from '../../src/core/model';
import { semanticTokenTypes } from '../../src/core/features/semanticTokens';
import { modelWith } from '../models';

/** Offsets of the `nth` occurrence of `needle` in `text`. */
export function span(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in fixture`);
  }
  return { start: at, end: at + needle.length };
}

export function quote(s: Span, kind: Quote['kind'] = 'dialogue'): Quote {
  return { ...s, kind, style: 'straight', closed: true, continues: false, continued: false };
}

/** A model with only the given parts; everything else empty. */
export const model = modelWith;

export interface DecodedToken {
  readonly line: number;
  readonly char: number;
  readonly text: string;
  readonly type: string;
}

/** Line start offsets, counting LF, CRLF and a lone CR as LSP does. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') starts.push(i + 1);
  }
  return starts;
}

/** Decodes `[deltaLine, deltaChar, length, type, modifiers]*` against `text`. */
export function decode(text: string, data: readonly number[]): DecodedToken[] {
  const starts = lineStarts(text);
  const out: DecodedToken[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const at = starts[line] + char;
    out.push({ line, char, text: text.slice(at, at + data[i + 2]), type: semanticTokenTypes[data[i + 3]] });
  }
  return out;
}

/** `[text, type]` pairs, the shape most tests compare. */
export function pairs(text: string, data: readonly number[]): [string, string][] {
  return decode(text, data).map((t) => [t.text, t.type]);
}
