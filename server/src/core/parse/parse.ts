/** STUB — owned by the parser work (issue 2). */
import type { FicModel } from '../model';

/** Parses a fic into its model in one linear pass. Never throws. */
export function parse(text: string): FicModel {
  return {
    text,
    paragraphs: [],
    notes: [],
    headings: [],
    chapters: [],
    breaks: [],
    scenes: [],
    quotes: [],
    unclosed: [],
    words: new Uint32Array(0),
  };
}
