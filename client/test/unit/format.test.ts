import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, reportMarkdown, statusText, statusTooltip, targetLine } from '../../src/format';
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

test('reportMarkdown has a row per chapter and scene with 1-based lines, and escapes pipes', () => {
  const md = reportMarkdown('roof.fic', {
    ...base,
    chapters: [
      { name: 'Chapter 1: Up | Down', range: range(4), words: 300, scenes: [{ name: 'Scene 1: The wind', range: range(5), words: 120 }, { name: 'Scene 2', range: range(20), words: 180 }] },
      { name: 'Epilogue', range: range(40), words: 366, scenes: [] },
    ],
  });
  assert.match(md, /^# Word count — roof\.fic/);
  assert.ok(md.includes('| **Story** | **666** |'));
  assert.ok(md.includes('| **Chapter 1: Up \\| Down** | 5 | **300** |'));
  assert.ok(md.includes('| &nbsp;&nbsp;&nbsp;Scene 1: The wind | 6 | 120 |'));
  assert.ok(md.includes('| &nbsp;&nbsp;&nbsp;Scene 2 | 21 | 180 |'));
  assert.ok(md.includes('| **Epilogue** | 41 | **366** |'));
  assert.ok(!reportMarkdown('a.fic', base).includes('## Chapters'), 'no chapter table without chapters');
});

test('reportMarkdown counts the craft hints per chapter when the server sent them', () => {
  const md = reportMarkdown('roof.fic', {
    ...base,
    chapters: [
      { name: 'Chapter 1', range: range(0), words: 300, scenes: [], hints: { 'craft.filter-word': 3, 'craft.echo-word': 1 } },
      { name: 'Chapter 2', range: range(9), words: 366, scenes: [], hints: {} },
    ],
  });
  assert.ok(md.includes('## Craft hints'));
  assert.ok(md.includes('| Chapter | echo word | filter word |'), md);
  assert.ok(md.includes('| Chapter 1 | 1 | 3 |'));
  assert.ok(md.includes('| Chapter 2 | 0 | 0 |'));
  assert.ok(!reportMarkdown('a.fic', { ...base, chapters: [{ name: 'C', range: range(0), words: 1, scenes: [] }] }).includes('Craft hints'), 'no table when hints are off');
});
