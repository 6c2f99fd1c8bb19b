/**
 * The two passes agree on whole-line constructs: a line the parser calls a scene break or a chapter
 * heading gets the same colour from the TextMate grammar, and a line it calls prose gets neither.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { scopesAt, tokenize } from './tokenize';

const candidates = [
  '***', '* * *', '~*~', 'xXx', 'oOo', '-o-o-', '---', '<hr>', '<hr/>', '___', '+++', '###', '◇◆◇', '§', 'xoxo',
  '———', 'Ooo', 'xxx', '...', '**', 'ok', 'x',
  'Chapter 12', 'Chapter 12: The Roof', 'Chapter Twelve', 'Ch. 3', 'Part II', 'Prologue', 'Epilogue - Ten Years Later',
  '**Chapter 1**', '<p>Chapter I: Going Up</p>', '<h2><strong>Prologue</strong></h2>', '<p>Chapter two was the worst.</p>', '# Part One', 'Chapter one was boring.', 'Part of me stayed.', 'Prologues are long.',
];

for (const line of candidates) {
  test(`agreement: ${line}`, async () => {
    const text = `He walked on.\n\n${line}\n\nShe followed.`;
    const model = parse(text);
    const at = text.indexOf(line);
    const isBreak = model.breaks.some((b) => b.start <= at && at < b.end);
    const isHeading = model.headings.some((h) => h.start <= at && at < h.end);
    const scopes = scopesAt(text, await tokenize(text), line.startsWith('#') ? line.slice(2) : line);
    assert.equal(scopes.includes('meta.separator.scene-break.fic'), isBreak, `break? ${scopes.join(' ')}`);
    assert.equal(scopes.includes('markup.heading.chapter.fic'), isHeading, `heading? ${scopes.join(' ')}`);
  });
}

const starts: string[] = [
  'The Roof At Midnight\n\nIchiRuki, One-shot\n\nSummary: A night.\n\nHe waited.',
  'Renji knew that he was badly wounded.\n\nHe stood.',
  '"Run," she said.\n\nThey ran.',
  'Title: The Roof\nFandom: Bleach\n\nHe stood.',
  'Chapter 1\n\nHe stood.',
];

for (const text of starts) {
  test(`agreement: title of ${JSON.stringify(text.slice(0, 24))}`, async () => {
    const title = parse(text).header?.title;
    const firstLine = (await tokenize(text)).filter((t) => t.start < text.indexOf('\n'));
    const grammarTitle = firstLine.some((t) => t.scopes.includes('markup.heading.title.fic'));
    assert.equal(grammarTitle, title !== undefined && title.start === 0, JSON.stringify(firstLine));
  });
}
