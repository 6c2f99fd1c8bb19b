/** Hand-built models for feature tests that must not depend on the parser. */
import type { FicModel } from '../src/core/model';

/** A model of `text` with only the given parts; every other array empty. */
export function modelWith(text: string, parts: Partial<Omit<FicModel, 'text' | 'source'>> = {}): FicModel {
  return {
    text,
    source: text,
    paragraphs: [],
    notes: [],
    headings: [],
    chapters: [],
    breaks: [],
    scenes: [],
    quotes: [],
    dialogue: { style: 'en-US', by: 'text', setting: 'auto', votes: new Int32Array(8), openings: new Uint8Array(0) },
    unclosed: [],
    words: new Uint32Array(0),
    ...parts,
  };
}
