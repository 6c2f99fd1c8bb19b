/** `detach`: the same string back, for short and long slices, so strings kept across versions stay equal. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detach } from '../../src/core/parse/chars';
import { parse } from '../../src/core/parse/parse';

const text = `Chapter 3: A Title Long Enough To Be A Slice\n\nShe ran.\n\n~*~*~*~*~*~*~*~*~\n\nHe followed, Mississippianlongword.\n`;
for (const [start, end] of [[0, 0], [0, 7], [0, 44], [46, 54], [56, 73], [75, 110]] as const) {
  test(`detach(text.slice(${start}, ${end})) equals the slice`, () => {
    assert.equal(detach(text.slice(start, end)), text.slice(start, end));
  });
}

test('heading titles and break glyphs the parser keeps equal the text they came from', () => {
  const model = parse(text);
  assert.equal(model.headings[0]!.title, 'A Title Long Enough To Be A Slice');
  assert.equal(model.breaks[0]!.glyph, '~*~*~*~*~*~*~*~*~');
});
