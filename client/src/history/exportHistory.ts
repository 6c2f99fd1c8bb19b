/** The writing history as CSV or JSON, for **Fic: Export Writing History**. Pure: no `vscode`. */
import type { HistoryDay } from './log';

export interface WorkHistory {
  id: string;
  label: string;
  days: readonly HistoryDay[];
}

const columns = ['work', 'label', 'day', 'words', 'added', 'deleted', 'pasted', 'cut', 'corrected'] as const;

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function field(value: string | number | boolean): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per work and day, with a header row; CRLF line ends as RFC 4180 asks. */
export function historyCsv(works: readonly WorkHistory[]): string {
  const rows = [columns.join(',')];
  for (const w of works) {
    for (const d of w.days) rows.push([w.id, w.label, d.day, d.words, d.added, d.deleted, d.pasted, d.cut, d.corrected].map(field).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

/** The same as JSON: `{ exported, timeZone, works: [{ id, label, days: [...] }] }`. */
export function historyJson(works: readonly WorkHistory[], exported: Date, timeZone: string): string {
  return JSON.stringify({ exported: exported.toISOString(), timeZone, works: works.map((w) => ({ id: w.id, label: w.label, days: w.days })) }, null, 2) + '\n';
}
