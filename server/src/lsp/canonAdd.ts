/**
 * `Add ‘X’ to canon`: appends a word to a canon file through `workspace/applyEdit`, so the editor shows
 * and can undo the change. The file is the one the writer picked (`file`, from the client's quick pick
 * over `fic/canonFiles`), else the canon file nearest the document, else a new `names.canon` in the
 * document's workspace folder, and the message names it.
 *
 * Safe by construction: the word is bounded and checked before any other work (`canonSafety.canonWord`);
 * nothing is written in an untrusted workspace, outside the workspace folders (links resolved), or after
 * the writer declined the edit (`applied: false`); the server writes the file itself only for a client
 * that cannot apply edits at all.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseCanonText } from '../core/canon/canonFile';
import type { AddToCanonRequest, CanonFilesRequest } from '../protocol';
import type { ServerContext } from './context';
import { uriToPath, type CanonStore } from './canonStore';
import { canonWord, insideFolders } from './canonSafety';

/** The file name of a canon file the server creates. */
export const newCanonFileName = 'names.canon';
/** Longest URI taken from a request. */
const maxUriLength = 4096;

/** The canon file to append to for a word found in `docUri`, and whether it must be created; none outside a workspace folder. */
export function chooseCanonFile(store: CanonStore, docUri: string | undefined): { uri: string; create: boolean } | undefined {
  const docPath = docUri ? uriToPath(docUri) : undefined;
  const known = store.knownFiles().filter((u) => uriToPath(u));
  const folder = docPath ? store.folderOf(docPath) : store.folders()[0];
  if (!folder) return undefined;
  if (known.length) {
    // The canon file in the deepest folder that contains the document, else any in its workspace folder.
    const scored = known
      .map((uri) => ({ uri, dir: path.dirname(uriToPath(uri)!) }))
      .filter(({ dir }) => dir === folder || dir.startsWith(folder + path.sep))
      .map(({ uri, dir }) => ({ uri, score: docPath && docPath.startsWith(dir + path.sep) ? dir.length : -1 }))
      .sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : 1));
    if (scored.length) return { uri: scored[0].uri, create: false };
  }
  return { uri: pathToFileURL(path.join(folder, newCanonFileName)).toString(), create: true };
}

/**
 * The canon files a word from `docUri` may go to (for the client's quick pick, shown when there are
 * several), nearest first: those in the fic's folder and the folders above it (the canon files that
 * apply to it); when none does, every canon file of its workspace folder.
 */
export async function canonFileChoices(store: CanonStore, docUri: string | undefined): Promise<CanonFilesRequest.Result> {
  await store.whenLoaded();
  const uri = typeof docUri === 'string' && docUri.length <= maxUriLength ? docUri : undefined;
  const docPath = uri ? uriToPath(uri) : undefined;
  const folder = docPath ? store.folderOf(docPath) : store.folders()[0];
  const suggested = chooseCanonFile(store, uri);
  const inFolder = store
    .knownFiles()
    .map((u) => ({ uri: u, file: uriToPath(u) }))
    .filter((f): f is { uri: string; file: string } => !!f.file && !!folder && store.folderOf(f.file) === folder)
    .map((f) => ({ uri: f.uri, dir: path.dirname(f.file) }));
  const applying = inFolder.filter((f) => docPath && docPath.startsWith(f.dir + path.sep)).sort((a, b) => b.dir.length - a.dir.length);
  const files = (applying.length ? applying : inFolder).map((f) => ({ uri: f.uri, label: store.label(f.uri) }));
  if (suggested && !suggested.create) files.sort((a, b) => Number(b.uri === suggested.uri) - Number(a.uri === suggested.uri));
  return { files, create: suggested?.create ? { uri: suggested.uri, label: store.label(suggested.uri) } : undefined };
}

export type AddOutcome = { result: AddToCanonRequest.Result; message: string } | { error: string };

/**
 * Adds `params.word` to the canon: the file used and a message for the writer, or why not. Never throws.
 * The `fic/addToCanon` request leaves the telling to the client; the code-action command shows `message`.
 */
export async function addToCanon(ctx: ServerContext, store: CanonStore, params: AddToCanonRequest.Params): Promise<AddOutcome> {
  const checked = canonWord(params?.word);
  if ('error' in checked) return { error: `this cannot be a canon entry: ${checked.error}.` };
  const { word } = checked;
  const parsed = parseCanonText(word, 'new');
  if (parsed.entries.length !== 1) return { error: `‘${word}’ cannot be a canon entry${parsed.lints[0] ? `: ${parsed.lints[0].message}` : '.'}` };
  await store.whenLoaded(); // the canon files are known before one is chosen
  if (!store.trusted) return { error: 'this workspace is not trusted, so Fic Writer writes no canon files in it; trust the folder first.' };
  const docUri = typeof params.uri === 'string' && params.uri.length <= maxUriLength ? params.uri : undefined;
  const target = pickTarget(store, docUri, params.file);
  if ('error' in target) return target;
  const { uri } = target;
  const file = uriToPath(uri)!;
  const label = store.label(uri);
  if (!(await insideFolders(file, store.folders()))) return { error: `${label} is outside the workspace folders (links followed); Fic Writer writes canon files only inside them.` };
  let text = store.text(uri);
  if (text === undefined && !target.create) text = await fs.readFile(file, 'utf8').catch(() => undefined);
  const create = text === undefined;
  if (text && parseCanonText(text, uri).entries.some((e) => e.name === word || e.aliases.includes(word))) {
    return { result: { uri, created: false }, message: `‘${word}’ is already in ${label}.` };
  }
  const old = text ?? '';
  const insert = create ? `# Canon names and terms for Fic Writer: one per line, \`Name = alias, alias\`.\n${word}\n` : `${old && !old.endsWith('\n') ? '\n' : ''}${word}\n`;
  const outcome = await applyAppend(ctx, uri, file, old, insert, create);
  if (outcome === 'declined') return { error: `the edit to ${label} was not applied; nothing was written.` };
  if (outcome === 'failed') return { error: `could not write to ${label}.` };
  store.written(uri, old + insert);
  return { result: { uri, created: create }, message: create ? `Created ${label} and added ‘${word}’ to it.` : `Added ‘${word}’ to ${label}.` };
}

/** The file asked for (one of the known canon files, or the new file the server would create), else the nearest. */
function pickTarget(store: CanonStore, docUri: string | undefined, asked: unknown): { uri: string; create: boolean } | { error: string } {
  const nearest = chooseCanonFile(store, docUri);
  if (asked === undefined || asked === null) {
    return nearest ?? { error: 'open a folder first (and keep the fic in it), so there is somewhere inside the workspace to put the canon file.' };
  }
  if (typeof asked !== 'string' || asked.length > maxUriLength) return { error: 'the canon file must be a URI.' };
  if (store.knownFiles().includes(asked)) return { uri: asked, create: false };
  if (nearest?.create && nearest.uri === asked) return nearest;
  return { error: `${store.label(asked)} is not one of this workspace's canon files.` };
}

async function applyAppend(ctx: ServerContext, uri: string, file: string, old: string, insert: string, create: boolean): Promise<'applied' | 'declined' | 'failed'> {
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
      // The writer (or the editor) said no: that is final, never a cue to write the file behind their back.
      return result.applied ? 'applied' : 'declined';
    } catch {
      return 'failed';
    }
  }
  if (ctx.document(uri)) return 'failed'; // never write under an open, possibly unsaved, buffer
  try {
    if (create) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, insert, { encoding: 'utf8', flag: 'wx' }); // never through an existing file or link
    } else {
      const stat = await fs.lstat(file);
      if (!stat.isFile()) return 'failed';
      await fs.appendFile(file, insert, 'utf8');
    }
    return 'applied';
  } catch {
    return 'failed';
  }
}
