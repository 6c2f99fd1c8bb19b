/**
 * What every `FicModel` must satisfy, whatever the text: spans inside the text, well formed and sorted,
 * nested parts inside their parents, words as flat ordered pairs. Throws a readable error otherwise.
 */
import type { FicModel, Span } from '../../src/core/model';

function checkSpan(what: string, s: Span, n: number): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n)) {
    throw new Error(`${what} [${s.start}, ${s.end}) is not a span inside a text of ${n}`);
  }
}

function checkSorted(what: string, items: readonly Span[], n: number, disjoint: boolean): void {
  let prev: Span | undefined;
  items.forEach((s, i) => {
    checkSpan(`${what}[${i}]`, s, n);
    if (prev && s.start < prev.start) throw new Error(`${what}[${i}] starts at ${s.start}, before ${what}[${i - 1}] at ${prev.start}`);
    if (prev && disjoint && s.start < prev.end) throw new Error(`${what}[${i}] at ${s.start} overlaps ${what}[${i - 1}] ending ${prev.end}`);
    prev = s;
  });
}

function checkInside(what: string, inner: Span | undefined, outer: Span): void {
  if (inner && (inner.start < outer.start || inner.end > outer.end)) {
    throw new Error(`${what} [${inner.start}, ${inner.end}) lies outside [${outer.start}, ${outer.end})`);
  }
}

/** Throws if `model` breaks an invariant of the model contract (see core/model.ts). */
export function checkModel(model: FicModel, text: string): void {
  if (model.text !== text) throw new Error('model.text is not the parsed text');
  const n = text.length;
  checkSorted('paragraphs', model.paragraphs, n, true);
  checkSorted('notes', model.notes, n, false);
  checkSorted('headings', model.headings, n, true);
  checkSorted('chapters', model.chapters, n, true);
  checkSorted('breaks', model.breaks, n, true);
  checkSorted('scenes', model.scenes, n, true);
  checkSorted('quotes', model.quotes, n, false);
  checkSorted('unclosed', model.unclosed, n, true);
  for (const note of model.notes) checkInside('note label', note.label, note);
  for (const scene of model.scenes) {
    if (scene.chapter < 0 || (model.chapters.length > 0 && scene.chapter >= model.chapters.length)) {
      throw new Error(`scene at ${scene.start} points at chapter ${scene.chapter} of ${model.chapters.length}`);
    }
  }
  if (model.header) {
    const h = model.header;
    checkSpan('header', h, n);
    checkInside('header title', h.title, h);
    checkInside('header tags', h.tags, h);
    h.fields.forEach((f, i) => {
      checkInside(`header field ${i}`, f, h);
      checkInside(`header field ${i} name`, f.nameSpan, f);
      checkInside(`header field ${i} value`, f.valueSpan, f);
    });
  }
  for (const [name, w] of [['words', model.words], ['ao3Words', model.ao3Words]] as const) {
    if (!w) continue;
    if (w.length % 2 !== 0) throw new Error(`${name} has odd length ${w.length}`);
    let prevEnd = 0;
    for (let i = 0; i < w.length; i += 2) {
      const start = w[i]!;
      const end = w[i + 1]!;
      if (start < prevEnd || end <= start || end > n) throw new Error(`${name}: word ${i / 2} [${start}, ${end}) is out of order or outside the text`);
      prevEnd = end;
    }
  }
}
