/**
 * The canon feature over a real connection to the bundled server (`npm run build` first): canon files
 * loaded from the workspace, their own diagnostics, quick fixes, fix-all, completion, hover, `Add to
 * canon` (written directly, or through `workspace/applyEdit`), editing an open canon file, deleting one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, Hover, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, startServer, type TestServer } from '../lsp/harness';

function workspace(files: Record<string, string>): { dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'fic-canon-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).toString() };
}

const canonCodes = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => String(d.code).startsWith('canon.'));

function messages(server: TestServer): string[] {
  const seen: string[] = [];
  server.connection.onNotification('window/showMessage', (p: { message: string }) => void seen.push(p.message));
  return seen;
}

test('canon over LSP: files, diagnostics, fixes, completion, hover, add to canon, live edits', async (t) => {
  const ws = workspace({ 'bleach.canon': 'Rukia Kuchiki\nRenji Abarai\nbad =\n' });
  const server = await startServer({
    workspaceFolders: [{ uri: pathToFileURL(ws.dir).toString(), name: 'ws' }],
    settings: { canon: { words: ['Hōgyoku = Hogyoku'], files: ['**/*.canon'] } },
  });
  const shown = messages(server);
  const fic = ws.uri('story.fic');
  const text = 'Rukai met renji by the Hougyoku.\n';
  try {
    const canonDiagnostics = server.nextDiagnostics(ws.uri('bleach.canon'));
    server.open(fic, text);
    const published = await server.nextDiagnostics(fic, (p) => canonCodes(p).length === 3);
    const diagnostics = canonCodes(published);

    await t.test('the fic gets misspelling, casing and romanization diagnostics', () => {
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity, d.range.start.character, d.range.end.character]),
        [
          ['canon.misspelled-name', 2, 0, 5],
          ['canon.name-casing', 2, 10, 15],
          ['canon.romanization', 3, 23, 31],
        ],
      );
      assert.equal(diagnostics[0].message, '‘Rukai’ is not a canon name — did you mean ‘Rukia’?');
      // Suggestions stay on the server: code actions find the lint again by code and range.
      assert.equal(diagnostics[0].data, undefined);
    });

    await t.test('the canon file gets its own diagnostics', async () => {
      const p = await canonDiagnostics;
      assert.deepEqual(p.diagnostics.map((d: Diagnostic) => [d.code, d.range.start.line]), [['canon.malformed-entry', 2]]);
    });

    await t.test('quick fixes: replace (preferred) and add to canon', async () => {
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: fic },
        range: diagnostics[0].range,
        context: { diagnostics: [diagnostics[0]] },
      })) as CodeAction[];
      const inFile = 'Fix all canon names in this file';
      const quick = actions.filter((a) => a.kind === 'quickfix' && a.title !== inFile);
      assert.deepEqual(quick.map((a) => [a.title, !!a.isPreferred]), [['Replace with ‘Rukia’', true], ['Add ‘Rukai’ to canon', false]]);
      // The Ctrl+. menu also offers the file's certain canon fixes at once, as a quick fix.
      const all = actions.find((a) => a.title === inFile);
      assert.equal(all?.kind, 'quickfix');
      assert.equal(applyTextEdits(text, all!.edit!.changes![fic]), 'Rukia met Renji by the Hougyoku.\n');
      assert.equal(applyTextEdits(text, quick[0].edit!.changes![fic]), 'Rukia met renji by the Hougyoku.\n');
      assert.deepEqual(quick[1].command?.command, 'fic.server.addToCanon');
    });

    await t.test('quick fixes for a diagnostic that matches no lint now: by its data, else by its word', async () => {
      const ask = async (diagnostic: Diagnostic) =>
        ((await server.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri: fic },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        })) as CodeAction[]).filter((a) => a.kind === 'quickfix' && a.title !== 'Fix all canon names in this file').map((a) => a.title);
      // A range one character off (the client's copy lags an edit) and no data: no lint has that word, so only Add.
      const shifted = { ...diagnostics[0], range: { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } } };
      assert.deepEqual(await ask(shifted), ['Add ‘ukai’ to canon']);
      assert.deepEqual(await ask({ ...shifted, data: { suggestions: ['Ruki'], word: 'ukai' } }), ['Replace with ‘Ruki’', 'Add ‘ukai’ to canon']);
      const whole = { ...diagnostics[0], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } } };
      assert.deepEqual(await ask(whole), ['Replace with ‘Rukia’', 'Add ‘Rukai’ to canon']);
    });

    await t.test('fix all canon names (source.fixAll)', async () => {
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: fic },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all canon names', 'source.fixAll.fic']]);
      assert.equal(applyTextEdits(text, actions[0].edit!.changes![fic]), 'Rukia met Renji by the Hougyoku.\n');
    });

    await t.test('completion and hover', async () => {
      const items = (await server.connection.sendRequest('textDocument/completion', {
        textDocument: { uri: fic },
        position: { line: 0, character: 12 },
      })) as CompletionItem[];
      assert.ok(items.some((i) => i.label === 'Renji Abarai'), 'the full name is offered');
      const hover = (await server.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: fic },
        position: { line: 0, character: 12 },
      })) as Hover;
      assert.equal((hover.contents as { value: string }).value, '**Renji Abarai** — canon name  \nDefined in `bleach.canon`, line 2');
    });

    await t.test('add to canon writes the canon file and re-checks the fic', async () => {
      const rechecked = server.nextDiagnostics(fic, (p) => canonCodes(p).length === 2);
      const result = await server.connection.sendRequest('workspace/executeCommand', {
        command: 'fic.server.addToCanon',
        arguments: [{ word: 'Rukai', uri: fic }],
      });
      assert.deepEqual(result, { uri: ws.uri('bleach.canon'), created: false });
      assert.equal(readFileSync(join(ws.dir, 'bleach.canon'), 'utf8'), 'Rukia Kuchiki\nRenji Abarai\nbad =\nRukai\n');
      await rechecked;
      assert.ok(shown.some((m) => m.includes('Added ‘Rukai’ to bleach.canon')), shown.join(' | '));
    });

    await t.test('editing an open canon file re-checks open fics at once', async () => {
      const canonUri = ws.uri('bleach.canon');
      const withIchigo = server.nextDiagnostics(fic, (p) => canonCodes(p).some((d) => d.message.includes('Ichigo')));
      server.open(canonUri, 'Rukia Kuchiki\nRenji Abarai\n', 'fic-canon');
      server.change(canonUri, 2, [{ text: 'Rukia Kuchiki\nRenji Abarai\nIchigo Kurosaki\n' }]);
      server.change(fic, 2, [{ text: 'Ichgo met Rukia.\n' }]);
      await withIchigo;
    });

    await t.test('a canon file deleted while open does not crash the server', async () => {
      const canonUri = ws.uri('bleach.canon');
      rmSync(join(ws.dir, 'bleach.canon'));
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: canonUri, type: 3 }] });
      const cleared = server.nextDiagnostics(fic, (p) => canonCodes(p).length === 0);
      server.close(canonUri);
      await cleared; // without the file, Ichgo is no longer near a canon name
      assert.ok(shown.some((m) => m.includes('was deleted')), shown.join(' | '));
      const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: fic }, position: { line: 0, character: 1 } });
      assert.equal(hover, null);
    });
  } finally {
    assert.equal(await server.stop(), 0);
    rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('fic/addToCanon creates names.canon through workspace/applyEdit when there is none', async () => {
  const ws = workspace({});
  const server = await startServer({
    workspaceFolders: [{ uri: pathToFileURL(ws.dir).toString(), name: 'ws' }],
    workspaceCapabilities: { applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
  });
  const edits: unknown[] = [];
  server.connection.onRequest('workspace/applyEdit', (p: { edit: unknown }) => {
    edits.push(p.edit);
    return { applied: true };
  });
  try {
    const fic = ws.uri('story.fic');
    server.open(fic, 'Rukai ran.\n');
    const result = await server.connection.sendRequest('fic/addToCanon', { word: "Rukai's", uri: fic });
    const target = ws.uri('names.canon');
    assert.deepEqual(result, { uri: target, created: true });
    const [edit] = edits as { documentChanges: [{ kind: string; uri: string }, { edits: TextEdit[] }] }[];
    assert.deepEqual(edit.documentChanges[0], { kind: 'create', uri: target, options: { ignoreIfExists: true } });
    assert.match(edit.documentChanges[1].edits[0].newText, /\nRukai\n$/);
    assert.equal(existsSync(join(ws.dir, 'names.canon')), false, 'the editor, not the server, writes the file');
    await assert.rejects(server.connection.sendRequest('fic/addToCanon', { word: 'bad = ', uri: fic }), /cannot be a canon entry/);
  } finally {
    assert.equal(await server.stop(), 0);
    rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('in an untrusted workspace canon files on disk are not read; open canon documents still count', async () => {
  const ws = workspace({ 'bleach.canon': 'Rukia Kuchiki\n' });
  const server = await startServer({
    workspaceFolders: [{ uri: pathToFileURL(ws.dir).toString(), name: 'ws' }],
    initializationOptions: { trusted: false },
  });
  try {
    const fic = ws.uri('story.fic');
    const published = server.nextDiagnostics(fic, (p) => canonCodes(p).length > 0);
    server.open(ws.uri('open.canon'), 'Renji Abarai\n', 'fic-canon');
    server.open(fic, 'Rukai and Renij.\n');
    const diagnostics = canonCodes(await published);
    assert.deepEqual(diagnostics.map((d) => d.message), ['‘Renij’ is not a canon name — did you mean ‘Renji’?']);
  } finally {
    assert.equal(await server.stop(), 0);
    rmSync(ws.dir, { recursive: true, force: true });
  }
});
