/**
 * Outline and folding are linear in the number of chapters: doubling the chapters of a fic doubles the
 * work, counted as operations (units of text read, elements of the model's arrays read), never timed.
 * A fic of 96k short chapters once took a minute for its outline: any scan per chapter shows up here
 * as a ratio near 4 instead of 2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FicModel, TextSource } from '../../src/core/model';
import { parse } from '../../src/core/parse/parse';
import { getDocumentSymbols } from '../../src/core/features/documentSymbols';
import { getFoldingRanges } from '../../src/core/features/foldingRanges';

/** A text that counts the units every read costs. */
class CountingSource implements TextSource {
  units = 0;
  constructor(private readonly text: string) {}
  get length(): number {
    return this.text.length;
  }
  charCodeAt(i: number): number {
    this.units++;
    return this.text.charCodeAt(i);
  }
  slice(start: number, end: number): string {
    this.units += Math.max(1, end - start);
    return this.text.slice(start, end);
  }
  indexOf(search: string, position: number): number {
    const at = this.text.indexOf(search, position);
    this.units += (at < 0 ? this.text.length : at) - position + 1;
    return at;
  }
}

/** `array` counting every element read into `counter.reads`. */
function counting<T extends object>(array: T, counter: { reads: number }): T {
  return new Proxy(array, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) counter.reads++;
      // Array methods run on the proxy (their element reads are counted too); a typed array's need the array.
      const value = Reflect.get(target, key, ArrayBuffer.isView(target) ? target : receiver);
      return typeof value === 'function' && ArrayBuffer.isView(target) ? value.bind(target) : value;
    },
  });
}

/** `model` read through counters: text units and array elements. */
function instrumented(model: FicModel): { model: FicModel; ops: () => number } {
  const source = new CountingSource(model.text);
  const counter = { reads: 0 };
  const arrays = ['paragraphs', 'notes', 'headings', 'chapters', 'breaks', 'scenes', 'quotes', 'unclosed', 'words'] as const;
  const out: Record<string, unknown> = { ...model, source };
  for (const key of arrays) out[key] = counting(model[key] as object, counter);
  Object.defineProperty(out, 'text', { get: () => model.text });
  return { model: out as unknown as FicModel, ops: () => source.units + counter.reads };
}

const shapes: { name: string; header: string; chapter: (i: number) => string }[] = [
  { name: 'short chapters', header: '', chapter: (i) => `Chapter ${i}\n\nShe ran.\n\n` },
  { name: 'chapters with scenes and notes', header: 'A Title\n\nSummary: a test.\n\n', chapter: (i) => `Chapter ${i}: The Roof\n\nA/N: thanks\n\n"Hi," she said.\n\n* * *\n\nHe hid (A/N: sorry).\n\n` },
  { name: 'markdown headings, no body', header: 'T\n\n', chapter: (i) => `# Part ${i}\n\n` },
  { name: 'headings in one run of lines', header: '', chapter: (i) => `Chapter ${i}\nOne line.\n` },
];

for (const shape of shapes) {
  test(`outline and folding of ${shape.name}: twice the chapters, about twice the work`, () => {
    const work = (chapters: number) => {
      let text = shape.header;
      for (let i = 1; i <= chapters; i++) text += shape.chapter(i);
      const parsed = parse(text);
      const symbols = instrumented(parsed);
      const outline = getDocumentSymbols(symbols.model);
      const folds = instrumented(parsed);
      getFoldingRanges(folds.model);
      return { symbols: symbols.ops(), folds: folds.ops(), chapters: parsed.chapters.length, outline: outline.length };
    };
    const small = work(1500);
    const large = work(3000);
    assert.ok(large.chapters >= 2 * small.chapters - 2, `${shape.name}: ${small.chapters} → ${large.chapters} chapters`);
    // Linear work doubles (binary searches add a log factor: a few percent); quadratic work quadruples.
    const symbolRatio = large.symbols / small.symbols;
    const foldRatio = large.folds / small.folds;
    assert.ok(symbolRatio < 2.3, `outline work grew ${symbolRatio.toFixed(2)}× (${small.symbols} → ${large.symbols} operations)`);
    assert.ok(foldRatio < 2.3, `folding work grew ${foldRatio.toFixed(2)}× (${small.folds} → ${large.folds} operations)`);
  });
}
