import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fic, tempTree } from './helpers';

const row = (line: string) => line.trim().split(/\s{2,}/);

const work = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  'names.canon': 'Rukia Kuchiki\nRenji Abarai\n',
  'roof/01 Prologue.fic': 'The Quiet Roof\nRenji/Rukia, Multi-chapter\nSummary: Two old friends.\n\nPrologue\n\n"You are late," Renji said.\n',
  'roof/2.fic': 'Chapter 2: Down\n\nRukai went down the stairs.\n',
  'roof/10.fic': 'Chapter 10: End\n\nIt ended there.\n',
};

test('fic count DIR: chapters in natural order, each a row, and the work total', () => {
  const dir = tempTree(work);
  const r = fic(['count', 'roof'], dir);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines[0], 'The Quiet Roof (roof): 3 chapters, 13 words');
  assert.deepEqual(lines.slice(2).map((l) => row(l)[0]), ['roof/01 Prologue.fic', 'roof/2.fic', 'roof/10.fic', 'Work']);
  assert.deepEqual(row(lines[5]!), ['Work', '13', '0', '10', '7', '30']);
});

test('fic count --json DIR: { works: [ { title, chapters: [ { file, story, ... } ], story, ... } ] }', () => {
  const dir = tempTree(work);
  const r = fic(['count', '--json', '.'], dir);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(json), ['works']);
  const [w] = json.works;
  assert.equal(w.title, 'The Quiet Roof');
  assert.deepEqual(w.chapters.map((c: { file: string; title: string; story: number }) => [c.file, c.title, c.story]), [
    ['roof/01 Prologue.fic', 'Prologue', 5],
    ['roof/2.fic', 'Down', 5],
    ['roof/10.fic', 'End', 3],
  ]);
  assert.equal(w.story, 13);
  // Files keep today's shape.
  const files = JSON.parse(fic(['count', '--json', 'roof/2.fic'], dir).stdout);
  assert.deepEqual(Object.keys(files), ['files', 'total']);
});

test('a work file orders the chapters, names the work and sets its target; a missing chapter is a warning', () => {
  const dir = tempTree({
    ...work,
    'roof/roof.ficwork': 'Title: Roof, Reordered\nTarget: 1k\nChapters:\n  10.fic\n  01 Prologue.fic\n  gone.fic\n',
  });
  const r = fic(['count', '--json', 'roof'], dir);
  const [w] = JSON.parse(r.stdout).works;
  assert.equal(w.title, 'Roof, Reordered');
  assert.equal(w.target, 1000);
  assert.deepEqual(w.chapters.map((c: { file: string }) => c.file), ['roof/10.fic', 'roof/01 Prologue.fic']);
  const check = fic(['check', 'roof'], dir);
  assert.equal(check.code, 1);
  assert.match(check.stdout, /roof\/roof\.ficwork:6:3: warning work\.missing-chapter no chapter file ‘gone\.fic’/);
});

test('fic check DIR checks every chapter against the project canon', () => {
  const dir = tempTree(work);
  const r = fic(['check', 'roof'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^roof\/2\.fic:3:1: warning canon\.misspelled-name ‘Rukai’/m);
  const json = JSON.parse(fic(['check', '--json', 'roof'], dir).stdout);
  assert.deepEqual(json.works, [{ title: 'The Quiet Roof', folder: 'roof', chapters: ['roof/01 Prologue.fic', 'roof/2.fic', 'roof/10.fic'] }]);
});

test('a chapter that cannot be read is reported on its row, never a crash', () => {
  const dir = tempTree({ ...work, 'roof/3.fic': new Uint8Array([0x41, 0, 0x42]) });
  fs.writeFileSync(path.join(dir, 'roof/4.fic'), Buffer.alloc(17 * 1024 * 1024, 0x61));
  const r = fic(['count', '--json', 'roof'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /roof\/3\.fic: a binary file/);
  assert.match(r.stderr, /roof\/4\.fic: too large for a chapter \(17\.0 MB/);
  const [w] = JSON.parse(r.stdout).works;
  const bad = w.chapters.filter((c: { error?: string }) => c.error).map((c: { file: string; story: number }) => [c.file, c.story]);
  assert.deepEqual(bad, [['roof/3.fic', 0], ['roof/4.fic', 0]]);
  assert.equal(w.story, 13);
});

test('a linked chapter outside the folder is not read', () => {
  const outside = tempTree({ 'secret.fic': 'Secret words.\n' });
  const dir = tempTree(work);
  fs.symlinkSync(path.join(outside, 'secret.fic'), path.join(dir, 'roof/3.fic'));
  fs.symlinkSync(outside, path.join(dir, 'roof/linked'));
  const [w] = JSON.parse(fic(['count', '--json', 'roof'], dir).stdout).works;
  assert.deepEqual(w.chapters.map((c: { file: string }) => c.file), ['roof/01 Prologue.fic', 'roof/2.fic', 'roof/10.fic']);
});
