/**
 * Fic: Copy for AO3 and Fic: Preview as on AO3 in a real VS Code, on roof.fic (one chapter: two story
 * paragraphs, a `***` break, `*Idiot,*`, notes before and after).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ficApi, openFixture, positionOf, waitFor } from './util';
import type { FicWriterApi } from '../../src/extension';

let api: FicWriterApi;

describe('Fic Writer for AO3', () => {
  before(async () => {
    api = await ficApi();
  });

  afterEach(async () => {
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && !document.isUntitled) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('copies the chapter body for AO3 to the clipboard', async () => {
    await openFixture('roof.fic');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('fic.copyForAo3', 'body');
    const copied = await waitFor('the chapter body on the clipboard', () => vscode.env.clipboard.readText(), (t) => t.startsWith('<p>'));
    assert.match(copied, /^<p>Rukia climbed the ladder slowly\. "You are late," Renji said from the far edge\.<\/p>\n/);
    assert.match(copied, /<p align="center">\*\*\*<\/p>/);
    assert.match(copied, /<em>Idiot,<\/em> she thought/);
    assert.doesNotMatch(copied, /A\/N|Summary|Reviews are welcome/);
  });

  it('opens the AO3 preview and updates it after typing', async () => {
    const editor = await openFixture('roof.fic');
    await vscode.commands.executeCommand('fic.previewAo3');
    await waitFor('the preview body', () => api.ao3PreviewBody(), (b) => b.includes('Rukia climbed the ladder'));
    await vscode.window.showTextDocument(editor.document, { preview: false, viewColumn: editor.viewColumn });
    const end = editor.document.lineAt(positionOf(editor.document, 'smiled anyway').line).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: ' Then she *laughed*.' });
    await waitFor('the preview after typing', () => api.ao3PreviewBody(), (b) => b.includes('Then she <em>laughed</em>.</p>'));
  });
});
