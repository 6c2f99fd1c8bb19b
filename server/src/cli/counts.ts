/** Word counts of a parsed fic for `fic count`, from core's AO3 breakdown, and the table they print as. */
import type { FicModel } from '../core/model';
import { getWordCounts } from '../core/count/wordCounts';
import { addCounts, type WorkCounts } from '../core/work/work';

/** `story` is what AO3 shows once posted (no header, notes or chapter heading lines); see `WorkCounts`. */
export interface FileCounts extends WorkCounts {
  /** The story's goal (`Drabble`, `Target:`, `--target`), when it has one. */
  target?: number;
}

/** The breakdown of `model`; `story + notes + header + headings === total`. */
export function countModel(model: FicModel, settingTarget?: number): FileCounts {
  const c = getWordCounts(model, undefined, settingTarget);
  return {
    story: c.story,
    notes: c.notes,
    header: c.header,
    headings: c.headings,
    total: c.total,
    ...(c.target ? { target: c.target.goal } : {}),
  };
}

/** Sums per-file counts for the total row (targets are per fic and are not summed). */
export function sumCounts(all: readonly FileCounts[]): FileCounts {
  return addCounts(all);
}

/** An aligned table with one row per file and, for several files, a total row; a Target column if any has one. */
export function countTable(rows: readonly { file: string; counts: FileCounts }[], totalLabel = 'Total'): string {
  const withTarget = rows.some((r) => r.counts.target !== undefined);
  const table: string[][] = [['File', 'Story', 'Notes', 'Header', 'Headings', 'Total', ...(withTarget ? ['Target'] : [])]];
  const line = (name: string, c: FileCounts, total = false) => [
    name,
    ...[c.story, c.notes, c.header, c.headings, c.total].map(String),
    ...(withTarget ? [total || c.target === undefined ? '' : String(c.target)] : []),
  ];
  for (const r of rows) table.push(line(r.file, r.counts));
  if (rows.length > 1) table.push(line(totalLabel, sumCounts(rows.map((r) => r.counts)), true));
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
  return (
    table.map((row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ').trimEnd()).join('\n') +
    '\n'
  );
}
