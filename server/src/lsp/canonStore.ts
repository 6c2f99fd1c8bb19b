/**
 * The workspace canon as the server sees it: canon files found by the `fic.canon.files` globs (read after
 * `initialized`), open `.canon` documents (their unsaved text wins), and `fic.canon.words`. Any change
 * rebuilds the index once (coalesced), re-checks open fics, and republishes each canon file's own lints.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildCanon, type CanonText } from '../core/canon/canonSources';
import { LintCode } from '../core/lint';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';
import { isCanonDocument } from './documents';
import { findFiles, globToRegExp, matchesAny, readCanonFile, toRelative } from './canonFiles';
import { insideFolders } from './canonSafety';

interface DiskFile {
  text?: string;
  /** Why it could not be read. */
  error?: string;
}

const sameStrings = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tells the writer something (`window/showMessage`). A notification, not `showWarningMessage`'s request:
 * nothing to await, and a client that does not answer requests cannot make it fail.
 */
export function tell(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message }).catch(() => undefined);
}

export class CanonStore {
  private readonly disk = new Map<string, DiskFile>();
  private published = new Set<string>();
  private scheduled = false;
  private loaded = false;
  /** A canon document changed during the first load: the index built then is stale. */
  private changedWhileLoading = false;
  /** In an untrusted workspace no files are read: only open canon documents and `fic.canon.words`. */
  trusted = true;
  /** True once the first scan has finished (settings changes before then need no rescan). */
  get isLoaded(): boolean {
    return this.loaded;
  }
  private readonly warned = new Set<string>();
  private markLoaded: () => void = () => undefined;
  private readonly firstLoad = new Promise<void>((resolve) => (this.markLoaded = resolve));

  /** Resolves once the first scan has finished, or after `ms` (a request never waits for ever). */
  whenLoaded(ms = 5000): Promise<void> {
    if (this.loaded) return Promise.resolve();
    return Promise.race([this.firstLoad, new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.())]);
  }

  constructor(private readonly ctx: ServerContext) {}

  private get connection(): Connection {
    return this.ctx.connection;
  }

  /** Workspace folder paths (file URIs only). */
  folders(): string[] {
    return this.ctx.workspaceFolders.map(uriToPath).filter((p): p is string => !!p);
  }

  /** The workspace-relative path of `uri` (or its file name), for messages and hovers. */
  label(uri: string): string {
    const file = uriToPath(uri);
    if (!file) return uri;
    const folder = this.folderOf(file);
    return folder ? toRelative(folder, file) : path.basename(file);
  }

  folderOf(file: string): string | undefined {
    return this.folders()
      .filter((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep))
      .sort((a, b) => b.length - a.length)[0];
  }

  /**
   * Scans the workspace for canon files and builds the index. Called after `initialized` and on settings
   * changes. At start-up it runs with the settings `initialize` gave while the client answers the settings
   * request: the index is built then, and made the workspace's canon only once the fetched settings are in
   * and agree with what it was built from (else it is scanned or built again), so no answer ever comes
   * from a canon of the wrong settings.
   */
  async load(): Promise<void> {
    for (;;) {
      const globs = this.ctx.settings().canon.files;
      const found = new Set<string>();
      for (const folder of this.trusted ? this.folders() : []) {
        const { files, truncated } = await findFiles(folder, globs);
        if (truncated) this.connection.console.warn(`Fic: stopped looking for canon files in ${folder} after 20,000 folders; list them in fic.canon.files.`);
        for (const file of files) found.add(pathToFileURL(file).toString());
      }
      for (const uri of [...this.disk.keys()]) if (!found.has(uri)) this.disk.delete(uri);
      await Promise.all([...found].map((uri) => this.readFromDisk(uri)));
      const words = this.ctx.settings().canon.words;
      this.changedWhileLoading = false;
      let built = this.build();
      await this.ctx.settingsFetched();
      const now = this.ctx.settings().canon;
      if (!sameStrings(globs, now.files)) continue; // other canon files: look again
      if (this.changedWhileLoading || !sameStrings(words, now.words)) built = this.build();
      this.loaded = true;
      this.markLoaded();
      this.announce(built);
      return;
    }
  }

  /** Registers file watching for the canon globs when the client can register it dynamically. */
  async watch(): Promise<void> {
    if (!this.ctx.clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    const globs = [...new Set(['**/*.canon', ...this.ctx.settings().canon.files])];
    try {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) });
    } catch (e) {
      this.connection.console.warn(`Fic: could not watch canon files (${String(e)}); edits to closed canon files are picked up on restart.`);
    }
  }

  /** A watched file was created, changed or deleted. */
  async fileChanged(uri: string, type: FileChangeType): Promise<void> {
    if (!this.isCanonPath(uri)) return;
    if (type === FileChangeType.Deleted) {
      this.disk.delete(uri);
      if (this.ctx.document(uri)) {
        tell(this.connection, MessageType.Warning, `Fic: the canon file ${this.label(uri)} was deleted; its names stay canon while it is open in the editor.`);
      } else {
        this.connection.console.info(`Fic: canon file ${this.label(uri)} was deleted; its names are no longer canon.`);
      }
    } else await this.readFromDisk(uri);
    this.schedule();
  }

  /** An open canon document changed (or was opened): its text is indexed at once. */
  documentChanged(uri: string, languageId: string): void {
    if (isCanonDocument(uri, languageId)) this.schedule();
  }

  /** A canon document was closed: fall back to the file on disk, if it is still there. */
  async documentClosed(uri: string, languageId: string): Promise<void> {
    if (!isCanonDocument(uri, languageId)) return;
    if (this.isCanonPath(uri) || this.disk.has(uri)) await this.readFromDisk(uri);
    if (this.disk.get(uri)?.error) this.disk.delete(uri);
    this.schedule();
  }

  /** True for `.canon` files and files matching `fic.canon.files`, inside a workspace folder only. */
  isCanonPath(uri: string): boolean {
    const file = uriToPath(uri);
    const folder = file && this.folderOf(file);
    if (!folder) return false;
    return uri.endsWith('.canon') || matchesAny(toRelative(folder, file!), this.ctx.settings().canon.files.map(globToRegExp));
  }

  /** Every canon file known, open or on disk (URIs). */
  knownFiles(): string[] {
    const open = this.ctx.allDocuments().filter((d) => isCanonDocument(d.uri, d.languageId)).map((d) => d.uri);
    return [...new Set([...this.disk.keys(), ...open])].sort();
  }

  /** The current text of a canon file: the open document's, else the last read from disk. */
  text(uri: string): string | undefined {
    return this.ctx.document(uri)?.getText() ?? this.disk.get(uri)?.text;
  }

  /** Records text just written to `uri` (so the index updates before the file watcher reports it). */
  written(uri: string, text: string): void {
    this.disk.set(uri, { text });
    this.schedule();
  }

  async readFromDisk(uri: string): Promise<void> {
    const file = uriToPath(uri);
    if (!file || !this.trusted) return;
    // Only inside the workspace folders, links resolved: a link to `/etc/passwd` is never read (nor quoted).
    if (!(await insideFolders(file, this.folders()))) {
      this.disk.delete(uri);
      this.connection.console.warn(`Fic: ${this.label(uri)} is not read: it lies outside the workspace folders (links followed).`);
      return;
    }
    const result = await readCanonFile(file);
    if ('text' in result) {
      this.disk.set(uri, { text: result.text });
      this.warned.delete(uri);
    } else {
      this.disk.set(uri, { error: result.error });
      if (!this.warned.has(uri) && !this.ctx.document(uri)) {
        this.warned.add(uri);
        tell(this.connection, MessageType.Warning, `Fic: could not read the canon file ${this.label(uri)}: ${result.error}.`);
      }
    }
  }

  /** Rebuilds the index on the next turn; many calls before then cost one rebuild. */
  schedule(): void {
    if (!this.loaded) this.changedWhileLoading = true;
    if (this.scheduled || !this.loaded) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.rebuildNow();
    });
  }

  private rebuildNow(): void {
    this.announce(this.build());
  }

  /** The index of every canon file known now (open documents' text first) and `fic.canon.words`. */
  private build(): { texts: CanonText[]; errors: Map<string, string>; loaded: ReturnType<typeof buildCanon> } {
    const texts: CanonText[] = [];
    const errors = new Map<string, string>();
    for (const uri of this.knownFiles()) {
      const open = this.ctx.document(uri);
      const file = this.disk.get(uri);
      if (open) texts.push({ source: uri, label: this.label(uri), text: open.getText() });
      else if (file?.text !== undefined) texts.push({ source: uri, label: this.label(uri), text: file.text });
      else if (file?.error) errors.set(uri, file.error);
    }
    return { texts, errors, loaded: buildCanon(texts, this.ctx.settings().canon.words) };
  }

  /** Makes `built` the workspace's canon, and publishes each canon file's own lints. */
  private announce({ texts, errors, loaded }: ReturnType<CanonStore['build']>): void {
    this.ctx.setCanon(loaded.index);
    const now = new Set<string>();
    for (const { source, text } of texts) {
      const doc = TextDocument.create(source, 'fic-canon', 0, text);
      const diagnostics: Diagnostic[] = (loaded.lints.get(source) ?? []).map((l) => toDiagnostic(doc, l));
      this.ctx.publishExtraDiagnostics(source, diagnostics);
      now.add(source);
    }
    for (const [uri, error] of errors) {
      const diagnostic = toDiagnostic(TextDocument.create(uri, 'fic-canon', 0, ''), {
        code: LintCode.MalformedCanonEntry,
        severity: 'warning',
        start: 0,
        end: 0,
        message: `This canon file was not read: ${error}.`,
      });
      this.ctx.publishExtraDiagnostics(uri, [diagnostic]);
      now.add(uri);
    }
    const settingsLints = loaded.lints.get('settings') ?? [];
    if (settingsLints.length) {
      const words = this.ctx.settings().canon.words;
      this.connection.console.warn(`Fic: ${settingsLints.length} entries of fic.canon.words were skipped: ${settingsLints.map((l) => l.message).join(' ')} (${words.length} entries in all)`);
    }
    for (const uri of this.published) if (!now.has(uri)) this.ctx.publishExtraDiagnostics(uri, []);
    this.published = now;
  }
}
