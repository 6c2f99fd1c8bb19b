import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fic, ficProcess, tempTree } from './helpers';
import { chapters, drabble, roof, roofCounts } from './fixtures';

const row = (line: string) => line.trim().split(/\s{2,}/);

test('fic count: one file, a table with story/notes/header/headings/total and no total row', () => {
  const dir = tempTree({ 'roof.fic': roof });
  const r = fic(['count', 'roof.fic'], dir);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.deepEqual(row(lines[0]!), ['File', 'Story', 'Notes', 'Header', 'Headings', 'Total']);
  const c = roofCounts;
  assert.deepEqual(row(lines[1]!), ['roof.fic', ...[c.story, c.notes, c.header, c.headings, c.total].map(String)]);
  assert.equal(lines.length, 2);
  // Aligned: every number column ends at the same place on every line.
  const ends = lines.map((l) => l.length);
  assert.equal(new Set(ends).size, 1, `lines end together:\n${r.stdout}`);
});

test('fic count: several files get a total row; headings and targets show up', () => {
  const dir = tempTree({ 'roof.fic': roof, 'chapters.fic': chapters, 'snow.fic': drabble });
  const r = fic(['count', 'roof.fic', 'chapters.fic', 'snow.fic'], dir);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n').map(row);
  assert.deepEqual(lines[0], ['File', 'Story', 'Notes', 'Header', 'Headings', 'Total', 'Target']);
  const [, roofRow, chapterRow, snowRow, totalRow] = lines;
  assert.deepEqual(roofRow, ['roof.fic', '42', '20', '22', '0', '84']);
  // chapters.fic: header 4 (`Two Chapters`, `Fandom: Bleach`), headings 4 + 4, story 9 + 6.
  assert.deepEqual(chapterRow, ['chapters.fic', '15', '0', '4', '8', '27']);
  // snow.fic: a drabble (target 100), story 9.
  assert.deepEqual(snowRow, ['snow.fic', '9', '0', '4', '0', '13', '100']);
  assert.deepEqual(totalRow, ['Total', '66', '20', '30', '8', '124']);
});

test('fic count --json: per file and total, numbers only', () => {
  const dir = tempTree({ 'roof.fic': roof, 'snow.fic': drabble });
  const r = fic(['count', '--json', 'roof.fic', 'snow.fic'], dir);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.files[0], { file: 'roof.fic', ...roofCounts });
  assert.deepEqual(out.files[1], { file: 'snow.fic', story: 9, notes: 0, header: 4, headings: 0, total: 13, target: 100 });
  assert.deepEqual(out.total, { story: 51, notes: 20, header: 26, headings: 0, total: 97 });
});

test('fic count --target sets a goal like the setting; the document\'s own target wins', () => {
  const dir = tempTree({ 'roof.fic': roof, 'snow.fic': drabble });
  const r = fic(['count', '--json', '--target', '500', 'roof.fic', 'snow.fic'], dir);
  const out = JSON.parse(r.stdout);
  assert.equal(out.files[0].target, 500);
  assert.equal(out.files[1].target, 100);
});

test('fic count counts a file with CRLF line ends the same, and a long file in full', () => {
  const dir = tempTree({ 'crlf.fic': roof.replace(/\n/g, '\r\n'), 'long.fic': 'Long\n\n' + 'word '.repeat(300_000) });
  const r = fic(['count', '--json', 'crlf.fic', 'long.fic'], dir);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.files[0], { file: 'crlf.fic', ...roofCounts });
  assert.equal(out.files[1].total, 300_001);
});

test('the bundled CLI prints the same table', () => {
  const dir = tempTree({ 'roof.fic': roof });
  const r = ficProcess(['count', 'roof.fic'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(row(r.stdout.trimEnd().split('\n')[1]!), ['roof.fic', '42', '20', '22', '0', '84']);
});
