import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocumentSymbols, type FicSymbol } from '../../src/core/features/documentSymbols';
import { model } from '../count/helpers';
import { ficModel, ficText } from '../count/fixture';

/** `kind name (detail)` with children indented, the shape of the outline. */
function outline(symbols: readonly FicSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name} (${s.detail})`, ...outline(s.children, depth + 1)]);
}

test('outline: title, notes, chapters with scenes, inline note inside its scene, with word counts', () => {
  assert.deepEqual(outline(getDocumentSymbols(ficModel())), [
    'title The Long Way Round (19 words)',
    'note A/N — “For the rain prompt” (6 words)',
    'chapter Chapter 1: Rain (16 words)',
    "  scene Scene 1 — “She didn't mind the rain…” (10 words)",
    '    note A/N — “she did” (4 words)',
    '  scene Scene 2 — “We\'re nearly there, Ron said” (5 words)',
    'chapter Chapter 2 (3 words)',
    '  scene Scene 1 — “The kettle sang” (3 words)',
    'note A/N — “Thanks for reading” (5 words)',
  ]);
});

test('every selection range lies in its range, every child in its parent', () => {
  const check = (s: FicSymbol, parent?: FicSymbol) => {
    assert.ok(s.start <= s.selectionStart && s.selectionStart <= s.selectionEnd && s.selectionEnd <= s.end, s.name);
    if (parent) assert.ok(parent.start <= s.start && s.end <= parent.end, `${s.name} in ${parent.name}`);
    s.children.forEach((c) => check(c, s));
  };
  getDocumentSymbols(ficModel()).forEach((s) => check(s));
  const [title] = getDocumentSymbols(ficModel());
  assert.equal(ficText.slice(title.selectionStart, title.selectionEnd), 'The Long Way Round');
});

test('a headerless single-chapter fic lists its scenes at the top level', () => {
  const text = 'Rain fell on the roof.\n\n* * *\n\nShe waited, and waited, and waited for him.\n';
  const brk = text.indexOf('* * *');
  const second = text.indexOf('She');
  const m = model(text, {
    storyStart: 0,
    breaks: ['* * *'],
    scenes: [
      { span: { start: 0, end: brk }, chapter: 0 },
      { span: { start: second, end: text.length }, chapter: 0 },
    ],
  });
  assert.deepEqual(outline(getDocumentSymbols(m)), [
    'scene Scene 1 — “Rain fell on the roof” (5 words)',
    'scene Scene 2 — “She waited, and waited, and…” (8 words)',
  ]);
});

test('one word is "1 word"; an empty document has no symbols', () => {
  const m = model('Hi', { storyStart: 0, scenes: [{ span: { start: 0, end: 2 }, chapter: 0 }] });
  assert.deepEqual(outline(getDocumentSymbols(m)), ['scene Scene 1 — “Hi” (1 word)']);
  assert.deepEqual(getDocumentSymbols(model('')), []);
});
