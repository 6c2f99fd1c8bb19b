/**
 * The lint state carried over the incremental reparse, as the server does it (`reparseChanged`'s region
 * handed to `getLintState`, the previous state consumed): the posting-limit lints kept and moved, the
 * lints after each edit moved in place, the prose check's paragraphs moved, and the word index carried
 * over must equal a full check (and count) after any sequence of edits, on fics whose notes, summary and
 * chapters are over AO3's limits or near them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../src/core/parse/parse';
import { reparseChanged, type TextEdit } from '../../src/core/parse/incremental';
import { getLints, getLintState, type LintState } from '../../src/core/features/diagnostics';
import { LintCode } from '../../src/core/lint';
import { carryWordIndex, wordIndexOf } from '../../src/core/count/wordIndex';
import { getWordTotals } from '../../src/core/count/wordCounts';
import { canonOf } from '../canon/helpers';

// English spelling on: the check keeps the language its vote read when an edit comes after the sample.
const env = { canon: canonOf('Rukia\nRenji = Abarai Renji\nIchigo\n'), spelling: { enabled: true, language: 'en-US' as const } };

const sentence = (i: number) => `Rukia watched the rain fall on roof number ${i}, and Renji said nothing at all. `;
const paragraph = (i: number, n = 3) => Array.from({ length: n }, (_, k) => sentence(i * 10 + k)).join('');
const longNote = (label: string, chars: number) => `${label} ${'thanks for reading, all of you! '.repeat(Math.ceil(chars / 32))}`.trim();

/** A fic with a header (a long summary), notes over 5,000 characters and chapters with notes around their story. */
function ficOverLimits(): string {
  const parts = [
    'Rain on the Roof',
    'Rating: Teen\nWarnings: none\nSummary: ' + 'It rains for a long time. '.repeat(60),
    longNote('A/N:', 5200),
    'Chapter 1: Rain',
    paragraph(1),
    paragraph(10),
    paragraph(11),
    paragraph(2) + ' (A/N: a note inside the story.) ' + sentence(3),
    '* * *',
    paragraph(4),
    longNote('A/N:', 5100),
    'Chapter 2: Roof',
    longNote('A/N:', 300),
    paragraph(5),
    paragraph(6),
    paragraph(8),
    paragraph(9),
    'Chapter 3',
    paragraph(7),
    longNote('Author\'s Note:', 5050),
  ];
  return parts.join('\n\n') + '\n';
}

/** Mostly typing; now and then a line, a paragraph, a note, a heading, a break or a bracket. */
const insertArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('', 'e', 'th', ' ', 'Rukai ', 'x'.repeat(40)) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '(A/N: hi) ', 'A/N: ', '\n\nChapter 9\n\n', '\n\n* * *\n\n', '[', ')') },
);
const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 8 }), insert: insertArb });

/** Mostly edits in the story (where the writer types), some anywhere. */
function place(text: string, m: { at: number; del: number; insert: string }, anywhere: boolean): TextEdit {
  let start = m.at % (text.length + 1);
  if (!anywhere) {
    // In a sentence of the story: the n-th `roof number`, a few units on.
    const spots: number[] = [];
    for (let at = text.indexOf('roof number'); at >= 0; at = text.indexOf('roof number', at + 1)) spots.push(at);
    if (spots.length > 0) start = spots[m.at % spots.length]! + (m.at % 23);
  }
  const end = Math.min(text.length, start + m.del);
  return { start, end, text: m.insert };
}

function replay(text: string, edits: { at: number; del: number; insert: string; anywhere: boolean }[]): void {
  let model = parse(text);
  let state: LintState = getLintState(model, env);
  for (const m of edits) {
    const edit = place(text, m, m.anywhere);
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    const index = wordIndexOf(model);
    const next = reparseChanged(model, edit, text);
    model = next.model;
    carryWordIndex(index, model, next.changed);
    state = getLintState(model, env, { state, edits: [edit], region: next.changed, consume: true });
    const fresh = parse(text);
    assert.deepStrictEqual(state.lints, getLints(fresh, env));
    assert.deepStrictEqual(getWordTotals(model), getWordTotals(fresh));
  }
}

test('the fixture is over the limits it is meant to test', () => {
  const codes = getLints(parse(ficOverLimits()), env).filter((l) => l.code === LintCode.PostingLimit).map((l) => l.message.slice(0, 30));
  assert.ok(codes.length >= 4, codes.join(' | '));
});

test('posting-limit and prose lints carried over the incremental reparse equal a full check after random edits', () => {
  const text = ficOverLimits();
  fc.assert(
    fc.property(fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 8 }), insert: insertArb, anywhere: fc.nat({ max: 3 }).map((n) => n === 0) }), { minLength: 1, maxLength: 12 }), (edits) => {
      replay(text, edits);
    }),
    { numRuns: 120 },
  );
});

test('a short fic (fewer words than the language vote reads): edits anywhere keep the lints equal to a full check', () => {
  const text = `Rain\n\nChapter 1\n\n${paragraph(1, 2)}\n\n${paragraph(2, 2)}\n`;
  fc.assert(
    fc.property(fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 8 }), insert: insertArb, anywhere: fc.boolean() }), { minLength: 1, maxLength: 10 }), (edits) => replay(text, edits)),
    { numRuns: 60 },
  );
});

test('in a chapter long enough to be rendered, edits keep the posting-limit lints equal to a full check', () => {
  // One chapter of about 300,000 characters: its body is rendered on every version.
  const body = Array.from({ length: 1250 }, (_, i) => paragraph(i)).join('\n\n');
  const text = `Long Rain\n\nRating: Teen\n\n${longNote('A/N:', 5100)}\n\nChapter 1\n\n${body}\n`;
  fc.assert(fc.property(fc.array(editArb.map((m) => ({ ...m, anywhere: false })), { minLength: 1, maxLength: 4 }), (edits) => replay(text, edits)), { numRuns: 6 });
});
