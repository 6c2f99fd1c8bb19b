/**
 * Finding and reading the files of works on disk, for the `fic` command and the server's work index:
 * chapter files (`*.fic`) and work files (`*.ficwork`) under a folder, and each file read with a clear
 * reason when it cannot be (gone, not permitted, binary, too big). Nothing outside the folder is read:
 * linked folders are not followed, and a linked file counts only when its target lies inside the folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isChapterFileName, isWorkFileName } from '../core/work/chapterOrder';

/** Folders never searched: tools' and version control's. */
const skippedDirs = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
/** Directory entries examined per folder walk, so pointing at `/` cannot hang; hitting it is reported. */
export const maxEntries = 200_000;
/** A chapter file larger than this is reported, not read (a 1M-word fic is about 6 MB). */
export const maxChapterBytes = 16 * 1024 * 1024;

export interface FolderScan {
  /** Chapter and work files, absolute, smallest first (then by name). */
  readonly files: string[];
  /** What could not be searched: said, never silent. */
  readonly warnings: string[];
}

/** True when `child` is `root` or inside it (both absolute and resolved). */
export function isInside(root: string, child: string): boolean {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** How a folder walk goes: which folders it enters, and what it says when it cannot go on. */
export interface Walk {
  /** Whether to go into the folder named `name`. */
  enter(name: string): boolean;
  /** Called for every file or link that is not a folder. */
  visit(full: string, entry: fs.Dirent): void;
  /** A folder could not be read. */
  unreadable(dir: string): void;
  /** The walk stopped after `maxEntries` entries. */
  stopped(): void;
}

/** Walks the folders under `root` depth first, reading at most `budget` entries; links to folders are not followed. */
export function walkFolder(root: string, walk: Walk, budget = maxEntries): void {
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      walk.unreadable(dir);
      continue;
    }
    budget -= entries.length;
    if (budget < 0) {
      walk.stopped();
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (walk.enter(entry.name)) stack.push(full);
      } else walk.visit(full, entry);
    }
  }
}

/** Every chapter and work file under `root` (absolute), smallest first. */
export function scanFolder(root: string, budget = maxEntries): FolderScan {
  const files: string[] = [];
  const warnings: string[] = [];
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return { files, warnings: [`could not read folder ${root}`] };
  }
  walkFolder(
    root,
    {
      enter: (name) => !skippedDirs.has(name) && !name.startsWith('.'),
      visit(full, entry) {
        if (!isChapterFileName(entry.name) && !isWorkFileName(entry.name)) return;
        if (entry.isFile()) files.push(full);
        else if (entry.isSymbolicLink() && linkStaysInside(realRoot, full)) files.push(full);
      },
      unreadable: (dir) => void warnings.push(`could not read folder ${dir}`),
      stopped: () => void warnings.push(`stopped looking for chapter files under ${root} after ${maxEntries} entries`),
    },
    budget,
  );
  // Smallest first: the index reads them in this order, so a long fic the editor is about to open is
  // reached last, by when it is open and summed from the editor instead of parsed a second time.
  const size = new Map(files.map((f) => [f, sizeOf(f)]));
  return { files: files.sort((a, b) => size.get(a)! - size.get(b)! || (a < b ? -1 : a > b ? 1 : 0)), warnings };
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function linkStaysInside(realRoot: string, link: string): boolean {
  try {
    return isInside(realRoot, fs.realpathSync(link)) && fs.statSync(link).isFile();
  } catch {
    return false;
  }
}

export type ChapterRead = { ok: true; text: string } | { ok: false; error: string };

/**
 * Reads a chapter or work file as UTF-8 (BOM dropped). Refuses, with the reason, what is not a chapter:
 * a missing or unreadable file, a folder, a file over `maxBytes`, a binary file (NUL bytes).
 */
export function readChapterFile(file: string, maxBytes = maxChapterBytes): ChapterRead {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
  if (!stat.isFile()) return { ok: false, error: 'not a regular file' };
  if (stat.size > maxBytes) return { ok: false, error: `too large for a chapter (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB)` };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
  if (bytes.indexOf(0) >= 0) return { ok: false, error: 'a binary file (it holds NUL bytes), not a chapter' };
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function describe(error: unknown): string {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return 'no such file (deleted?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read it)';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
