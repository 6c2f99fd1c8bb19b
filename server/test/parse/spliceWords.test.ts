/** `spliceWords`: copying and in-place splicing give the same spans; in place reuses the buffer when it fits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spliceWords } from '../../src/core/parse/shift';

const cases: { name: string; words: number[]; oldStart: number; oldEnd: number; middle: number[]; delta: number; expected: number[] }[] = [
  { name: 'same count (typing inside a word)', words: [0, 3, 4, 8, 10, 12], oldStart: 4, oldEnd: 9, middle: [4, 9], delta: 1, expected: [0, 3, 4, 9, 11, 13] },
  { name: 'one word more', words: [0, 3, 4, 8, 10, 12], oldStart: 4, oldEnd: 9, middle: [4, 5, 6, 9], delta: 1, expected: [0, 3, 4, 5, 6, 9, 11, 13] },
  { name: 'one word fewer', words: [0, 3, 4, 5, 6, 9, 11, 13], oldStart: 4, oldEnd: 10, middle: [4, 8], delta: -1, expected: [0, 3, 4, 8, 10, 12] },
  { name: 'at the start', words: [2, 5, 6, 9], oldStart: 0, oldEnd: 5, middle: [0, 1, 3, 6], delta: 1, expected: [0, 1, 3, 6, 7, 10] },
  { name: 'at the end, nothing after', words: [0, 3, 4, 8], oldStart: 4, oldEnd: 8, middle: [], delta: -4, expected: [0, 3] },
  { name: 'empty', words: [], oldStart: 0, oldEnd: 0, middle: [0, 2], delta: 2, expected: [0, 2] },
];

for (const c of cases) {
  test(`spliceWords: ${c.name}`, () => {
    const copied = Uint32Array.from(c.words);
    assert.deepEqual([...spliceWords(copied, c.oldStart, c.oldEnd, Uint32Array.from(c.middle), c.delta)], c.expected);
    assert.deepEqual([...copied], c.words, 'the copying splice leaves its input alone');
    // In place: first from an exact-size array (no room: a new array with room), then into that room.
    const first = spliceWords(Uint32Array.from(c.words), c.oldStart, c.oldEnd, Uint32Array.from(c.middle), c.delta, true);
    assert.deepEqual([...first], c.expected);
    const roomy = new Uint32Array(c.words.length + 8);
    roomy.set(c.words);
    const view = roomy.subarray(0, c.words.length);
    const again = spliceWords(view, c.oldStart, c.oldEnd, Uint32Array.from(c.middle), c.delta, true);
    assert.deepEqual([...again], c.expected);
    assert.equal(again.buffer, roomy.buffer, 'the buffer with room is reused');
  });
}
