/** Works across chapter files, in a real VS Code: the status bar, the Fic Work view, and a rename across files. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { FicWriterApi } from '../../src/extension';
import { ficApi, fixtureUri, openFixture, positionOf, waitFor } from './util';

let api: FicWriterApi;

/** The view's tree as labels: works, then their chapters. */
async function viewLabels(): Promise<string[]> {
  const view = api.workView();
  const out: string[] = [];
  for (const work of view.getChildren()) {
    out.push(String(view.getTreeItem(work).label));
    for (const chapter of view.getChildren(work)) out.push(`  ${String(view.getTreeItem(chapter).label)} — ${String(view.getTreeItem(chapter).description)}`);
  }
  return out;
}

describe('Works across chapter files', () => {
  before(async () => {
    api = await ficApi();
  });

  it('shows the chapter and the work total in the status bar, and the work in the Fic Work view', async () => {
    await openFixture('work/02.fic');
    const text = await waitFor('the work in the status bar', () => api.statusText(), (t) => /^Ch 2\/3 · /.test(t));
    assert.match(text, /^Ch 2\/3 · 24 words · work 36$/);
    assert.match(api.statusTooltip(), /\| \*\*2\. Shunsui's Shop\*\* \| \*\*24\*\* \|/);
    const labels = await waitFor('the work view', viewLabels, (l) => l.includes('The Shop at Dusk'));
    assert.deepEqual(labels.slice(labels.indexOf('The Shop at Dusk'), labels.indexOf('The Shop at Dusk') + 4), [
      'The Shop at Dusk',
      '  1. Prologue — 8 words',
      "  2. Shunsui's Shop — 24 words",
      '  3. The End — 4 words',
    ]);
  });

  it('renames a character across three chapter files and the canon file; the work view follows', async () => {
    const editor = await openFixture('work/02.fic');
    const at = positionOf(editor.document, 'Shunsui said');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, at, 'Jushiro');
    assert.ok(edit, 'a rename edit');
    // The server marks every edit as needing confirmation (VS Code's refactor preview); here the test
    // is the writer pressing Apply, so the same edits are applied without the preview.
    const plain = new vscode.WorkspaceEdit();
    for (const [uri, edits] of edit.entries()) for (const e of edits) plain.replace(uri, e.range, e.newText);
    assert.ok(await vscode.workspace.applyEdit(plain));
    assert.equal(edit.entries().length, 4, 'three chapter files and the canon file');
    for (const [uri] of edit.entries()) {
      const document = await vscode.workspace.openTextDocument(uri);
      if (document.isDirty) assert.ok(await document.save(), `saved ${uri.path}`);
    }
    const read = (name: string) => fs.readFileSync(fixtureUri(name).fsPath, 'utf8');
    assert.equal(read('work/02.fic'), "Chapter 2: Jushiro's Shop\n\n\"You're late,\" Jushiro said. The Jushiros of the world are never late.\n\nxXx\n\nNanao laughed at Jushiro's hat and at the Shunsuiverse fan club.\n");
    assert.match(read('work/01 Prologue.fic'), /^The Shop at Dusk\nJushiro\/Nanao, Multi-chapter\nCharacters: Jushiro Kyoraku, Nanao Ise\n/);
    assert.match(read('work/01 Prologue.fic'), /\nJushiro swept the floor/);
    assert.equal(read('work/10 End.fic'), 'Chapter 10: The End\n\nJushiro closed the shutters.\n\nA/N: Jushiro is my favourite.\n');
    assert.match(read('work/work.canon'), /^Jushiro Kyoraku = Jushiro-san$/m);
    await waitFor('the renamed chapter in the work view', viewLabels, (l) => l.includes("  2. Jushiro's Shop — 24 words"));
  });
});
