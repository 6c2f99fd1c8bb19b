/**
 * Reading the files named on the command line, with a clear message for every way that can fail.
 * A file is read whole (never truncated); text with NUL bytes or invalid UTF-8 is analysed anyway, with a note.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';

export type ReadResult = { ok: true; text: string; notes: string[] } | { ok: false; error: string };

/** Past this V8 cannot hold the text as one string; say so instead of crashing. */
const MAX_BYTES = 512 * 1024 * 1024;

/** Reads `file` as UTF-8 text (BOM dropped). */
export function readTextFile(file: string): ReadResult {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (error) {
    return { ok: false, error: `${file}: ${describe(error)}` };
  }
  if (stat.isDirectory()) return { ok: false, error: `${file}: is a directory (name the files in it, e.g. ${file.replace(/\/$/, '')}/*.fic)` };
  if (!stat.isFile()) return { ok: false, error: `${file}: not a regular file` };
  if (stat.size > MAX_BYTES) {
    return { ok: false, error: `${file}: too large to analyse (${Math.round(stat.size / 1048576)} MB; the limit is ${MAX_BYTES / 1048576} MB)` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, error: `${file}: ${describe(error)}` };
  }
  return { ok: true, ...decode(bytes, file) };
}

/** Decodes bytes as UTF-8, noting what a writer should know about odd input. */
export function decode(bytes: Uint8Array, file: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  const nul = bytes.indexOf(0);
  if (nul >= 0) notes.push(`${file}: contains NUL bytes (first at byte ${nul}); is it a binary file? Analysed as text anyway.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    notes.push(`${file}: not valid UTF-8; invalid bytes were read as U+FFFD.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, notes };
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read it)';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
