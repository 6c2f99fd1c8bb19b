/**
 * The TextMate grammar, run by vscode-textmate + vscode-oniguruma (the engine VS Code uses).
 * Each case: a fixture text, a substring of it, and a scope its tokens must (or must not) carry.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scopesAt, tokenize } from './tokenize';

const lines = (...l: string[]) => l.join('\n');

const header = lines(
  'The Roof At Midnight',
  '',
  'IchiRuki One-shot/ Drabble, Angst',
  '',
  'Summary: Ichigo waits on the roof.',
  'He waits all night.',
  'Rating: T',
  'disclaimer: not mine',
  '',
  'A/N: Written for a prompt. "Quoted" words stay dim.',
  'Still the same note.',
  '',
  'The night was cold. He waited.',
);

const body = lines(
  'Chapter 12: The Roof',
  '',
  'He said, "I can\'t stay. \'Really\' I can\'t,',
  'not tonight."',
  '',
  '"Then go," she said. “Curly speech” too.',
  '',
  '"This speech is left open',
  '',
  'Plain narration after the open speech.',
  '',
  "'I won't let go,' he thought. The Potters' car was gone.",
  "'Cause he said so. Back in the '90s they played rock 'n' roll.",
  '‘She won’t come back,’ he thought, and Renji’s sword stayed.',
  '*I can\'t believe it.* Then _this_, snake_case_word, 2 * 3 * 4 and **bold**.',
  'He stopped (A/N: yes, really) and left [A/N: see above].',
  '',
  '**Author\'s Note:** a bold note at a line start.',
  '',
  'Author’s Note: a curly one.',
  '',
  '* * *',
  '***',
  '~*~',
  'xXx',
  'oOo',
  '-o-o-',
  '---',
  '<hr>',
  'xxx',
  '**',
  'Prologue',
  'Epilogue: After',
  '# Part Two',
  'Chapter one was boring.',
  '**Chapter 3**',
  'Ch. 4 - The Gate',
  'Part II',
  'Part of me wanted to stay',
  'xoxo',
  '◇◆◇',
  '§',
  'Ooo',
  '...',
);

type Case = [name: string, text: string, needle: string, scope: string, nth?: number];

/** The needle's scope stack must contain a scope starting with `scope`. */
const has: Case[] = [
  ['title', header, 'The Roof At Midnight', 'markup.heading.title.fic'],
  ['tags line', header, 'IchiRuki One-shot', 'entity.name.tag.tags.fic'],
  ['tags separator', header, '/', 'punctuation.separator.tags.fic'],
  ['field name', header, 'Summary', 'keyword.other.field-name.fic'],
  ['field colon', header, ':', 'punctuation.separator.key-value.fic'],
  ['field value', header, 'Ichigo waits on the roof.', 'string.unquoted.field-value.fic'],
  ['field value runs on', header, 'He waits all night.', 'string.unquoted.field-value.fic'],
  ['next field name', header, 'Rating', 'keyword.other.field-name.fic'],
  ['field name any case', header, 'disclaimer', 'keyword.other.field-name.fic'],
  ['top note', header, 'Written for a prompt.', 'comment.block.author-note.fic'],
  ['quote inside a note stays a note', header, '"Quoted"', 'comment.block.author-note.fic'],
  ['note runs to the blank line', header, 'Still the same note.', 'comment.block.author-note.fic'],
  ['chapter heading', body, 'Chapter 12: The Roof', 'markup.heading.chapter.fic'],
  ['dialogue', body, "I can't stay.", 'string.quoted.double.dialogue.fic'],
  ['quote nested in dialogue', body, "'Really'", 'string.quoted.double.dialogue.fic'],
  ['dialogue over a line break', body, 'not tonight.', 'string.quoted.double.dialogue.fic'],
  ['opening quote', body, '[["]]Then', 'punctuation.definition.string.begin.fic'],
  ['curly dialogue', body, 'Curly speech', 'string.quoted.double.dialogue.fic'],
  ['unclosed dialogue', body, 'This speech is left open', 'string.quoted.double.dialogue.fic'],
  ['thought with a contraction', body, "I won't let go,", 'markup.italic.thought.fic'],
  ['thought closing quote', body, "go,[[']]", 'punctuation.definition.thought.end.fic'],
  ['curly thought with a contraction', body, 'She won’t come back,', 'markup.italic.thought.fic'],
  ['asterisk emphasis', body, "I can't believe it.", 'markup.italic.emphasis.fic'],
  ['underscore emphasis', body, '_[[this]]_', 'markup.italic.emphasis.fic'],
  ['bold', body, '**[[bold]]**', 'markup.bold.fic'],
  ['inline note', body, 'A/N: yes, really', 'comment.block.author-note.inline.fic'],
  ['inline note in brackets', body, 'A/N: see above', 'comment.block.author-note.inline.fic'],
  ['bold note label', body, "**Author's Note:**", 'comment.block.author-note.fic'],
  ['curly note label', body, 'Author’s Note: a curly one.', 'comment.block.author-note.fic'],
  ['break * * *', body, '* * *', 'markup.heading.scene-break.fic'],
  ['break ***', body, '***', 'meta.separator.scene-break.fic'],
  ['break ~*~', body, '~*~', 'meta.separator.scene-break.fic'],
  ['break xXx', body, 'xXx', 'meta.separator.scene-break.fic'],
  ['break oOo', body, 'oOo', 'meta.separator.scene-break.fic'],
  ['break -o-o-', body, '-o-o-', 'meta.separator.scene-break.fic'],
  ['break ---', body, '---', 'meta.separator.scene-break.fic'],
  ['break <hr>', body, '<hr>', 'meta.separator.scene-break.fic'],
  ['prologue', body, 'Prologue', 'markup.heading.chapter.fic'],
  ['epilogue with a title', body, 'Epilogue: After', 'markup.heading.chapter.fic'],
  ['markdown heading', body, 'Part Two', 'markup.heading.chapter.fic'],
  ['markdown heading mark', body, '#', 'punctuation.definition.heading.fic'],
  ['decorated heading', body, '**Chapter 3**', 'markup.heading.chapter.fic'],
  ['short chapter word', body, 'Ch. 4 - The Gate', 'markup.heading.chapter.fic'],
  ['part with a roman number', body, 'Part II', 'markup.heading.chapter.fic'],
  ['break xoxo', body, 'xoxo', 'meta.separator.scene-break.fic'],
  ['break of ornaments', body, '◇◆◇', 'meta.separator.scene-break.fic'],
  ['break of one ornament', body, '§', 'meta.separator.scene-break.fic'],
];

/** The needle's scope stack must contain no scope starting with `scope`. */
const hasNot: Case[] = [
  ['prose after the header', header, 'The night was cold.', 'meta.header.fic'],
  ['prose after the header is not a tag', header, 'The night was cold.', 'entity.name.tag'],
  ['narration after an open speech', body, 'Plain narration', 'string.quoted'],
  ['possessive plural', body, "Potters' car", 'markup.italic.thought.fic'],
  ['elision at a word start', body, "'Cause he said so.", 'markup.italic.thought.fic'],
  ['decade', body, "'90s", 'markup.italic.thought.fic'],
  ['rock n roll', body, "'n'", 'markup.italic.thought.fic'],
  ['curly possessive', body, 'Renji’s sword', 'markup.italic.thought.fic'],
  ['snake_case', body, 'snake_case_word', 'markup.italic'],
  ['lone asterisks', body, '2 * 3 * 4', 'markup.italic'],
  ['xxx is no break', body, 'xxx', 'meta.separator'],
  ['** is no break', body, 'xxx\n[[**]]\n', 'meta.separator'],
  ['a sentence about a chapter', body, 'Chapter one was boring.', 'markup.heading'],
  ['a body is no header', body, 'Chapter 12: The Roof', 'meta.header.fic'],
  ['a sentence starting with Part', body, 'Part of me wanted to stay', 'markup.heading'],
  ['Ooo is no break', body, 'Ooo', 'meta.separator'],
  ['an ellipsis line is no break', body, '\n[[...]]', 'meta.separator'],
];

/** Starts of the file that must not become a header. */
const noHeader: [name: string, text: string][] = [
  ['prose first line', 'Renji knew that he was badly wounded.\n\nHe stood.'],
  ['dialogue first line', '"Run," she said\nand ran.'],
  ['thought first line', "'Not again' he thought\nand sat."],
  ['chapter first line', 'Chapter 1\n\nHe stood.'],
  ['break first line', '***\n\nHe stood.'],
];

for (const [name, text, needle, scope, nth] of has) {
  test(`grammar: ${name}`, async () => {
    const scopes = scopesAt(text, await tokenize(text), needle, nth);
    assert.ok(scopes.some((s) => s.startsWith(scope)), `${needle}: ${scopes.join(' ')}`);
  });
}

for (const [name, text, needle, scope, nth] of hasNot) {
  test(`grammar: not ${name}`, async () => {
    const scopes = scopesAt(text, await tokenize(text), needle, nth);
    assert.ok(!scopes.some((s) => s.startsWith(scope)), `${needle}: ${scopes.join(' ')}`);
  });
}

for (const [name, text] of noHeader) {
  test(`grammar: no header when the file starts with a ${name}`, async () => {
    for (const t of await tokenize(text)) {
      assert.ok(!t.scopes.some((s) => s.startsWith('meta.header') || s.includes('.title.')), `${t.text}: ${t.scopes.join(' ')}`);
    }
  });
}

test('grammar: a header may open with a field', async () => {
  const text = 'Title: The Roof\nFandom: Bleach\n\nHe stood on the roof.';
  const tokens = await tokenize(text);
  assert.ok(scopesAt(text, tokens, 'Fandom').includes('keyword.other.field-name.fic'));
  assert.ok(scopesAt(text, tokens, 'Bleach').includes('string.unquoted.field-value.fic'));
  assert.ok(!scopesAt(text, tokens, 'He stood').some((s) => s.startsWith('meta.header')));
});

test('grammar: CRLF text tokenizes like LF text', async () => {
  const lf = [...has, ...hasNot].filter(([, text]) => text === body);
  const crlf = body.replace(/\n/g, '\r\n');
  const [a, b] = [await tokenize(body), await tokenize(crlf)];
  for (const [, , needle, , nth] of lf) {
    assert.deepEqual(scopesAt(crlf, b, needle.replace(/\n/g, '\r\n'), nth), scopesAt(body, a, needle, nth), needle);
  }
});
