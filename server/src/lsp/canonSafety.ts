/**
 * Where canon files may be read and written: only inside the workspace folders, with every link resolved
 * first (a `names.canon` that links to `/etc/passwd`, or a watched-file event for a path outside the
 * workspace, is never read, so its text can never be quoted back in a diagnostic). And what a word added
 * to the canon may be: bounded before any other work, one line of plain name text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { maxEntryLength } from '../core/canon/canonFile';

/** True when `parent` is `child` or one of its ancestors (both absolute, resolved). */
export function isWithin(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!!rel && !rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `fs.realpath`, native, in a promise (not `fs.promises`: see canonFiles.ts). */
const realpath = (file: string) => new Promise<string>((resolve, reject) => fs.realpath.native(file, (e, real) => (e ? reject(e) : resolve(real))));

/** The real path of `file` (links resolved), or of its nearest existing ancestor joined with the rest. */
async function realPath(file: string): Promise<string | undefined> {
  let dir = path.resolve(file);
  const rest: string[] = [];
  for (let i = 0; i < 64; i++) {
    try {
      return path.join(await realpath(dir), ...rest);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      rest.unshift(path.basename(dir));
      dir = parent;
    }
  }
  return undefined;
}

/**
 * True when `file`, links resolved (also for a file not yet created: its nearest existing folder), lies
 * inside one of `folders` (links in the folders' own paths resolved too).
 */
export async function insideFolders(file: string, folders: readonly string[]): Promise<boolean> {
  if (folders.length === 0 || !path.isAbsolute(file)) return false;
  const real = await realPath(file);
  if (!real) return false;
  for (const folder of folders) {
    const realFolder = await realPath(folder);
    if (realFolder && isWithin(realFolder, real) && isWithin(folder, path.resolve(file))) return true;
  }
  return false;
}

/** Longest input taken from a request at all: anything longer is refused before it is looked at. */
export const maxRequestWord = maxEntryLength;

/**
 * `raw` as a canon entry to append, or why it cannot be one. The length is checked first, on the raw
 * value, so a megabyte of text costs nothing; then no syntax may ride along: no `=` (aliases), `#`
 * (comments), `,`, line breaks or control characters.
 */
export function canonWord(raw: unknown): { word: string } | { error: string } {
  if (typeof raw !== 'string') return { error: 'the word must be text' };
  if (raw.length > maxRequestWord) return { error: `the word is ${raw.length} characters long; a canon entry has at most ${maxRequestWord}` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(raw)) return { error: 'a canon word is one line of text, with no line breaks or control characters' };
  let word = raw.trim().replace(/\s+/g, ' ');
  if (word.length > 2 && /['’]s$/.test(word)) word = word.slice(0, -2); // `Rukai's` → `Rukai`
  if (!word) return { error: 'the word is empty' };
  const syntax = /[=#,]/.exec(word);
  if (syntax) return { error: `‘${word}’ contains ‘${syntax[0]}’, which is canon file syntax, not part of a name` };
  return { word };
}
