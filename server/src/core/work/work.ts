/**
 * A work: the chapter files of one folder, in order, with their AO3 counts and the work's totals.
 *
 * 1. `planWorks` groups file paths into works: a folder's work file (`*.ficwork`) lists its chapters
 *    (subfolders allowed); every other chapter file (`*.fic`) belongs to its own folder's work, in
 *    natural order (`prologue` first, `epilogue` last when they carry no number).
 * 2. `summarizeChapter` reads one parsed chapter: its title and counts (kept; the model is not).
 * 3. `workTotals` adds the chapters up.
 * Paths are `/`-separated and absolute-looking strings (URIs' paths or file paths); nothing here reads
 * a file: the server and the CLI read them and hand the texts in.
 */
import type { FicModel, TextSource } from '../model';
import { countChapters, getWordTotals } from '../count/wordCounts';
import { parseTargetValue } from '../count/target';
import { isChapterFileName, isWorkFileName, naturalCompare } from './chapterOrder';
import type { WorkFile } from './workFile';
import { LintCode, type Lint } from '../lint';

/** A work before its chapters are read: where it is and which files, in order. */
export interface WorkPlan {
  /** Names the work: its folder, or its one file for a fic that is a work by itself. */
  readonly id: string;
  /** The folder, `/`-separated, no trailing slash. */
  readonly folder: string;
  /** The work file's path, when there is one. */
  readonly workFile?: string;
  /** Chapter file paths in order. */
  readonly chapters: readonly string[];
  /** Chapter files the work file lists that do not exist: path and where the work file names it. */
  readonly missing: readonly { path: string; start: number; end: number }[];
}

/** Counts as AO3 gives them, for one chapter file or a whole work. */
export interface WorkCounts {
  readonly story: number;
  readonly notes: number;
  readonly header: number;
  readonly headings: number;
  readonly total: number;
}

export interface ChapterSummary extends WorkCounts {
  readonly file: string;
  /** The chapter's title: its heading's title, its header's title line, or the file name. */
  readonly title: string;
  /** The chapter's own story target, when it has one. */
  readonly target?: number;
  /** The scenes of the file, named by their first words, with their story words and 0-based first line. */
  readonly scenes?: readonly { name: string; words: number; line: number }[];
  /** The title line of the chapter's header, when it has one (the work's title for a first chapter). */
  readonly headerTitle?: string;
  /** Why the file could not be read (binary, too big, gone): its counts are 0. */
  readonly error?: string;
}

export interface WorkSummary extends WorkCounts {
  readonly id: string;
  readonly folder: string;
  readonly workFile?: string;
  readonly title: string;
  readonly chapters: readonly ChapterSummary[];
  /** The work's target (work file `Target:` or the `fic.wordCount.workTarget` setting). */
  readonly target?: number;
}

/** `a/b/c.fic` → `a/b`. */
export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '') : path.slice(0, i);
}

/** `a/b/c.fic` → `c.fic`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function join(folder: string, rel: string): string {
  return folder === '/' ? `/${rel}` : folder ? `${folder}/${rel}` : rel;
}

/** Rank for unnumbered prologues and epilogues, which a writer expects first and last. */
function rank(name: string): number {
  if (/^\d/.test(name)) return 0;
  if (/^(?:prologue|prolog|preface|foreword)\b/i.test(name)) return -1;
  if (/^(?:epilogue|epilog|afterword|coda)\b/i.test(name)) return 1;
  return 0;
}

/** True when a file name carries a place in an order: a number, or a prologue's or epilogue's name. */
export function carriesOrder(name: string): boolean {
  return /\d/.test(name) || rank(name) !== 0;
}

/** Natural order of chapter files in one folder, prologue first and epilogue last. */
export function orderChapterNames(names: readonly string[]): string[] {
  return [...names].sort((a, b) => rank(a) - rank(b) || naturalCompare(a, b));
}

/**
 * Groups `paths` (every file of interest in the workspace) into works. `workFiles` maps a work file's
 * path to its parsed text (one per folder counts: the first by name). A folder whose work file lists
 * `Chapters:` has exactly those, in that order (a file it does not list is not part of the work). In any
 * other folder, the files whose names carry an order (`01 Prologue.fic`, `2.fic`, `Epilogue.fic`) are
 * one work in natural order, and every other file (`roof.fic`, `drabble.fic`: a folder of one-shots) is
 * a work by itself. Works are sorted by folder, then by their first file.
 */
export function planWorks(paths: readonly string[], workFiles: ReadonlyMap<string, WorkFile>): WorkPlan[] {
  const chapterSet = new Set(paths.filter((p) => isChapterFileName(baseName(p))));
  const workFileOf = new Map<string, string>();
  for (const p of [...workFiles.keys()].filter((p) => isWorkFileName(baseName(p))).sort()) {
    if (!workFileOf.has(folderOf(p))) workFileOf.set(folderOf(p), p);
  }
  const plans = new Map<string, WorkPlan>();
  const claimed = new Set<string>();
  for (const [folder, workFile] of workFileOf) {
    const listed = workFiles.get(workFile)!.chapters;
    if (!listed) continue;
    const chapters: string[] = [];
    const missing: { path: string; start: number; end: number }[] = [];
    for (const c of listed) {
      const full = join(folder, c.path);
      if (!chapterSet.has(full)) missing.push({ path: c.path, start: c.start, end: c.end });
      else if (!claimed.has(full)) chapters.push(full), claimed.add(full);
    }
    plans.set(folder, { id: folder, folder, workFile, chapters, missing });
  }
  const natural = new Map<string, string[]>();
  for (const p of chapterSet) {
    const folder = folderOf(p);
    if (claimed.has(p) || plans.has(folder)) continue;
    let names = natural.get(folder);
    if (!names) natural.set(folder, (names = []));
    names.push(baseName(p));
  }
  const singles: WorkPlan[] = [];
  for (const [folder, names] of natural) {
    const workFile = workFileOf.get(folder);
    // With a work file every chapter file of the folder is its chapter; without, only the ordered ones.
    const ordered = workFile ? names : names.filter(carriesOrder);
    if (ordered.length > 0) plans.set(folder, { id: folder, folder, ...(workFile ? { workFile } : {}), chapters: orderChapterNames(ordered).map((n) => join(folder, n)), missing: [] });
    for (const name of workFile ? [] : names.filter((n) => !carriesOrder(n))) {
      const file = join(folder, name);
      singles.push({ id: file, folder, chapters: [file], missing: [] });
    }
  }
  for (const [folder, workFile] of workFileOf) if (!plans.has(folder)) plans.set(folder, { id: folder, folder, workFile, chapters: [], missing: [] });
  return [...plans.values(), ...singles].sort((a, b) => naturalCompare(a.folder, b.folder) || naturalCompare(a.chapters[0] ?? '', b.chapters[0] ?? ''));
}

/** The title and counts of one parsed chapter file. */
export function summarizeChapter(file: string, model: FicModel): ChapterSummary {
  const c = getWordTotals(model);
  const target = c.target;
  const headerTitle = model.header?.title;
  const scenes = countChapters(model).flatMap((ch) => ch.scenes);
  const lines = lineNumbers(model.source, scenes.map((s) => s.start));
  return {
    file,
    title: chapterTitle(file, model),
    scenes: scenes.map((s, i) => ({ name: s.name, words: s.words, line: lines[i]! })),
    ...(headerTitle ? { headerTitle: model.source.slice(headerTitle.start, headerTitle.end).trim() } : {}),
    story: c.story,
    notes: c.notes,
    header: c.header,
    headings: c.headings,
    total: c.total,
    ...(target ? { target: target.goal } : {}),
  };
}

/** 0-based line numbers of `offsets` (ascending) in `source`: one pass over its line breaks. */
function lineNumbers(source: TextSource, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let line = 0;
  let at = 0;
  for (const offset of offsets) {
    for (let nl = source.indexOf('\n', at); nl >= 0 && nl < offset; nl = source.indexOf('\n', nl + 1)) {
      line++;
      at = nl + 1;
    }
    out.push(line);
  }
  return out;
}

/** A chapter that could not be read: counted as empty, with the reason. */
export function unreadableChapter(file: string, error: string): ChapterSummary {
  return { file, title: titleFromFileName(file), story: 0, notes: 0, header: 0, headings: 0, total: 0, error };
}

function chapterTitle(file: string, model: FicModel): string {
  const heading = model.headings[0];
  if (heading) return heading.title || model.source.slice(heading.start, heading.end).trim();
  const title = model.header?.title;
  if (title) return model.source.slice(title.start, title.end).trim();
  return titleFromFileName(file);
}

function titleFromFileName(file: string): string {
  return baseName(file).replace(/\.[^.]+$/, '');
}

/**
 * The work's title: the work file's, else the first chapter's header title, else the folder's name (the
 * file's name for a fic that is a work by itself).
 */
export function workTitle(plan: WorkPlan, workFile: WorkFile | undefined, firstChapter: ChapterSummary | undefined): string {
  const fallback = plan.id !== plan.folder ? titleFromFileName(plan.id) : baseName(plan.folder) || plan.folder;
  return workFile?.title || firstChapter?.headerTitle || fallback || 'Untitled work';
}

/**
 * Every work of `plans` with its totals, from the chapters' summaries (`chapter(path)`; a path without
 * one is reported as unread) and the parsed work files.
 */
export function assembleWorks(
  plans: readonly WorkPlan[],
  chapter: (path: string) => ChapterSummary | undefined,
  workFiles: ReadonlyMap<string, WorkFile>,
  settingTarget?: number,
): WorkSummary[] {
  return plans.map((plan) => {
    const workFile = plan.workFile ? workFiles.get(plan.workFile) : undefined;
    const chapters = plan.chapters.map((p) => chapter(p) ?? unreadableChapter(p, 'not read yet'));
    return workTotals(plan, workTitle(plan, workFile, chapters[0]), chapters, workTarget(workFile, settingTarget));
  });
}

/** The work's target: the work file's `Target:` field, else `setting`. */
export function workTarget(workFile: WorkFile | undefined, setting?: number): number | undefined {
  const field = workFile?.fields.find((f) => f.name === 'target');
  return (field && parseTargetValue(field.value)) || setting;
}

/**
 * Every finding on a work file: its own (`work.file`: a line it cannot use, a path outside the folder)
 * and a `work.missing-chapter` warning on each listed chapter that does not exist, in file order.
 */
export function workFileLints(workFile: WorkFile, missing: WorkPlan['missing']): Lint[] {
  const lints: Lint[] = [
    ...workFile.lints,
    ...missing.map((m): Lint => ({ code: LintCode.MissingChapter, severity: 'warning', start: m.start, end: m.end, message: `no chapter file ‘${m.path}’ in this folder` })),
  ];
  return lints.sort((a, b) => a.start - b.start);
}

/** The sum of several files' counts (targets are per file and are not summed). */
export function addCounts(all: readonly WorkCounts[]): WorkCounts {
  const sum = { story: 0, notes: 0, header: 0, headings: 0, total: 0 };
  for (const c of all) {
    sum.story += c.story;
    sum.notes += c.notes;
    sum.header += c.header;
    sum.headings += c.headings;
    sum.total += c.total;
  }
  return sum;
}

/** Adds up the chapters of a work. */
export function workTotals(plan: WorkPlan, title: string, chapters: readonly ChapterSummary[], target?: number): WorkSummary {
  const sum = addCounts(chapters);
  return { id: plan.id, folder: plan.folder, ...(plan.workFile ? { workFile: plan.workFile } : {}), title, chapters, ...sum, ...(target ? { target } : {}) };
}
