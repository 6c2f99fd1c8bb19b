/**
 * The order of a work's chapter files when no work file lists them: natural order of the file names, as
 * a writer numbers them (`01 Prologue.fic`, `2.fic`, `Chapter 10.fic` after `Chapter 9.fic`).
 */

/** File extensions of chapter files a work folder holds (lower-case, with the dot). */
export const chapterExtensions = ['.fic'] as const;

/** The extension of a work file (`The Quiet Roof.ficwork`): one per folder. */
export const workFileExtension = '.ficwork';

/** True when `name` (a file name, no folder) is a chapter file of a work folder. */
export function isChapterFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && chapterExtensions.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** True when `name` (a file name, no folder) is a work file. */
export function isWorkFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && lower.endsWith(workFileExtension) && lower.length > workFileExtension.length;
}

const chunkRe = /(\d+)|(\D+)/g;

/**
 * Compares two file names in natural order: runs of digits as numbers (`2` < `10`, `007` = `7`), the
 * rest case-insensitively, then by the raw names so the order is total and stable.
 */
export function naturalCompare(a: string, b: string): number {
  const ca = a.match(chunkRe) ?? [];
  const cb = b.match(chunkRe) ?? [];
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    const xd = x.charCodeAt(0) >= 0x30 && x.charCodeAt(0) <= 0x39;
    const yd = y.charCodeAt(0) >= 0x30 && y.charCodeAt(0) <= 0x39;
    if (xd && yd) {
      const diff = compareDigits(x, y);
      if (diff !== 0) return diff;
    } else if (xd !== yd) {
      return xd ? -1 : 1; // `2.fic` before `Epilogue.fic`
    } else {
      const diff = x.toLowerCase().localeCompare(y.toLowerCase());
      if (diff !== 0) return diff;
    }
  }
  if (ca.length !== cb.length) return ca.length - cb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two digit runs as numbers of any length (no precision loss past 2^53). */
function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
