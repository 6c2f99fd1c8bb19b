import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getFoldingRanges } from '../../src/core/features/foldingRanges';
import { model } from '../count/helpers';
import { ficModel, ficText } from '../count/fixture';

/** A fold as `kind: first line … last line` of text, so expectations read like the fixture. */
function show(text: string, f: { start: number; end: number; kind?: string }): string {
  const body = text.slice(f.start, f.end);
  const lines = body.split('\n');
  return `${f.kind ?? 'header'}: ${lines[0]}${lines.length > 1 ? ` … ${lines[lines.length - 1]}` : ''}`;
}

test('folds: header, each block note as comment, chapters as regions, scenes of a multi-scene chapter', () => {
  assert.deepEqual(getFoldingRanges(ficModel()).map((f) => show(ficText, f)), [
    'header: The Long Way Round … Summary: A short walk home.',
    'comment: A/N: For the rain prompt.',
    'region: Chapter 1: Rain … "We\'re nearly there," Ron said.',
    "region: She didn't mind the rain (A/N: she did) as much as he'd thought.",
    'region: "We\'re nearly there," Ron said.',
    'region: Chapter 2 … The kettle sang.',
    'comment: A/N: Thanks for reading!',
  ]);
});

test('folds never start at the same offset and never end on blank space', () => {
  const folds = getFoldingRanges(ficModel());
  const starts = folds.map((f) => f.start);
  assert.equal(new Set(starts).size, starts.length);
  for (const f of folds) assert.match(ficText[f.end - 1], /\S/);
});

test('a single-scene fic with no heading folds only its notes', () => {
  const text = 'Rain fell.\n\nShe waited.\n\nA/N: Thanks!\nSee you.\n';
  const m = model(text, {
    storyStart: 0,
    storyEnd: text.indexOf('A/N'),
    notes: [{ span: { start: text.indexOf('A/N'), end: text.length }, position: 'end' }],
    scenes: [{ span: { start: 0, end: text.indexOf('A/N') }, chapter: 0 }],
  });
  assert.deepEqual(getFoldingRanges(m).map((f) => show(text, f)), ['comment: A/N: Thanks! … See you.']);
});

test('an empty model folds nothing', () => {
  assert.deepEqual(getFoldingRanges(model('')), []);
});
