/** `addToAll`: the two-at-a-time offset shift equals the plain one-by-one loop, at any alignment and sign. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addToAll, splice } from '../../src/core/parse/shift';

/** Offsets `0, 7, 14, ...` (a word start and end every few units), `count` of them, after `pad` leading slots. */
function offsets(count: number, pad: number, base: number): Uint32Array {
  const all = new Uint32Array(pad + count);
  for (let i = 0; i < count; i++) all[pad + i] = base + i * 7;
  return all.subarray(pad);
}

const cases: { name: string; count: number; pad: number; base: number; from: number; to: number; delta: number }[] = [
  { name: 'short array (plain loop only)', count: 10, pad: 0, base: 0, from: 3, to: 10, delta: 1 },
  { name: 'long, aligned, +1', count: 1000, pad: 0, base: 0, from: 0, to: 1000, delta: 1 },
  { name: 'long, odd start, -1', count: 1000, pad: 0, base: 5, from: 1, to: 1000, delta: -1 },
  { name: 'view at an odd slot, odd length, -5', count: 999, pad: 1, base: 5, from: 0, to: 999, delta: -5 },
  { name: 'stops before the end', count: 500, pad: 3, base: 0, from: 17, to: 401, delta: 300 },
  { name: 'large offsets, large paste', count: 300, pad: 0, base: 2 ** 31, from: 0, to: 300, delta: 1_000_000 },
  { name: 'large delete down to zero', count: 300, pad: 2, base: 123_456, from: 0, to: 300, delta: -123_456 },
];

for (const c of cases) {
  test(`addToAll: ${c.name}`, () => {
    const fast = offsets(c.count, c.pad, c.base);
    const slow = Uint32Array.from(fast);
    addToAll(fast, c.from, c.to, c.delta);
    for (let k = c.from; k < c.to; k++) slow[k] += c.delta;
    assert.deepEqual([...fast], [...slow]);
  });
}

test('splice: keeps, inserts and moves, whether the result grows or shrinks', () => {
  const items = [1, 2, 3, 4, 5, 6];
  const move = (n: number) => n * 10;
  assert.deepEqual(splice(items, 2, [0], 3, move), [1, 2, 0, 40, 50, 60]);
  assert.deepEqual(splice(items, 2, [0, 0, 0], 3, move), [1, 2, 0, 0, 0, 40, 50, 60]);
  assert.deepEqual(splice(items, 1, [], 4, move), [1, 50, 60]);
  assert.deepEqual(splice(items, 6, [7], 6, move), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(splice([], 0, [7, 8], 0, move), [7, 8]);
  assert.deepEqual(items, [1, 2, 3, 4, 5, 6], 'the input is left alone');
});
