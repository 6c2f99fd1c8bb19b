/** The `Fic:` commands Add Word to Canon and Fold Author's Notes (Show Stats: stats/statsPanel.ts). */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AddToCanonRequest, CanonFilesRequest } from '../../server/src/protocol';

/** The word to add: the selection if any, else the word under the cursor. */
function wordAtCursor(editor: vscode.TextEditor): string | undefined {
  const selected = editor.document.getText(editor.selection).trim();
  if (selected) return selected;
  const range = editor.document.getWordRangeAtPosition(editor.selection.active);
  return range ? editor.document.getText(range).replace(/['’]s$/, '') : undefined;
}

/**
 * The canon file to add to: asked with a quick pick when the workspace has several (the nearest to the
 * fic first); null when the writer dismissed the pick; undefined for the server's choice (one file, or the
 * new file it names).
 */
async function pickCanonFile(client: LanguageClient, uri: string | undefined): Promise<string | null | undefined> {
  const choices = await client.sendRequest<CanonFilesRequest.Result>(CanonFilesRequest.method, { uri } satisfies CanonFilesRequest.Params);
  if (choices.files.length < 2) return undefined;
  const picked = await vscode.window.showQuickPick(
    choices.files.map((f, i) => ({ label: f.label, description: i === 0 ? 'nearest to this fic' : undefined, uri: f.uri })),
    { title: 'Add to which canon file?', placeHolder: 'Canon files in this workspace' },
  );
  return picked ? picked.uri : null;
}

/**
 * Adds the selection or the word under the cursor to a canon file of the workspace (asking which when
 * there are several); `word` and `uri` (the fic it came from) override.
 */
export async function addWordToCanon(
  client: LanguageClient | undefined,
  word?: string,
  uri?: string,
): Promise<AddToCanonRequest.Result | undefined> {
  const editor = vscode.window.activeTextEditor;
  const text = typeof word === 'string' ? word : editor ? wordAtCursor(editor) : undefined;
  if (!client || !text) {
    void vscode.window.showInformationMessage('Put the cursor on a word (or select a name) to add it to canon.');
    return undefined;
  }
  const params: AddToCanonRequest.Params = { word: text, uri: uri ?? editor?.document.uri.toString() };
  try {
    const chosen = await pickCanonFile(client, params.uri);
    if (chosen === null) return undefined; // the writer dismissed the pick: nothing is added
    if (chosen) params.file = chosen;
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
