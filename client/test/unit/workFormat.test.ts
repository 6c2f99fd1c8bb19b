import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charactersTable, liveWorkStory, workStatusText, workTooltip, type WorkPlace } from '../../src/work/workFormat';
import type { Work } from '../../../server/src/protocol';

const chapter = (title: string, story: number) => ({ uri: `file:///w/${title}.fic`, title, story, notes: 0, header: 0, headings: 0, total: story });
const work: Work = { id: 'file:///w', title: 'The Quiet Roof', folder: 'file:///w', chapters: [chapter('Up', 1000), chapter('Down', 2000), chapter('End', 500)], story: 3500, notes: 0, header: 0, headings: 0, total: 3500 };

test('the status bar shows the chapter, its count and the live work total', () => {
  const place: WorkPlace = { work, chapter: 1 };
  assert.equal(liveWorkStory(place, 2010), 3510);
  assert.equal(workStatusText(place, '2,010 words', 2010), 'Ch 2/3 · 2,010 words · work 3,510');
  assert.equal(workStatusText({ work: { ...work, target: 60000 }, chapter: 0 }, '1,000 words', 1000), 'Ch 1/3 · 1,000 words · work 3,500/60,000');
});

test('the tooltip lists every chapter, the open one in bold with its live count, titles escaped', () => {
  const tip = workTooltip({ work: { ...work, chapters: [chapter('Up | *bold*', 1000), ...work.chapters.slice(1)] }, chapter: 1 }, 2010);
  assert.match(tip, /\| 1\. Up \\\| \\\*bold\\\* \| 1,000 \|/);
  assert.match(tip, /\| \*\*2\. Down\*\* \| \*\*2,010\*\* \|/);
  assert.match(tip, /\| \*\*Work\*\* \| \*\*3,510\*\* \|/);
});

test('the characters table: most mentioned first, mentions and attributed lines per chapter', () => {
  const table = charactersTable({
    chapters: [
      { uri: 'a', title: 'Up', characters: [{ name: 'Rukia Kuchiki', mentions: 3, lines: 1 }, { name: 'Renji Abarai', mentions: 5, lines: 2 }] },
      { uri: 'b', title: 'Down', characters: [{ name: 'Rukia Kuchiki', mentions: 4, lines: 0 }] },
    ],
  });
  const lines = table.split('\n');
  assert.equal(lines[2], '| Chapter | Rukia Kuchiki | Renji Abarai |');
  assert.equal(lines[4], '| 1. Up | 3 (1) | 5 (2) |');
  assert.equal(lines[5], '| 2. Down | 4 (0) | 0 |');
  assert.equal(lines[6], '| **Work** | **7 (1)** | **5 (2)** |');
  assert.equal(charactersTable({ chapters: [] }), 'No canon characters mentioned yet.');
});
