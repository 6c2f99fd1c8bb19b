/**
 * Finding and reading canon files on disk: a small glob matcher (`**`, `*`, `?`, `{a,b}`, `[abc]`) and a
 * directory walk that skips `node_modules` and VCS folders. Node 20 has no `fs.glob`. Used by the server
 * and usable by the CLI (no LSP types here).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// The callback API in promises, not `fs.promises`: that loads a tree of Node's own modules (its file
// handles, streams, readline, watchers) on first use, ~1-3 ms of the server's start-up, in the work done
// before the first diagnostics of a fic opened with the editor.
const readdir = (dir: string) =>
  new Promise<fs.Dirent[]>((resolve, reject) => fs.readdir(dir, { withFileTypes: true }, (e, entries) => (e ? reject(e) : resolve(entries))));
const stat = (file: string) => new Promise<fs.Stats>((resolve, reject) => fs.stat(file, (e, s) => (e ? reject(e) : resolve(s))));
const readUtf8 = (file: string) => new Promise<string>((resolve, reject) => fs.readFile(file, 'utf8', (e, text) => (e ? reject(e) : resolve(text))));

/** Directories never searched for canon files. */
const skippedDirs = new Set(['node_modules', '.git', '.hg', '.svn']);
/** A walk visits at most this many directories, then stops and says so. */
export const maxDirectories = 20_000;
/** Canon files larger than this are not read (a names list is kilobytes; this is something else). */
export const maxCanonBytes = 16 * 1024 * 1024;

/** A regular expression matching workspace-relative paths (with `/`) against `glob`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  while (braces-- > 0) re += ')';
  return new RegExp(`^${re.replace(/^\.\//, '')}$`);
}

/** True when `relative` (a `/`-separated path inside the workspace) matches one of `globs`. */
export function matchesAny(relative: string, globs: readonly RegExp[]): boolean {
  return globs.some((g) => g.test(relative));
}

export interface FoundFiles {
  /** Absolute paths, sorted. */
  readonly files: string[];
  /** Set when the walk stopped early (too many directories). */
  readonly truncated: boolean;
}

/** Every file under `root` whose relative path matches `globs`, skipping `node_modules` and VCS folders. */
export async function findFiles(root: string, globs: readonly string[]): Promise<FoundFiles> {
  const patterns = globs.map(globToRegExp);
  const files: string[] = [];
  const queue = [root];
  let visited = 0;
  while (queue.length) {
    if (++visited > maxDirectories) return { files: files.sort(), truncated: true };
    const dir = queue.shift()!;
    let entries;
    try {
      entries = await readdir(dir);
    } catch {
      continue; // unreadable folders are skipped, like an editor's file search does
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedDirs.has(entry.name)) queue.push(full);
      } else if (entry.isFile() && matchesAny(toRelative(root, full), patterns)) files.push(full);
    }
  }
  return { files: files.sort(), truncated: false };
}

/** `full` relative to `root`, with `/` separators. */
export function toRelative(root: string, full: string): string {
  return path.relative(root, full).split(path.sep).join('/');
}

/** A canon file's text, or why it could not be read. Never throws. */
export async function readCanonFile(file: string): Promise<{ text: string } | { error: string }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { error: 'it is not a file' };
    if (info.size > maxCanonBytes) return { error: `it is ${(info.size / 1048576).toFixed(1)} MB; canon files are read up to ${maxCanonBytes / 1048576} MB` };
    return { text: await readUtf8(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : String((e as Error).message ?? e) };
  }
}
