/** The `Fic:` commands Add Word to Canon and Fold Author's Notes (Show Stats: stats/statsPanel.ts). */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AddToCanonRequest } from '../../server/src/protocol';

/** The word to add: the selection if any, else the word under the cursor. */
function wordAtCursor(editor: vscode.TextEditor): string | undefined {
  const selected = editor.document.getText(editor.selection).trim();
  if (selected) return selected;
  const range = editor.document.getWordRangeAtPosition(editor.selection.active);
  return range ? editor.document.getText(range).replace(/['’]s$/, '') : undefined;
}

/** Adds the selection or the word under the cursor to the workspace's canon file; `word` overrides. */
export async function addWordToCanon(
  client: LanguageClient | undefined,
  word?: string,
): Promise<AddToCanonRequest.Result | undefined> {
  const editor = vscode.window.activeTextEditor;
  const text = typeof word === 'string' ? word : editor ? wordAtCursor(editor) : undefined;
  if (!client || !text) {
    void vscode.window.showInformationMessage('Put the cursor on a word (or select a name) to add it to canon.');
    return undefined;
  }
  const params: AddToCanonRequest.Params = { word: text, uri: editor?.document.uri.toString() };
  try {
    const result = await client.sendRequest<AddToCanonRequest.Result>(AddToCanonRequest.method, params);
    const file = vscode.workspace.asRelativePath(vscode.Uri.parse(result.uri));
    void vscode.window.showInformationMessage(`Added ‘${text}’ to ${result.created ? 'new canon file ' : ''}${file}.`);
    return result;
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not add ‘${text}’ to canon: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Folds every author's note: the server marks A/N folding ranges with kind `comment`. */
export async function foldAuthorNotes(): Promise<void> {
  await vscode.commands.executeCommand('editor.foldAllBlockComments');
}
