/**
 * `Add ‘X’ to canon`: appends a word to the canon file nearest the document (creating `names.canon` in
 * the workspace folder when there is none) through `workspace/applyEdit`, so the editor shows and can
 * undo the change; writes the file directly only when the client cannot apply edits. Tells the writer
 * which file it used.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseCanonText } from '../core/canon/canonFile';
import type { AddToCanonRequest } from '../protocol';
import type { ServerContext } from './context';
import { uriToPath, type CanonStore } from './canonStore';

/** The file name of a canon file the server creates. */
export const newCanonFileName = 'names.canon';

/** The canon file to append to for a word found in `docUri`, and whether it must be created. */
export function chooseCanonFile(store: CanonStore, docUri: string | undefined): { uri: string; create: boolean } | undefined {
  const docPath = docUri ? uriToPath(docUri) : undefined;
  const known = store.knownFiles().filter((u) => uriToPath(u));
  const folder = docPath ? store.folderOf(docPath) : store.folders()[0];
  if (known.length) {
    // The canon file in the deepest folder that contains the document, else any in its workspace folder.
    const scored = known
      .map((uri) => ({ uri, dir: path.dirname(uriToPath(uri)!) }))
      .filter(({ dir }) => !folder || dir === folder || dir.startsWith(folder + path.sep))
      .map(({ uri, dir }) => ({ uri, score: docPath && (docPath.startsWith(dir + path.sep)) ? dir.length : -1 }))
      .sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : 1));
    if (scored.length) return { uri: scored[0].uri, create: false };
  }
  const dir = folder ?? (docPath ? path.dirname(docPath) : undefined);
  return dir ? { uri: pathToFileURL(path.join(dir, newCanonFileName)).toString(), create: true } : undefined;
}

export type AddOutcome = { result: AddToCanonRequest.Result; message: string } | { error: string };

/**
 * Adds `word` to the canon: the file used and a message for the writer, or why it failed. Never throws.
 * The `fic/addToCanon` request leaves the telling to the client; the code-action command shows `message`.
 */
export async function addToCanon(ctx: ServerContext, store: CanonStore, params: AddToCanonRequest.Params): Promise<AddOutcome> {
  const word = String(params?.word ?? '').trim().replace(/\s+/g, ' ').replace(/(.{2,})['’]s$/, '$1');
  const check = parseCanonText(word, 'new');
  if (!word || check.entries.length !== 1) {
    return { error: `‘${word}’ cannot be a canon entry${check.lints[0] ? `: ${check.lints[0].message}` : '.'}` };
  }
  const target = chooseCanonFile(store, params.uri);
  if (!target) return { error: 'open a folder (or save the fic) first, so there is somewhere to put the canon file.' };
  const { uri } = target;
  const file = uriToPath(uri)!;
  let text = store.text(uri);
  if (text === undefined && !target.create) text = await fs.readFile(file, 'utf8').catch(() => undefined);
  const create = text === undefined;
  const label = store.label(uri);
  if (text && parseCanonText(text, uri).entries.some((e) => e.name === word || e.aliases.includes(word))) {
    return { result: { uri, created: false }, message: `‘${word}’ is already in ${label}.` };
  }
  const old = text ?? '';
  const insert = create ? `# Canon names and terms for Fic Writer: one per line, \`Name = alias, alias\`.\n${word}\n` : `${old && !old.endsWith('\n') ? '\n' : ''}${word}\n`;
  if (!(await applyAppend(ctx, uri, file, old, insert, create))) return { error: `could not write to ${label}.` };
  store.written(uri, old + insert);
  return { result: { uri, created: create }, message: create ? `Created ${label} and added ‘${word}’ to it.` : `Added ‘${word}’ to ${label}.` };
}

async function applyAppend(ctx: ServerContext, uri: string, file: string, old: string, insert: string, create: boolean): Promise<boolean> {
  const ws = ctx.clientCapabilities.workspace;
  const canCreate = !!ws?.workspaceEdit?.documentChanges && !!ws.workspaceEdit.resourceOperations?.includes('create');
  if (ws?.applyEdit && (!create || canCreate)) {
    const end = TextDocument.create(uri, 'fic-canon', 0, old).positionAt(old.length);
    const edit: WorkspaceEdit = create
      ? {
          documentChanges: [
            { kind: 'create', uri, options: { ignoreIfExists: true } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: end, end }, newText: insert }] },
          ],
        }
      : { changes: { [uri]: [{ range: { start: end, end }, newText: insert }] } };
    try {
      const result = await ctx.connection.workspace.applyEdit({ label: 'Add to canon', edit });
      if (result.applied) return true;
    } catch {
      // fall through to writing the file ourselves
    }
    if (ctx.document(uri)) return false; // never write under an open, possibly unsaved, buffer
  }
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.appendFile(file, insert, 'utf8');
    return true;
  } catch {
    return false;
  }
}
