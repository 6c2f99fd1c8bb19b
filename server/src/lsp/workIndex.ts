/**
 * The works of the workspace, indexed in the background: every chapter file (`*.fic`) and work file
 * (`*.ficwork`) under the workspace folders, read from disk when closed and from the editor when open.
 *
 * For a closed chapter the index keeps its summary (title, counts, scenes), never its text or model: rename,
 * references and workspace diagnostics read the file again when they need it, so a 1M-word work costs a
 * few kilobytes while closed. An open chapter's summary is taken from its `OpenFic` when asked, so a
 * keystroke updates the work total without reading any other file. Watched-file events re-read one file.
 * Nothing outside the workspace folders is read (see `node/workScan.ts`).
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from '../core/parse/parse';
import type { FicModel } from '../core/model';
import { isChapterFileName, isWorkFileName } from '../core/work/chapterOrder';
import { parseWorkFile, type WorkFile } from '../core/work/workFile';
import { assembleWorks, planWorks, summarizeChapter, unreadableChapter, type ChapterSummary, type WorkPlan, type WorkSummary } from '../core/work/work';
import type { ServerContext } from './context';

/**
 * The file system the index reads, given by the entry point (`node/workScan.ts` on Node): folders scanned
 * for chapter and work files without leaving them, files read with the reason when they cannot be.
 */
export interface WorkFileSystem {
  scanFolder(root: string): { files: string[]; warnings: string[] };
  readChapterFile(file: string): { ok: true; text: string } | { ok: false; error: string };
  /** True when `child` is `root` or inside it (both absolute). */
  isInside(root: string, child: string): boolean;
}

/** Where there is no file system (a browser host): works are the open fics alone. */
const noFiles: WorkFileSystem = {
  scanFolder: () => ({ files: [], warnings: [] }),
  readChapterFile: () => ({ ok: false, error: 'no file system' }),
  isInside: () => false,
};

/** What a closed file gave when last read from disk. */
interface DiskFile {
  summary?: ChapterSummary;
  workFile?: WorkFile;
  error?: string;
  /** Bumped on every re-read: the workspace diagnostics' result ids. */
  generation: number;
}

/** `file:///a/b.fic` → `/a/b.fic` (undefined for other schemes). */
export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export const pathToUri = (file: string): string => pathToFileURL(file).toString();

export class WorkIndex {
  private readonly disk = new Map<string, DiskFile>();
  private plans: WorkPlan[] = [];
  private generation = 0;
  private loadedOnce: () => void = () => undefined;
  private readonly firstLoad = new Promise<void>((resolve) => (this.loadedOnce = resolve));
  private readonly listeners: (() => void)[] = [];
  /** Untrusted workspaces read no files: works are then the open fics alone. */
  trusted = true;

  constructor(
    private readonly ctx: ServerContext,
    private readonly fs: WorkFileSystem = noFiles,
    /** Told how many bytes of garbage a closed chapter's read and parse left (a big one asks for a GC). */
    private readonly died: (bytes: number) => void = () => undefined,
  ) {}

  /** Called when the works changed (a file read, added or removed; not on keystrokes). */
  onChanged(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    this.plans = planWorks(this.paths(), this.workFiles());
    for (const listener of this.listeners) listener();
  }

  /** Workspace folder paths (file URIs only), resolved. */
  folders(): string[] {
    return this.ctx.workspaceFolders.map(uriToPath).filter((p): p is string => !!p).map((p) => path.resolve(p));
  }

  /** True when `file` lies inside a workspace folder. */
  inWorkspace(file: string): boolean {
    return this.folders().some((folder) => this.fs.isInside(folder, file));
  }

  /** Scans the folders and reads every file, yielding between files so requests are answered meanwhile. */
  async load(): Promise<void> {
    try {
      const found = new Set<string>();
      for (const folder of this.trusted ? this.folders() : []) {
        const scan = this.fs.scanFolder(folder);
        for (const warning of scan.warnings) this.ctx.connection.console.warn(`Fic works: ${warning}`);
        for (const file of scan.files) found.add(file);
        await turn();
      }
      for (const file of [...this.disk.keys()]) if (!found.has(file)) this.disk.delete(file);
      for (const file of found) {
        await this.openFicsAnalysed();
        if (!this.ctx.fic(pathToUri(file))) this.read(file); // an open chapter is summed from the editor
        await turn();
      }
      this.changed();
    } finally {
      this.loadedOnce(); // what could be read is in: nobody waits forever
    }
  }

  /**
   * Resolves when no fic just opened awaits its first lints and no reply is still being written: the
   * index reads and parses closed chapters (a long one takes ~100 ms) only after the open fics'
   * diagnostics are out.
   */
  private async openFicsAnalysed(): Promise<void> {
    while (this.ctx.busy()) await new Promise<void>((resolve) => setTimeout(resolve, 10));
  }

  /** Resolves once the first scan is done (it starts after `initialized`). */
  ready(): Promise<void> {
    return this.firstLoad;
  }

  /** A watched chapter or work file was created, changed (`deleted` false) or deleted. */
  fileChanged(uri: string, deleted: boolean): void {
    const file = uriToPath(uri);
    if (!file || !this.trusted || !isWorkPath(file) || !this.inWorkspace(file)) return;
    if (deleted) this.disk.delete(file);
    else this.read(file);
    this.changed();
  }

  /** An open fic was opened or closed: its folder's work may have changed members. */
  openedOrClosed(uri: string, closed: boolean): void {
    const file = uriToPath(uri);
    if (!file || !isWorkPath(file)) return;
    if (closed && this.trusted && this.inWorkspace(file)) this.read(file); // back to the file on disk
    this.changed();
  }

  private read(file: string): void {

    const generation = ++this.generation;
    const result = this.fs.readChapterFile(file);
    if (!result.ok) {
      this.disk.set(file, { error: result.error, generation, ...(isChapterFileName(path.basename(file)) ? { summary: unreadableChapter(file, result.error) } : {}) });
      return;
    }
    if (isWorkFileName(path.basename(file))) this.disk.set(file, { workFile: parseWorkFile(result.text), generation });
    else this.disk.set(file, { summary: detached(summarizeChapter(file, parse(result.text))), generation });
    // The text and its model are garbage now: a long chapter's are tens of megabytes, which V8 would keep
    // resident until its next full collection (the open fic's peak memory would carry them).
    this.died(result.text.length * 8);
  }

  /** Every chapter and work file known: on disk or open. */
  private paths(): string[] {
    const all = new Set(this.disk.keys());
    for (const fic of this.ctx.fics()) {
      const file = uriToPath(fic.document.uri);
      if (file && isWorkPath(file)) all.add(file);
    }
    return [...all];
  }

  private workFiles(): Map<string, WorkFile> {
    const out = new Map<string, WorkFile>();
    for (const [file, d] of this.disk) if (d.workFile) out.set(file, d.workFile);
    return out;
  }

  /** The summary of a chapter now: from the editor when it is open, else from disk. */
  private summary(file: string): ChapterSummary | undefined {
    const fic = this.ctx.fic(pathToUri(file));
    if (fic) return summarizeChapter(file, fic.model());
    return this.disk.get(file)?.summary;
  }

  /** Every work with its chapters' current counts. */
  works(): WorkSummary[] {
    return assembleWorks(this.plans, (p) => this.summary(p), this.workFiles(), this.ctx.settings().wordCount.workTarget ?? undefined);
  }

  /**
   * The text of a chapter or work file now: the editor's when open, else read from disk (inside the
   * workspace only); undefined when it cannot be read.
   */
  text(file: string): string | undefined {
    const fic = this.ctx.fic(pathToUri(file));
    if (fic) return fic.document.getText();
    if (!this.trusted || !this.inWorkspace(file)) return undefined;
    const result = this.fs.readChapterFile(file);
    return result.ok ? result.text : undefined;
  }

  /** Every chapter file path known (open or on disk), sorted. */
  chapterFiles(): string[] {
    return this.paths().filter((p) => isChapterFileName(path.basename(p))).sort();
  }

  /** Closed, readable chapter files with a generation that changes when the file is re-read. */
  closedChapters(): { file: string; generation: number }[] {
    const out: { file: string; generation: number }[] = [];
    for (const [file, d] of this.disk) {
      if (!d.summary || d.summary.error || this.ctx.fic(pathToUri(file))) continue;
      out.push({ file, generation: d.generation });
    }
    return out.sort((a, b) => (a.file < b.file ? -1 : 1));
  }

  /** Every work file, what it lists that does not exist, and its read generation. */
  workFileReports(): { file: string; workFile: WorkFile; missing: WorkPlan['missing']; generation: number }[] {
    const out: { file: string; workFile: WorkFile; missing: WorkPlan['missing']; generation: number }[] = [];
    for (const [file, d] of this.disk) {
      if (!d.workFile) continue;
      const plan = this.plans.find((p) => p.workFile === file);
      out.push({ file, workFile: d.workFile, missing: plan?.missing ?? [], generation: d.generation });
    }
    return out;
  }

  /** The model of a closed chapter, read and parsed now (not kept). */
  parseClosed(file: string): FicModel | undefined {
    const text = this.text(file);
    return text === undefined ? undefined : parse(text);
  }
}

function isWorkPath(file: string): boolean {
  const name = path.basename(file);
  return isChapterFileName(name) || isWorkFileName(name);
}

/**
 * `summary` with strings of its own: a title cut from the text is a slice that keeps the whole chapter
 * text alive in V8 (a 500k-word chapter's 6 MB, for as long as the index holds the summary).
 */
function detached(summary: ChapterSummary): ChapterSummary {
  return JSON.parse(JSON.stringify(summary)) as ChapterSummary;
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
