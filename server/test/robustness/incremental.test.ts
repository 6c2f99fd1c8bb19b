/** Incremental re-analysis equals a full parse, after any sequence of edits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../src/core/parse/parse';
import { reparse, type TextEdit } from '../../src/core/parse/incremental';
import { FicDocument } from '../../src/lsp/documents';
import { analyse } from '../../src/lsp/openFic';
import type { FicModel } from '../../src/core/model';
import { PartsOnly } from '../partsOnly';
import { mutationArb, smallFic } from './fuzz';

/** Typing: a few letters or spaces inserted, or a few characters deleted, anywhere. */
const typingArb = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 3 }),
  insert: fc.constantFrom('', 'e', 'th', ' ', 'ing', 'X', '7'),
});

const editArb = fc.oneof({ weight: 3, arbitrary: typingArb }, { weight: 1, arbitrary: mutationArb });

function toEdit(text: string, m: { at: number; del: number; insert: string }): TextEdit {
  const start = m.at % (text.length + 1);
  return { start, end: Math.min(text.length, start + m.del), text: m.insert };
}

test('reparse after each of a random sequence of edits equals parse of the new text', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 8 }), fc.array(editArb, { minLength: 1, maxLength: 25 }), (seed, ms) => {
      let text = smallFic(seed);
      let model = parse(text);
      for (const m of ms) {
        const edit = toEdit(text, m);
        text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
        model = reparse(model, edit, text);
        assert.deepStrictEqual(model, parse(text));
      }
    }),
    { numRuns: 200 },
  );
});

/** The model with its source left out (a source is compared by the text it reads). */
function comparable(model: FicModel): object {
  return { ...model, source: model.source.slice(0, model.source.length) };
}

for (const [name, keepRemoved] of [
  ['reparse of a source that is not a string (old text unreadable, removed text given) equals parse', true],
  ['the same with no removed text given (a deletion near a note is assumed to remove a bracket)', false],
] as const) {
  test(name, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(editArb, { minLength: 1, maxLength: 25 }), (seed, ms) => {
        let text = smallFic(seed);
        let model = reparse(parse(text), { start: 0, end: 0, text: '' }, new PartsOnly(text));
        for (const m of ms) {
          const e = toEdit(text, m);
          const edit = keepRemoved ? { ...e, removed: text.slice(e.start, e.end) } : e;
          text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
          model = reparse(model, edit, new PartsOnly(text));
          assert.deepStrictEqual(comparable(model), comparable(parse(text)));
        }
      }),
      { numRuns: 150 },
    );
  });
}

test('typing in a paragraph never reads the whole new text (the model makes it only when asked)', () => {
  let text = smallFic(3).repeat(20);
  let model = parse(text);
  let fast = 0;
  for (let k = 0; k < 40; k++) {
    // A letter at the start of a story paragraph that has one before it, the paragraph a typist is in.
    const prose = model.paragraphs.filter((p, i) => p.kind === 'prose' && i > 0 && model.paragraphs[i - 1]!.kind === 'prose');
    const at = prose[(k * 7) % prose.length]!.start;
    text = text.slice(0, at) + 'e' + text.slice(at);
    const source = new PartsOnly(text);
    model = reparse(model, { start: at, end: at, text: 'e' }, source);
    const before = source.wholeReads;
    if (before === 0) fast++;
    assert.equal(model.text, text);
    assert.equal(model.text, text);
    assert.equal(source.wholeReads, before === 0 ? 1 : before, 'the text is made once, on first read');
  }
  assert.equal(fast, 40, `${fast} of 40 edits reparsed without the whole text`);
});

test('reparse of a batch of edits (each on the text left by the previous) equals parse', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 8 }), fc.array(editArb, { minLength: 2, maxLength: 5 }), (seed, ms) => {
      const before = smallFic(seed);
      let text = before;
      const edits = ms.map((m) => {
        const edit = toEdit(text, m);
        text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
        return edit;
      });
      assert.deepStrictEqual(reparse(parse(before), edits, text), parse(text));
    }),
    { numRuns: 100 },
  );
});

test('typing inside a long story paragraph takes the fast path (spans before the edit are reused)', () => {
  const sentence = 'Rukia walked along the outer wall, counting the lanterns one by one. ';
  const story = `"Wait," she said.\n\n${sentence.repeat(6)}\n\nThe end came quickly.\n`;
  const previous = parse(story);
  const at = story.indexOf('lanterns', story.indexOf('\n\n') + 200) + 3;
  const text = story.slice(0, at) + 'x' + story.slice(at);
  const next = reparse(previous, { start: at, end: at, text: 'x' }, text);
  assert.deepStrictEqual(next, parse(text));
  assert.ok(previous.paragraphs.length > 0 && next.paragraphs[0] === previous.paragraphs[0], 'the first paragraph is the same object');
});

for (const [name, consume] of [
  ['the server document store feeds incremental analysis the right edits', false],
  ['the same, each previous model consumed as the server does (word arrays edited in place)', true],
] as const) {
  test(name, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.array(typingArb, { minLength: 1, maxLength: 2 }), { maxLength: 10 }), (seed, batches) => {
        const doc = new FicDocument('file:///a.fic', 'fic', 1, smallFic(seed));
        let previous = { document: doc, revision: doc.revision, model: parse(doc.getText()) };
        batches.forEach((batch, i) => {
          const changes = batch.map((m) => {
            const e = toEdit(doc.getText(), m);
            return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.text };
          });
          doc.update(changes, i + 2);
          const model = analyse(doc, previous, consume);
          assert.deepStrictEqual(comparable(model), comparable(parse(doc.getText())));
          previous = { document: doc, revision: doc.revision, model };
        });
      }),
      { numRuns: 100 },
    );
  });
}

test('an edit after a tag the end of the text cuts short re-reads it (found by the property above)', () => {
  // `<hr>` typed at the start, then `r>` deleted: `<hEmbers…` is one unfinished tag to the end of the text,
  // so AO3 counts no word; an edit further on must not count its paragraph again.
  let text = smallFic(1);
  let model = reparse(parse(text), { start: 0, end: 0, text: '' }, new PartsOnly(text));
  for (const e of [{ start: 0, end: 0, text: '<hr>' }, { start: 2, end: 4, text: '' }, { start: 464, end: 464, text: '' }]) {
    const edit = { ...e, removed: text.slice(e.start, e.end) };
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
    model = reparse(model, edit, new PartsOnly(text));
    assert.deepStrictEqual(comparable(model), comparable(parse(text)));
  }
  assert.equal(model.ao3Words?.length, 0);
});

test('the last markup taken out of a fic reads it as plain text again (found by the property above)', () => {
  // Seed -308324059: `<hr>` at the start of a paragraph, then its `<` deleted; the fic held no other
  // markup, so the full parse has no AO3 reading, and the reparse kept the old one.
  const base = 'Title\n\nShe walked in.\n\nThe rain fell.\n\nIt was late.\n';
  const at = base.indexOf('The rain');
  for (const [inserted, cut] of [['<hr>', 0], ['<i>', 1], ['&amp;', 1], ['<hr>', 3]] as const) {
    const before = base.slice(0, at) + inserted + base.slice(at);
    const text = before.slice(0, at + cut) + before.slice(at + cut + 1);
    const edit = { start: at + cut, end: at + cut + 1, text: '', removed: before[at + cut]! };
    const full = parse(text);
    assert.deepStrictEqual(reparse(parse(before), edit, text), full, `${inserted} without its unit ${cut}`);
    assert.deepStrictEqual(comparable(reparse(parse(before), edit, new PartsOnly(text))), comparable(full), inserted);
  }
  // Markup left elsewhere: the text is still read as HTML.
  const two = base.replace('It was', '<i>It</i> was');
  const twoAt = two.indexOf('The rain');
  const before = two.slice(0, twoAt) + '<hr>' + two.slice(twoAt);
  const text = before.slice(0, twoAt) + before.slice(twoAt + 1);
  const model = reparse(parse(before), { start: twoAt, end: twoAt + 1, text: '', removed: '<' }, text);
  assert.deepStrictEqual(model, parse(text));
  assert.ok(model.ao3Words);
});

test('the first markup typed into a plain fic reads the rest as AO3 does (a NUL joins a word in HTML)', () => {
  // Found by the property test above (seed 1001077046): the plain reading splits `T\0his`, AO3's does not.
  const before = 'Title\n\nShe walked in.\n\nThe rain fell.\n\nA/N: T\u0000his was for a prompt.\n';
  const at = before.indexOf('The rain');
  for (const inserted of ['<hr>', '<i>', '&amp;']) {
    const text = before.slice(0, at) + inserted + before.slice(at);
    const edit = { start: at, end: at, text: inserted, removed: '' };
    assert.deepStrictEqual(comparable(reparse(parse(before), edit, new PartsOnly(text))), comparable(parse(text)), inserted);
    assert.deepStrictEqual(reparse(parse(before), edit, text), parse(text), inserted);
  }
});
