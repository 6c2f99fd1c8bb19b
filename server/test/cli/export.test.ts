/** `fic export`: files per chapter, the JSON of the posting form, problems on stderr, exit codes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fic, tempTree } from './helpers';

const two = `The Long Way
Kaito/Mirei, Fluff
Rating: Teen
Warnings: None
Summary: Two couriers.

A/N: Hello!

Chapter 1: Bridge

He *ran* — fast.

Chapter 2

She _stayed_.

A/N: Bye!
`;

test('fic export --to ao3 writes one HTML file per chapter and work.json', () => {
  const dir = tempTree({ 'long.fic': two });
  const r = fic(['export', '--to', 'ao3', 'long.fic'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /2 chapters, 5 words/);
  const out = path.join(dir, 'long.ao3');
  assert.equal(fs.readFileSync(path.join(out, '01.html'), 'utf8'), '<p>He <em>ran</em> — fast.</p>\n');
  assert.equal(fs.readFileSync(path.join(out, '02.html'), 'utf8'), '<p>She <em>stayed</em>.</p>\n');
  const work = JSON.parse(fs.readFileSync(path.join(out, 'work.json'), 'utf8'));
  assert.equal(work.title, 'The Long Way');
  assert.equal(work.rating, 'Teen And Up Audiences');
  assert.equal(work.notes, '<p>Hello!</p>\n');
  assert.equal(work.chapters[0].title, 'Bridge');
  assert.equal(work.chapters[1].title, '');
  assert.equal(work.chapters[1].endNotes, '<p>Bye!</p>\n');
});

test('fic export --json prints the posting form and writes nothing', () => {
  const dir = tempTree({ 'long.fic': two });
  const r = fic(['export', '--to', 'ao3', '--json', 'long.fic'], dir);
  assert.equal(r.code, 0, r.stderr);
  const work = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(work), ['title', 'summary', 'rating', 'warnings', 'categories', 'fandoms', 'relationships', 'characters', 'tags', 'language', 'complete', 'notes', 'endNotes', 'chapters'].filter((k) => k in work));
  for (const k of ['title', 'summary', 'notes', 'endNotes', 'rating', 'warnings', 'fandoms', 'relationships', 'characters', 'tags', 'chapters']) assert.ok(k in work, k);
  assert.deepEqual(Object.keys(work.chapters[0]), ['title', 'summary', 'notes', 'endNotes', 'body', 'words']);
  assert.ok(!fs.existsSync(path.join(dir, 'long.ao3')));
});

test('a broken posting limit is an error on stderr and exit 1', () => {
  const dir = tempTree({ 'big.fic': `Title: Big\nSummary: ${'so many words '.repeat(100)}\n\nStory.\n` });
  const r = fic(['export', '--to', 'ao3', '--json', 'big.fic'], dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^big\.fic:2:1: error ao3\.posting-limit The summary, as posted HTML, is 1,\d{3} characters; AO3 takes at most 1,250\./m);
});

test('fic export --to ffn writes HTML documents with references for every non-ASCII character', () => {
  const dir = tempTree({ 'long.fic': two });
  const r = fic(['export', '--to', 'ffn', '--out', 'up', 'long.fic'], dir);
  assert.equal(r.code, 0, r.stderr);
  const html = fs.readFileSync(path.join(dir, 'up', '01.html'), 'utf8');
  assert.match(html, /<p>He <em>ran<\/em> &#8212; fast\.<\/p>/);
  assert.match(html, /^<!DOCTYPE html>/);
});

test('usage errors: no --to, a bad --to, --breaks on another command', () => {
  assert.equal(fic(['export', 'x.fic']).code, 2);
  assert.match(fic(['export', '--to', 'wattpad', 'x.fic']).stderr, /--to needs ao3 or ffn, not 'wattpad'/);
  assert.equal(fic(['count', '--breaks', 'hr', 'x.fic']).code, 2);
});
