/**
 * The per-version lint cache: the canon check reused from the previous version (only the paragraphs
 * around an edit judged again) must equal a full check, after any sequence of edits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../src/core/parse/parse';
import { getLints, getLintState, type LintState } from '../../src/core/features/diagnostics';
import { changedRange, editWindow, type EditLike } from '../../src/core/canon/editWindow';
import { generateCorpus } from '../../bench/corpus';
import { canonOf } from '../canon/helpers';
import { mutationArb } from '../robustness/fuzz';

const corpus = generateCorpus({ words: 400, seed: 3, canonSize: 60, misspellRate: 0.3, isEnglish: () => false });
const canon = canonOf(corpus.canon.text);
const env = { canon };
const header = 'My Title\nRenRuki One-shot/ Drabble\nCharacters: Rukia, Renji\n\n';

/** Typing and deleting, plus the mutations the robustness tests use (breaks, quotes, notes, CR...). */
const editArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), insert: fc.constantFrom('', 'e', 'th', ' ', 'X', '\n', '\n\n', 'Rukai ') }) },
  { weight: 1, arbitrary: mutationArb },
);

function apply(text: string, m: { at: number; del: number; insert: string }): { text: string; edit: EditLike } {
  const start = m.at % (text.length + 1);
  const end = Math.min(text.length, start + m.del);
  return { text: text.slice(0, start) + m.insert + text.slice(end), edit: { start, end, text: m.insert } };
}

test('lints reused across a random sequence of single edits equal a full check', () => {
  fc.assert(
    fc.property(fc.boolean(), fc.array(editArb, { minLength: 1, maxLength: 20 }), (withHeader, ms) => {
      let text = (withHeader ? header : '') + corpus.text;
      let state: LintState = getLintState(parse(text), env);
      for (const m of ms) {
        const next = apply(text, m);
        text = next.text;
        const model = parse(text);
        state = getLintState(model, env, { state, edits: [next.edit] });
        assert.deepStrictEqual(state.lints, getLints(model, env));
      }
    }),
    { numRuns: 150 },
  );
});

test('lints reused across a batch of edits (each on the text the previous one left) equal a full check', () => {
  fc.assert(
    fc.property(fc.array(editArb, { minLength: 1, maxLength: 6 }), (ms) => {
      let text = corpus.text;
      const first = getLintState(parse(text), env);
      const edits: EditLike[] = [];
      for (const m of ms) {
        const next = apply(text, m);
        text = next.text;
        edits.push(next.edit);
      }
      const model = parse(text);
      assert.deepStrictEqual(getLintState(model, env, { state: first, edits }).lints, getLints(model, env));
    }),
    { numRuns: 150 },
  );
});

test('a typo typed into a paragraph is found, and fixing it removes it, reusing the rest', () => {
  const name = corpus.canon.entries.filter((e) => !e.term).flatMap((e) => e.words).find((w) => /^[A-Z][a-z]{5,}$/.test(w))!;
  const typo = name.slice(0, 2) + name[3] + name[2] + name.slice(4); // a transposition
  let text = `${corpus.text}\n\nFirst ${typo} came.\n\nThen ${name} left.\n`;
  let state = getLintState(parse(text), env);
  const first = state.canon.lints[0];
  const before = state.lints.length;
  const at = text.lastIndexOf(name);
  text = text.slice(0, at) + typo + text.slice(at + name.length);
  state = getLintState(parse(text), env, { state, edits: [{ start: at, end: at + name.length, text: typo }] });
  assert.ok(first && first.start < at && state.canon.lints[0] === first, 'the lints before the edit are reused, not recomputed');
  assert.equal(state.lints.length, before + 1);
  assert.ok(state.lints.some((l) => l.start === at && (l.data as { word: string }).word === typo));
  text = text.slice(0, at) + name + text.slice(at + typo.length);
  state = getLintState(parse(text), env, { state, edits: [{ start: at, end: at + typo.length, text: name }] });
  assert.equal(state.lints.length, before);
});

test('a different canon or severity setting is never served from the previous state', () => {
  const text = `${corpus.text}\n\nRukai ran.\n`;
  const model = parse(text);
  const state = getLintState(model, env);
  const other = { canon: canonOf('Rukia Kuchiki\n') };
  const edit = { start: text.length, end: text.length, text: '' };
  assert.deepStrictEqual(getLintState(model, other, { state, edits: [edit] }).lints, getLints(model, other));
  const off = { canon, severities: { 'canon.misspelled-name': 'off' as const } };
  assert.deepStrictEqual(getLintState(model, off, { state, edits: [edit] }).lints, getLints(model, off));
});

test('changedRange is the envelope of edits applied in order', () => {
  const cases: { edits: EditLike[]; want: ReturnType<typeof changedRange> }[] = [
    { edits: [], want: undefined },
    { edits: [{ start: 5, end: 5, text: 'ab' }], want: { start: 5, oldEnd: 5, newEnd: 7 } },
    { edits: [{ start: 5, end: 9, text: '' }], want: { start: 5, oldEnd: 9, newEnd: 5 } },
    // Second edit before the first: the first moves right by 1.
    { edits: [{ start: 10, end: 10, text: 'x' }, { start: 2, end: 2, text: 'y' }], want: { start: 2, oldEnd: 10, newEnd: 12 } },
    // Second edit after the first, in the first one's new coordinates.
    { edits: [{ start: 2, end: 4, text: '' }, { start: 8, end: 9, text: 'zz' }], want: { start: 2, oldEnd: 11, newEnd: 10 } },
    { edits: [{ start: 3, end: 1, text: '' }], want: undefined },
  ];
  for (const { edits, want } of cases) assert.deepStrictEqual(changedRange(edits), want, JSON.stringify(edits));
});

test('editWindow widens to blank lines (LF, CRLF, CR, blank lines holding spaces)', () => {
  const cases: { text: string; at: string; window: [string, string] }[] = [
    { text: 'one\n\ntwo three\nfour\n\nfive', at: 'three', window: ['two', '\n\nfive'] },
    { text: 'one\r\n \r\ntwo three\r\n\r\nfive', at: 'three', window: ['two', '\r\n\r\nfive'] },
    { text: 'one\r\rtwo three\r\rfive', at: 'three', window: ['two', '\r\rfive'] },
    { text: 'one two three', at: 'two', window: ['one', ''] },
  ];
  for (const { text, at, window } of cases) {
    const start = text.indexOf(at);
    const w = editWindow(text, { start, oldEnd: start + 1, newEnd: start + 1 });
    assert.equal(w.start, window[0] === 'one' ? 0 : text.indexOf(window[0]), JSON.stringify(text));
    assert.equal(w.end, window[1] === '' ? text.length : text.lastIndexOf(window[1]), JSON.stringify(text));
  }
});
