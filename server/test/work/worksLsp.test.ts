/** Works over LSP: the bundled server indexing a workspace of chapter files, renaming and finding characters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit, TextDocumentEdit, Location, SymbolInformation, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { startServer } from '../lsp/harness';
import type { WorksRequest } from '../../src/protocol';

const files: Record<string, string> = {
  'names.canon': 'Rukia Kuchiki = Rukia-chan\nRenji Abarai\nByakuya Kuchiki\n',
  'roof/01 Prologue.fic': 'The Quiet Roof\nRenji/Rukia, Multi-chapter\nCharacters: Rukia Kuchiki, Renji Abarai\n\nPrologue\n\n"You\'re late," Renji said. Rukia\'s coat was wet.\n',
  'roof/2.fic': 'Chapter 2: Down\n\nThe Kuchikis waited. Rukia went down to the Rukiaverse. "RUKIA!" Renji called.\n\nA/N: Rukia is my favourite.\n',
  'roof/10.fic': 'Chapter 10: End\n\nRukai sat with Byakuya.\n',
};

function workspace(extra: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fic-works-'));
  for (const [name, text] of Object.entries({ ...files, ...extra })) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const uriOf = (root: string, name: string) => pathToFileURL(path.join(root, name)).toString();

async function serverFor(root: string) {
  return startServer({
    pull: true,
    workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'ws' }],
    workspaceCapabilities: { workspaceEdit: { documentChanges: true, changeAnnotationSupport: {} }, didChangeWatchedFiles: { dynamicRegistration: true } },
  });
}

/** Applies a workspace edit's document changes to the files' texts. */
function applied(edit: WorkspaceEdit, texts: Map<string, string>): Map<string, string> {
  const out = new Map(texts);
  for (const change of (edit.documentChanges ?? []) as TextDocumentEdit[]) {
    const doc = TextDocument.create(change.textDocument.uri, 'fic', 0, out.get(change.textDocument.uri)!);
    out.set(change.textDocument.uri, TextDocument.applyEdits(doc, change.edits));
  }
  return out;
}

test('fic/works: chapters in natural order with counts; an open chapter knows its place; typing updates the total', async () => {
  const root = workspace();
  const server = await serverFor(root);
  try {
    const uri = uriOf(root, 'roof/2.fic');
    server.open(uri, files['roof/2.fic']!);
    const first = (await server.connection.sendRequest('fic/works', { textDocument: { uri } })) as WorksRequest.Result;
    assert.equal(first.works.length, 1);
    const [work] = first.works;
    assert.equal(work!.title, 'The Quiet Roof');
    assert.deepEqual(work!.chapters.map((c) => [c.title, c.story]), [['Prologue', 8], ['Down', 12], ['End', 4]]);
    assert.deepEqual(first.current, { work: 0, chapter: 1 });
    // Another chapter deleted behind the server's back is not re-read: typing here re-counts this one only.
    fs.unlinkSync(path.join(root, 'roof/10.fic'));
    server.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Three more words. ' }]);
    const after = (await server.connection.sendRequest('fic/works', { textDocument: { uri } })) as WorksRequest.Result;
    assert.deepEqual(after.works[0]!.chapters.map((c) => c.story), [8, 15, 4]);
    assert.equal(after.works[0]!.story, 27);
  } finally {
    await server.stop();
  }
});

test('rename a character across chapter files, header and canon entry, with possessives and plurals, never inside words', async () => {
  const root = workspace();
  const server = await serverFor(root);
  try {
    const uri = uriOf(root, 'roof/01 Prologue.fic');
    server.open(uri, files['roof/01 Prologue.fic']!);
    const at = { line: 6, character: 28 }; // in `Rukia's`
    const prepared = (await server.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: at })) as { placeholder: string };
    assert.equal(prepared.placeholder, 'Rukia');
    const edit = (await server.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: at, newName: 'Rika' })) as WorkspaceEdit;
    assert.ok(Object.values(edit.changeAnnotations ?? {}).every((a) => a.needsConfirmation), 'the refactor preview is shown first');
    const texts = new Map(Object.entries(files).map(([name, text]) => [uriOf(root, name), text]));
    const out = applied(edit, texts);
    assert.equal(out.get(uriOf(root, 'roof/01 Prologue.fic')), files['roof/01 Prologue.fic']!.replace('Renji/Rukia', 'Renji/Rika').replace('Characters: Rukia', 'Characters: Rika').replace("Rukia's", "Rika's"));
    assert.equal(out.get(uriOf(root, 'roof/2.fic')), 'Chapter 2: Down\n\nThe Kuchikis waited. Rika went down to the Rukiaverse. "RIKA!" Renji called.\n\nA/N: Rika is my favourite.\n');
    assert.equal(out.get(uriOf(root, 'names.canon')), 'Rika Kuchiki = Rika-chan\nRenji Abarai\nByakuya Kuchiki\n');
    const aliasEdits = ((edit.documentChanges ?? []) as TextDocumentEdit[]).flatMap((c) => c.edits).filter((e) => 'annotationId' in e && e.annotationId === 'alias');
    assert.equal(aliasEdits.length, 1, 'the alias is offered under its own heading');
    assert.equal(out.get(uriOf(root, 'roof/10.fic')), files['roof/10.fic'], 'a chapter without the name is untouched');
  } finally {
    await server.stop();
  }
});

test('rename refuses words that are not canon names, and new names that are not one word', async () => {
  const root = workspace();
  const server = await serverFor(root);
  try {
    const uri = uriOf(root, 'roof/2.fic');
    server.open(uri, files['roof/2.fic']!);
    await assert.rejects(server.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: { line: 2, character: 2 } }), /not a canon name/);
    await assert.rejects(server.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line: 2, character: 22 }, newName: 'Two Words' }), /one word/);
  } finally {
    await server.stop();
  }
});

test('references and workspace symbols list a character across the work, header mentions included', async () => {
  const root = workspace();
  const server = await serverFor(root);
  try {
    const uri = uriOf(root, 'roof/2.fic');
    server.open(uri, files['roof/2.fic']!);
    const refs = (await server.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: 2, character: 22 }, context: { includeDeclaration: true } })) as Location[];
    const where = refs.map((r) => `${path.basename(decodeURIComponent(r.uri))}:${r.range.start.line}`);
    assert.deepEqual(where, ['names.canon:0', '01 Prologue.fic:1', '01 Prologue.fic:2', '01 Prologue.fic:6', '2.fic:2', '2.fic:2', '2.fic:4']);
    const symbols = (await server.connection.sendRequest('workspace/symbol', { query: 'rukia' })) as SymbolInformation[];
    assert.equal(symbols[0]!.name, 'Rukia Kuchiki');
    assert.ok(symbols.some((s) => s.location.uri.endsWith('10.fic') === false && s.containerName === 'Prologue'));
  } finally {
    await server.stop();
  }
});

test('workspace diagnostics report closed chapters, unchanged when nothing changed, and the work file', async () => {
  const root = workspace({ 'roof/roof.ficwork': 'Title: Roof\nChapters:\n  01 Prologue.fic\n  2.fic\n  10.fic\n  gone.fic\n' });
  const server = await serverFor(root);
  try {
    const report = (await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as WorkspaceDiagnosticReport;
    const ten = report.items.find((i) => i.uri.endsWith('10.fic'))!;
    assert.equal(ten.kind, 'full');
    assert.deepEqual(ten.kind === 'full' && ten.items.map((d) => d.code), ['canon.misspelled-name']);
    const work = report.items.find((i) => i.uri.endsWith('roof.ficwork'))!;
    assert.deepEqual(work.kind === 'full' && work.items.map((d) => [d.code, d.range.start.line]), [['work.missing-chapter', 5]]);
    const again = (await server.connection.sendRequest('workspace/diagnostic', {
      previousResultIds: report.items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId })),
    })) as WorkspaceDiagnosticReport;
    assert.ok(again.items.every((i) => i.kind === 'unchanged'));
  } finally {
    await server.stop();
  }
});

test('a chapter linked from outside the workspace is never read', async () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'fic-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.fic'), 'Secret words here.\n');
  const root = workspace();
  fs.symlinkSync(path.join(outside, 'secret.fic'), path.join(root, 'roof/3.fic'));
  const server = await serverFor(root);
  try {
    const result = (await server.connection.sendRequest('fic/works', {})) as WorksRequest.Result;
    assert.deepEqual(result.works[0]!.chapters.map((c) => path.basename(decodeURIComponent(c.uri))), ['01 Prologue.fic', '2.fic', '10.fic']);
  } finally {
    await server.stop();
  }
});

test('watched-file events add, change and remove chapters; an unreadable chapter is a row with its reason', async () => {
  const root = workspace({ 'roof/3.fic': 'A\u0000binary' });
  const server = await serverFor(root);
  try {
    const chaptersOf = async () => ((await server.connection.sendRequest('fic/works', {})) as WorksRequest.Result).works[0]!.chapters.map((c) => [path.basename(decodeURIComponent(c.uri)), c.story, c.error ?? '']);
    assert.deepEqual(await chaptersOf(), [['01 Prologue.fic', 8, ''], ['2.fic', 12, ''], ['3.fic', 0, 'a binary file (it holds NUL bytes), not a chapter'], ['10.fic', 4, '']]);
    fs.writeFileSync(path.join(root, 'roof/4.fic'), 'Chapter 4: More\n\nFour short words here.\n');
    fs.unlinkSync(path.join(root, 'roof/3.fic'));
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'fic-outside-'));
    fs.writeFileSync(path.join(outside, '5.fic'), 'Outside words.\n');
    server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uriOf(root, 'roof/4.fic'), type: 1 },
        { uri: uriOf(root, 'roof/3.fic'), type: 3 },
        { uri: pathToFileURL(path.join(outside, '5.fic')).toString(), type: 1 },
      ],
    });
    assert.deepEqual(await chaptersOf(), [['01 Prologue.fic', 8, ''], ['2.fic', 12, ''], ['4.fic', 4, ''], ['10.fic', 4, '']]);
  } finally {
    await server.stop();
  }
});
