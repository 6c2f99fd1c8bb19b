/**
 * `fic count DIR` and `fic check DIR`: the works under a folder, each chapter read and parsed once.
 * A chapter that cannot be read is a row with its reason (and exit status 2), never a crash.
 */
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { parse } from '../core/parse/parse';
import type { FicModel } from '../core/model';
import { isWorkFileName } from '../core/work/chapterOrder';
import { parseWorkFile, type WorkFile } from '../core/work/workFile';
import { assembleWorks, planWorks, summarizeChapter, unreadableChapter, type ChapterSummary, type WorkPlan, type WorkSummary } from '../core/work/work';
import { readChapterFile, scanFolder } from '../node/workScan';

export interface LoadedWorks {
  works: WorkSummary[];
  plans: WorkPlan[];
  /** Each readable chapter's text and model, by absolute path (for `fic check`). */
  chapters: Map<string, { text: string; model: FicModel }>;
  workFiles: Map<string, { text: string; parsed: WorkFile }>;
  /** Folders that could not be searched fully, and files that could not be read. */
  problems: string[];
}

/** Reads every work under `dirs` (absolute or relative to the working folder). */
export function loadWorks(dirs: readonly string[], settingTarget?: number): LoadedWorks {
  const problems: string[] = [];
  const files = new Set<string>();
  for (const dir of dirs) {
    const scan = scanFolder(resolve(dir));
    problems.push(...scan.warnings);
    for (const f of scan.files) files.add(f);
  }
  const workFiles = new Map<string, { text: string; parsed: WorkFile }>();
  const chapters = new Map<string, { text: string; model: FicModel }>();
  const summaries = new Map<string, ChapterSummary>();
  for (const file of files) {
    if (!isWorkFileName(basename(file))) continue;
    const read = readChapterFile(file);
    if (read.ok) workFiles.set(file, { text: read.text, parsed: parseWorkFile(read.text) });
    else problems.push(`${shown(file)}: ${read.error}`);
  }
  const parsedWorkFiles = new Map([...workFiles].map(([f, w]) => [f, w.parsed]));
  const plans = planWorks([...files], parsedWorkFiles);
  for (const plan of plans) {
    for (const file of plan.chapters) {
      const read = readChapterFile(file);
      if (!read.ok) {
        problems.push(`${shown(file)}: ${read.error}`);
        summaries.set(file, unreadableChapter(file, read.error));
        continue;
      }
      const model = parse(read.text);
      chapters.set(file, { text: read.text, model });
      summaries.set(file, summarizeChapter(file, model));
    }
  }
  const works = assembleWorks(plans, (p) => summaries.get(p), parsedWorkFiles, settingTarget);
  return { works, plans, chapters, workFiles, problems };
}

/** A path as the writer typed it: relative to the working folder when inside it. */
export function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  if (rel === '') return '.';
  return !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** A work as JSON: paths shown relative, counts as numbers. */
export function workJson(work: WorkSummary): object {
  return {
    title: work.title,
    folder: shown(work.folder),
    ...(work.workFile ? { workFile: shown(work.workFile) } : {}),
    chapters: work.chapters.map((c) => ({ ...c, file: shown(c.file) })),
    story: work.story,
    notes: work.notes,
    header: work.header,
    headings: work.headings,
    total: work.total,
    ...(work.target ? { target: work.target } : {}),
  };
}
