import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, statusText, statusTooltip, targetLine } from '../../src/format';
import { statsPayload } from '../../src/stats/viewModel';
import { summarize } from '../../src/history/summary';
import type { WordCountRequest } from '../../../server/src/protocol';

const base: WordCountRequest.Result = { story: 666, notes: 40, header: 12, total: 718 };
const range = (line: number) => ({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });

test('formatNumber groups thousands the same in every locale', () => {
  for (const [n, want] of [[0, '0'], [999, '999'], [1000, '1,000'], [123456, '123,456'], [1234567, '1,234,567']] as const) {
    assert.equal(formatNumber(n), want);
  }
});

test('statusText: story count, selection, target', () => {
  const cases: [WordCountRequest.Result, number | undefined, string][] = [
    [base, undefined, '666 words'],
    [{ ...base, story: 1 }, undefined, '1 word'],
    [{ ...base, story: 0 }, undefined, '0 words'],
    [base, 12, '12 of 666 words'],
    [{ ...base, story: 98, target: 100 }, undefined, '98/100 words'],
    [{ ...base, story: 98, target: 100 }, 5, '5 of 98 words'],
    [{ ...base, story: 523400 }, undefined, '523,400 words'],
  ];
  for (const [result, selected, want] of cases) assert.equal(statusText(result, selected), want);
});

test('statusTooltip lists story, notes, header, total, and the selection and target when present', () => {
  const tip = statusTooltip({ ...base, target: 700, headings: 4 }, 3);
  for (const row of ['| Story | 666 |', "| Author's notes | 40 |", '| Header | 12 |', '| Total | 718 |', '| Selection | 3 |', '| Chapter headings | 4 |', 'Target 700: 34 words to go.']) {
    assert.ok(tip.includes(row), `missing ${row} in\n${tip}`);
  }
  assert.ok(!statusTooltip(base).includes('Selection'));
  assert.ok(!statusTooltip(base).includes('Target'));
});

test('targetLine says how far off the story is', () => {
  assert.equal(targetLine(100, 100), 'Target 100: exactly on target.');
  assert.equal(targetLine(99, 100), 'Target 100: 1 word to go.');
  assert.equal(targetLine(103, 100), 'Target 100: 3 words over.');
  assert.equal(targetLine(103, 100, true), 'Target 100: 3 words over.');
  assert.equal(targetLine(5012, 5000, false), 'Target 5,000: reached (12 words past it).');
  assert.equal(targetLine(4000, 5000, false), 'Target 5,000: 1,000 words to go.');
});

test('the stats view: a row per chapter and scene with its line, the totals apart, a drabble as an exact target', () => {
  const result: WordCountRequest.Result = {
    ...base,
    headings: 4,
    target: 100,
    targetExact: true,
    chapters: [
      { name: 'Chapter 1: Up | Down', range: range(4), words: 300, scenes: [{ name: 'Scene 1: The wind', range: range(5), words: 120 }, { name: 'Scene 2', range: range(20), words: 180 }] },
      { name: 'Epilogue', range: range(40), words: 366, scenes: [] },
    ],
    mentions: [{ name: 'Rukia Kuchiki', chapters: [3, 1], total: 4 }],
  };
  const p = statsPayload('roof.fic', result, summarize([], '2026-03-01', {}, 666, 0));
  assert.deepEqual(p.totals, { story: 666, notes: 40, header: 12, headings: 4, total: 718 });
  assert.deepEqual(
    p.chapters.map((c) => [c.name, c.line, c.words, c.scenes.map((s) => [s.name, s.line, s.words])]),
    [
      ['Chapter 1: Up | Down', 4, 300, [['Scene 1: The wind', 5, 120], ['Scene 2', 20, 180]]],
      ['Epilogue', 40, 366, []],
    ],
  );
  assert.deepEqual(p.mentions.chapters, ['Chapter 1: Up | Down', 'Epilogue']);
  assert.deepEqual(p.target, { goal: 100, exact: true, story: 666, text: 'Target 100: 566 words over.', ratio: 1, state: 'over' });
  const drabble = statsPayload('d.fic', { ...base, story: 100, target: 100, targetExact: true }, summarize([], '2026-03-01', {}, 100, 0));
  assert.equal(drabble.target!.state, 'exact');
  assert.equal(statsPayload('a.fic', { ...base, target: 5000 }, summarize([], '2026-03-01', {}, 666, 0)).target!.state, 'short');
  assert.deepEqual(statsPayload('a.fic', base, summarize([], '2026-03-01', {}, 666, 0)).mentions, { chapters: ['Story'], rows: [] }, 'no chapters: one slot');
});
