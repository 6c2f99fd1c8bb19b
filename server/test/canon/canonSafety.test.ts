/**
 * Canon files are safe to touch (issue 14): every input bounded before work, no canon syntax smuggled in
 * a word, nothing read or written outside the workspace folders (links resolved), nothing written in an
 * untrusted workspace or after the writer declined the edit; the server answers other requests throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { canonWord, insideFolders } from '../../src/lsp/canonSafety';
import { startServer } from '../lsp/harness';

const words: [input: unknown, expected: string][] = [
  ['Rukia', 'word Rukia'],
  ["Rukai's", 'word Rukai'],
  ['  Sode   no Shirayuki ', 'word Sode no Shirayuki'],
  ['x'.repeat(1_000_000), 'error the word is 1000000 characters long'],
  ['Rukia = Ruki', 'error ‘Rukia = Ruki’ contains ‘=’'],
  ['Rukia # comment', 'error ‘Rukia # comment’ contains ‘#’'],
  ['Rukia, Renji', 'error ‘Rukia, Renji’ contains ‘,’'],
  ['Rukia\nRenji', 'error a canon word is one line'],
  ['Rukia\u0000', 'error a canon word is one line'],
  ['   ', 'error the word is empty'],
  [42, 'error the word must be text'],
];

for (const [input, expected] of words) {
  test(`canonWord: ${JSON.stringify(input).slice(0, 40)}`, () => {
    const r = canonWord(input);
    const got = 'word' in r ? `word ${r.word}` : `error ${r.error}`;
    assert.ok(got.startsWith(expected), got.slice(0, 120));
  });
}

function tree() {
  const root = mkdtempSync(join(tmpdir(), 'fic-safety-'));
  const ws = join(root, 'ws');
  const outside = join(root, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.canon'), 'Zorblax\nsecret = \n');
  writeFileSync(join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
  symlinkSync(join(outside, 'passwd'), join(ws, 'evil.canon'));
  symlinkSync(outside, join(ws, 'linked'));
  return { root, ws, outside, uri: (p: string) => pathToFileURL(p).toString() };
}

test('insideFolders: links resolved, new files by their folder, escapes refused', async () => {
  const t = tree();
  try {
    const cases: [string, boolean][] = [
      [join(t.ws, 'names.canon'), true], // not there yet: its folder is inside
      [join(t.ws, 'sub', 'deep', 'new.canon'), true],
      [join(t.ws, 'evil.canon'), false], // a link to a file outside
      [join(t.ws, 'linked', 'secret.canon'), false], // through a linked folder
      [join(t.ws, '..', 'outside', 'secret.canon'), false],
      [join(t.outside, 'secret.canon'), false],
      ['relative/names.canon', false],
    ];
    for (const [file, expected] of cases) assert.equal(await insideFolders(file, [t.ws]), expected, file);
    assert.equal(await insideFolders(join(t.ws, 'names.canon'), []), false, 'no workspace folder: nowhere is inside');
  } finally {
    rmSync(t.root, { recursive: true, force: true });
  }
});

test('over LSP: outside paths and links are never read, a huge word is refused at once, other requests answered', async () => {
  const t = tree();
  const server = await startServer({ workspaceFolders: [{ uri: t.uri(t.ws), name: 'ws' }], settings: { canon: { words: ['Rukia'], files: ['**/*.canon'] } } });
  const logs: string[] = [];
  server.connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  try {
    const fic = t.uri(join(t.ws, 'story.fic'));
    const first = server.nextDiagnostics(fic, (p) => p.diagnostics.some((d) => d.code === 'canon.misspelled-name'));
    server.open(fic, 'Rukai met Zorblaxx at the gate.\n');
    await first;
    // Watched-file events for a canon file outside the workspace and for a link to /etc/passwd-like text.
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: t.uri(join(t.outside, 'secret.canon')), type: 1 },
        { uri: t.uri(join(t.ws, 'evil.canon')), type: 2 },
        { uri: t.uri(join(t.ws, 'linked', 'secret.canon')), type: 1 },
      ],
    });
    // A megabyte word, with a word count sent right behind it: both answered, the word refused.
    const huge = server.connection.sendRequest('fic/addToCanon', { word: 'x'.repeat(1_000_000), uri: fic });
    const count = server.connection.sendRequest('fic/wordCount', { textDocument: { uri: fic } });
    await assert.rejects(huge, /1000000 characters long/);
    assert.equal(((await count) as { total: number }).total, 6, 'the word count sent behind it is answered');
    const after = server.nextDiagnostics(fic, () => true);
    server.change(fic, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'So ' }]);
    const now = await after;
    assert.deepEqual(now.diagnostics.filter((d) => String(d.code).startsWith('canon.')).map((d) => d.message), ['‘Rukai’ is not a canon name — did you mean ‘Rukia’?'], 'Zorblax was never learned');
    // Files never read get no diagnostics of their own (a read one would: `secret = ` is malformed).
    for (const p of [join(t.outside, 'secret.canon'), join(t.ws, 'evil.canon'), join(t.ws, 'linked', 'secret.canon')]) {
      await assert.rejects(server.nextDiagnostics(t.uri(p), (d: PublishDiagnosticsParams) => d.diagnostics.length > 0, 1000), /no matching diagnostics/, p);
    }
    assert.ok(!JSON.stringify(logs).includes('root:x'), 'the linked file is never quoted');
  } finally {
    await server.stop();
    rmSync(t.root, { recursive: true, force: true });
  }
});

test('over LSP: add to canon asks nothing it must not: declined edits, untrusted workspaces, no folder, chosen files', async () => {
  const t = tree();
  rmSync(join(t.ws, 'evil.canon'));
  writeFileSync(join(t.ws, 'a.canon'), 'Rukia\n');
  mkdirSync(join(t.ws, 'arc'));
  writeFileSync(join(t.ws, 'arc', 'b.canon'), 'Renji\n');
  const fic = t.uri(join(t.ws, 'arc', 'story.fic'));
  const caps = { applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } };
  try {
    // The writer declines the edit: nothing is written, the request fails.
    let server = await startServer({ workspaceFolders: [{ uri: t.uri(t.ws), name: 'ws' }], workspaceCapabilities: caps });
    server.connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
    try {
      server.open(fic, 'Ichgo ran.\n');
      const choices = (await server.connection.sendRequest('fic/canonFiles', { uri: fic })) as { files: { label: string }[] };
      assert.deepEqual(choices.files.map((f) => f.label), ['arc/b.canon', 'a.canon'], 'both apply to arc/story.fic: nearest first, for the quick pick');
      const top = t.uri(join(t.ws, 'top.fic'));
      server.open(top, 'Ichgo ran.\n');
      const only = (await server.connection.sendRequest('fic/canonFiles', { uri: top })) as { files: { label: string }[] };
      assert.deepEqual(only.files.map((f) => f.label), ['a.canon'], 'only a.canon applies to a fic at the top: nothing to ask');
      await assert.rejects(server.connection.sendRequest('fic/addToCanon', { word: 'Ichgo', uri: fic }), /not applied; nothing was written/);
      assert.equal(readFileSync(join(t.ws, 'arc', 'b.canon'), 'utf8'), 'Renji\n');
      await assert.rejects(server.connection.sendRequest('fic/addToCanon', { word: 'Ichgo', uri: fic, file: t.uri(join(t.outside, 'secret.canon')) }), /not one of this workspace's canon files/);
    } finally {
      await server.stop();
    }
    // A client without applyEdit: the server writes the chosen file itself, inside the workspace only.
    server = await startServer({ workspaceFolders: [{ uri: t.uri(t.ws), name: 'ws' }] });
    try {
      server.open(fic, 'Ichgo ran.\n');
      await server.connection.sendRequest('fic/canonFiles', { uri: fic }); // after the canon is loaded
      const result = await server.connection.sendRequest('fic/addToCanon', { word: 'Ichgo', uri: fic, file: t.uri(join(t.ws, 'a.canon')) });
      assert.deepEqual(result, { uri: t.uri(join(t.ws, 'a.canon')), created: false });
      assert.equal(readFileSync(join(t.ws, 'a.canon'), 'utf8'), 'Rukia\nIchgo\n');
    } finally {
      await server.stop();
    }
    // Untrusted: refused.
    server = await startServer({ workspaceFolders: [{ uri: t.uri(t.ws), name: 'ws' }], initializationOptions: { trusted: false } });
    try {
      server.open(fic, 'Ichgo ran.\n');
      await server.connection.sendRequest('fic/canonFiles', { uri: fic });
      await assert.rejects(server.connection.sendRequest('fic/addToCanon', { word: 'Kon', uri: fic }), /not trusted/);
      assert.ok(!readFileSync(join(t.ws, 'a.canon'), 'utf8').includes('Kon'));
    } finally {
      await server.stop();
    }
    // No workspace folder: nowhere to write, so nothing is written next to the fic.
    server = await startServer({});
    try {
      const loose = t.uri(join(t.outside, 'loose.fic'));
      server.open(loose, 'Ichgo ran.\n');
      await server.connection.sendRequest('fic/canonFiles', { uri: loose });
      await assert.rejects(server.connection.sendRequest('fic/addToCanon', { word: 'Ichgo', uri: loose }), /open a folder first/);
      assert.equal(existsSync(join(t.outside, 'names.canon')), false);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(t.root, { recursive: true, force: true });
  }
});
