/**
 * README.md is run by CI (scripts/ci/readme-run.mjs, scripts/editors/nvim-test.mjs): these checks keep
 * it runnable and catch drift early, in `npm test`: commands stand in shell-tagged blocks, the
 * `<!-- ci: ... -->` markers are known, the install/test path is all there, and the `fic count`
 * example's output is what `fic` prints today.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { commandsOf, loadReadmeBlocks, editorBlockFor, readmeBlocks, repo, shellLanguages } from '../../scripts/readme/blocks.mjs';
import { fic } from './cli/helpers';

const blocks = loadReadmeBlocks();
const commandLine = /^\s*(\$ )?(npm|npx|node|git|bash|sh|code|fic|fic-language-server|cd|sudo|apt-get|nvim|emacs)(\s|$)/;

test('readmeBlocks: fences, tags, markers and bodies', () => {
  const text = [
    '# T', // 1
    '<!-- ci: run -->', // 2
    '', // 3
    '```sh', // 4
    'npm ci', // 5
    '```', // 6
    'text', // 7
    '```', // 8
    'untagged', // 9
    '````', // 10
    '~~~Lua', // 11
    '```', // 12 (inside a ~~~ fence)
    '~~~', // 13
  ].join('\n');
  assert.deepEqual(readmeBlocks(text), [
    { lang: 'sh', code: 'npm ci', line: 4, marker: 'run' },
    { lang: '', code: 'untagged', line: 8, marker: '' },
    { lang: 'lua', code: '```', line: 11, marker: '' },
  ]);
});

test('commandsOf: one entry per command, comments dropped, continuations joined', () => {
  const cases: [string, string[]][] = [
    ['npm ci   # note\n\n# a comment\nnpm test', ['npm ci   # note', 'npm test']],
    ['a \\\n  --flag\nb', ['a   --flag', 'b']],
    ['', []],
  ];
  for (const [code, expected] of cases) assert.deepEqual(commandsOf({ lang: 'sh', code, line: 1, marker: '' }), expected, code);
});

test('README: every block with commands is tagged sh, bash, shell or console', () => {
  const untagged = blocks.filter((b) => !shellLanguages.has(b.lang) && b.code.split('\n').some((l) => commandLine.test(l)));
  assert.deepEqual(untagged.map((b) => `README.md:${b.line} (${b.lang || 'untagged'})`), []);
});

test('README: ci markers are known and stand on the right blocks', () => {
  for (const b of blocks) {
    if (!b.marker) continue;
    const where = `README.md:${b.line}`;
    if (b.marker === 'run') assert.ok(shellLanguages.has(b.lang), `${where}: a run block must be a shell block`);
    else if (b.marker === 'output') assert.equal(b.lang, 'text', `${where}: an output block is tagged text`);
    else if (/^nvim \d+\.\d+$/.test(b.marker)) assert.equal(b.lang, 'lua', where);
    else if (/^emacs \d+(\.\d+)?$/.test(b.marker)) assert.equal(b.lang, 'elisp', where);
    else if (b.marker === 'settings') assert.doesNotThrow(() => JSON.parse(`{${b.code}}`), `${where}: settings JSON`);
    else assert.fail(`${where}: unknown marker 'ci: ${b.marker}'`);
  }
});

test('README: the run blocks clone, install, build the .vsix, run fic, link and test, in that order', () => {
  const commands = blocks.filter((b) => b.marker === 'run').flatMap(commandsOf);
  const order = [/^git clone /, /^cd fic-writer$/, /^npm ci\b/, /^npm run package\b/, /^npx fic count /, /^npm link\b/, /^npm test\b/, /^bash scripts\/e2e\/setup\.sh\b/, /^npm run test:e2e\b/, /^npm run test:vsix\b/, /^npm run test:nvim\b/, /^npm run test:emacs\b/];
  let at = -1;
  for (const re of order) {
    const i = commands.findIndex((c, k) => k > at && re.test(c));
    assert.ok(i > at, `no ${re} after '${commands[at] ?? 'the start'}' among the README's ci: run commands:\n${commands.join('\n')}`);
    at = i;
  }
});

test("README: the `npx fic count` example's output is what fic prints", () => {
  const i = blocks.findIndex((b) => b.marker === 'run' && commandsOf(b).some((c) => c.startsWith('npx fic count ')));
  assert.ok(i >= 0);
  const command = commandsOf(blocks[i]).find((c) => c.startsWith('npx fic count '))!;
  const output = blocks[i + 1];
  assert.equal(output.marker, 'output', `README.md:${output.line}: the example's output block`);
  const run = fic(command.split(/\s+/).slice(2), repo);
  assert.equal(run.code, 0, run.stderr);
  const tidy = (s: string) => s.replace(/[ \t]+$/gm, '').trimEnd();
  assert.equal(tidy(run.stdout), tidy(output.code), `update the block at README.md:${output.line}`);
  assert.ok(path.isAbsolute(repo));
});

test('README: a Neovim block for every Neovim from 0.7 on, the newest form for the newest', () => {
  const cases: [[number, number, number], string | undefined][] = [
    [[0, 6, 1], undefined],
    [[0, 7, 2], 'nvim 0.7'],
    [[0, 8, 0], 'nvim 0.8'],
    [[0, 10, 4], 'nvim 0.8'],
    [[0, 11, 0], 'nvim 0.11'],
    [[1, 0, 0], 'nvim 0.11'],
  ];
  for (const [version, marker] of cases) assert.equal(editorBlockFor(blocks, 'nvim', version)?.marker, marker, version.join('.'));
  assert.match(editorBlockFor(blocks, 'nvim', [0, 9, 0])!.code, /vim\.lsp\.start\(/);
  assert.match(editorBlockFor(blocks, 'nvim', [0, 11, 0])!.code, /vim\.lsp\.config\(/);
});

test('README: an Emacs block for Emacs 26.3 on, eglot required from a package before 29', () => {
  const cases: [[number, number, number], string | undefined][] = [
    [[26, 1, 0], undefined],
    [[26, 3, 0], 'emacs 26.3'],
    [[28, 2, 0], 'emacs 26.3'],
    [[29, 1, 0], 'emacs 29'],
    [[30, 1, 0], 'emacs 29'],
  ];
  for (const [version, marker] of cases) assert.equal(editorBlockFor(blocks, 'emacs', version)?.marker, marker, version.join('.'));
  assert.match(editorBlockFor(blocks, 'emacs', [28, 2, 0])!.code, /^\(require 'eglot\)/);
});
