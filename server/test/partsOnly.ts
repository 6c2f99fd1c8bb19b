/** A `TextSource` that is not a string (as the server's document buffer is not), for tests. */
import type { FicModel, TextSource } from '../src/core/model';

/** Reads a string a part at a time, counting reads of all of it. */
export class PartsOnly implements TextSource {
  wholeReads = 0;
  constructor(private readonly text: string) {}
  get length(): number {
    return this.text.length;
  }
  charCodeAt(i: number): number {
    return this.text.charCodeAt(i);
  }
  indexOf(search: string, position: number): number {
    return this.text.indexOf(search, position);
  }
  slice(start: number, end: number): string {
    if (start <= 0 && end >= this.text.length && this.text.length > 0) this.wholeReads++;
    return this.text.slice(start, end);
  }
}

/** `model` read through a `PartsOnly` source, with a `text` that throws: a feature must use `source`. */
export function partsOnlyModel(model: FicModel): FicModel & { source: PartsOnly } {
  const out = { ...model, source: new PartsOnly(model.text) };
  Object.defineProperty(out, 'text', {
    get() {
      throw new Error('model.text read');
    },
  });
  return out;
}
