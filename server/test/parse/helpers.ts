/** Helpers for parser tests: read spans back as the text they cover, so tables show substrings. */
import type { FicModel, Span } from '../../src/core/model';

/** The text each span covers. */
export function texts(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

/** Quotes of one kind, as text. */
export function quoteTexts(model: FicModel, kind: 'dialogue' | 'thought'): string[] {
  return texts(model.text, model.quotes.filter((q) => q.kind === kind));
}

/** Joins lines with LF (tests that need CRLF pass their own separator). */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}

/** Every span array of the model: inside the text, well formed and sorted by start. */
export function assertWellFormed(model: FicModel): void {
  const n = model.text.length;
  const lists: [string, readonly Span[]][] = [
    ['paragraphs', model.paragraphs], ['notes', model.notes], ['headings', model.headings], ['chapters', model.chapters],
    ['breaks', model.breaks], ['scenes', model.scenes], ['quotes', model.quotes], ['unclosed', model.unclosed],
  ];
  for (const [name, list] of lists) {
    let prev = -1;
    for (const s of list) {
      if (!(s.start >= 0 && s.start <= s.end && s.end <= n)) throw new Error(`${name}: bad span [${s.start}, ${s.end}) in ${n}`);
      if (s.start < prev) throw new Error(`${name}: not sorted at ${s.start}`);
      prev = s.start;
    }
  }
  const w = model.words;
  let last = 0;
  for (let i = 0; i < w.length; i += 2) {
    if (w[i]! < last || w[i + 1]! <= w[i]! || w[i + 1]! > n) throw new Error(`words: bad pair at ${i}`);
    last = w[i + 1]!;
  }
}
