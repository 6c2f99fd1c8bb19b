/**
 * A JSON array of numbers held as a `Uint32Array`, for replies too large to make as a plain array (the
 * semantic tokens of a 1M-word fic are ~650k numbers: as a JS array, then as a JSON string, ~20 MB of
 * garbage per request). The stdio writer (`node/messageWriter.ts`) writes it straight from the typed
 * array in bounded chunks; any other serializer (Node IPC's `process.send`, a test's `JSON.stringify`)
 * calls `toJSON` and gets the plain array, so the reply is the same JSON whatever the transport.
 */
export class JsonNumbers {
  /** `values` must not change after this (hand a copy when the owner edits it in place). */
  constructor(readonly values: Uint32Array) {}

  get length(): number {
    return this.values.length;
  }

  toJSON(): number[] {
    return Array.from(this.values);
  }
}
