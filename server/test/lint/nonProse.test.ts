/**
 * The prose check keeps the paragraphs that are not prose (to tell, at the next keystroke, whether its
 * findings outside the edit still hold). It finds them from the model's lists (header, notes, headings,
 * breaks) rather than by a walk over every paragraph: they must be exactly the paragraphs whose kind is not
 * prose, for any text and after any incremental reparse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from '../../src/core/parse/parse';
import { reparseChanged } from '../../src/core/parse/incremental';
import { flatNonProse } from '../../src/core/features/proseLints';
import type { FicModel } from '../../src/core/model';
import { generateCorpus } from '../../bench/corpus';
import { mutationArb, applyMutation } from '../robustness/fuzz';

const kinds = ['', 'title', 'tags', 'field', 'note', 'heading', 'break', 'prose'];

/** The non-prose paragraphs by a walk over every paragraph, as `[start, end, kind]` rows. */
function walked(model: FicModel): [number, number, string][] {
  return model.paragraphs.filter((p) => p.kind !== 'prose').map((p) => [p.start, p.end, p.kind]);
}

function fromLists(model: FicModel): [number, number, string][] {
  const flat = flatNonProse(model);
  const rows: [number, number, string][] = [];
  for (let i = 0; i < flat.length; i += 3) rows.push([flat[i]!, flat[i + 1]!, kinds[flat[i + 2]!]!]);
  return rows;
}

const texts: [string, string][] = [
  ['Title: T\nRating: T\nFandom: F\n\nA/N: top note.\n\nChapter 1\n\nHe ran.\n\n* * *\n\nShe ran.\n\nA/N: end.', 'a header, a top note, a heading, a break, an end note'],
  ['A/N: a note before the header.\n\nMy Title\n\nRen/Ruki, One-shot\n\nSummary: s\n\nHe ran.', 'a note before a header and its tags line'],
  ['Chapter 1\n\n# Chapter 2\n\n***\n\n<hr>\n\nText.\n\nChapter 3', 'headings and breaks before any prose, and one at the end'],
  ['Just prose.\n\nMore prose.', 'no header, no note'],
  ['', 'an empty text'],
  ['A/N: only a note.\n\nStill the note?', 'nothing but notes'],
  ['Text (A/N: inline note) goes on.\n\n[A/N: bracketed\n\nover two paragraphs]\n\nText.', 'inline and bracketed notes'],
  ['Title: T\r\n\r\nChapter 1\r\n\r\nText.\r\n\r\n~~~\r\n\r\nText.', 'CRLF'],
];
for (const [text, why] of texts) {
  test(`the non-prose paragraphs from the model's lists: ${why}`, () => {
    const model = parse(text);
    assert.deepEqual(fromLists(model), walked(model));
  });
}

test('the non-prose paragraphs from the model\'s lists, on generated fics and the prose fixtures', () => {
  const all: string[] = [];
  for (let seed = 1; seed <= 4; seed++) all.push(generateCorpus({ words: 6_000, seed, canonSize: 40, isEnglish: () => false }).text);
  const dir = join(__dirname, '../fixtures/prose');
  for (const f of readdirSync(dir)) if (!f.endsWith('.ts')) all.push(readFileSync(join(dir, f), 'utf8'));
  let rows = 0;
  for (const text of all) {
    const model = parse(text);
    const expected = walked(model);
    assert.deepEqual(fromLists(model), expected);
    rows += expected.length;
  }
  assert.ok(rows > 100, `non-prose paragraphs: ${rows}`);
});

test('the non-prose paragraphs from the model\'s lists, after random incremental reparses', () => {
  const start = `Title: T\nRating: T\n\nA/N: hi.\n\n${generateCorpus({ words: 600, seed: 9, canonSize: 20, isEnglish: () => false }).text}`;
  fc.assert(
    fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 12 }), fc.boolean(), (ms, consume) => {
      let text = start;
      let model = parse(text);
      for (const m of ms) {
        const next = applyMutation(text, m);
        model = reparseChanged(model, { start: next.start, end: next.end, text: m.insert }, next.text, { consume }).model;
        text = next.text;
        assert.deepEqual(fromLists(model), walked(model));
      }
    }),
    { numRuns: 120 },
  );
});
