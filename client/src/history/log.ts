/**
 * The writing history as stored: one log per VS Code window session, holding only what that window
 * recorded, so two windows never write the same file and nothing is lost when both write at once. The
 * history of a work is the merge of every log: counts add up, and a day's correction is the one with the
 * highest stamp (a Lamport clock, not the wall clock, so a clock set back cannot hide a later correction).
 * Pure: no `vscode`.
 */
import { isDayKey } from './days';

/** What one window saw on one day, in story words (AO3's count). */
export interface DayCounts {
  /** Words typed (count increases between two counts with no big edit). */
  added: number;
  /** Words deleted while typing (count decreases). */
  deleted: number;
  /** Words that arrived in a big edit (a paste, an undo of a cut, a reload): not writing. */
  pasted: number;
  /** Words that left in a big edit (a cut, a whole chapter deleted): not writing either. */
  cut: number;
}

/**
 * The writer's correction of a day: `adjust` words added to what was recorded (negative to take a paste
 * back out, positive to count a paste that was writing). Made as "the day had N words": `adjust` is N
 * minus the recorded words then, so words typed later that day still count.
 */
export interface Correction {
  adjust: number;
  /** Lamport stamp: higher wins; ties go to the greater session id. */
  stamp: number;
  session: string;
}

export interface WorkLog {
  /** How to show the work (its file name). */
  label: string;
  days: Record<string, DayCounts>;
  corrections?: Record<string, Correction>;
}

export interface SessionLog {
  format: 1;
  session: string;
  /** Work id (for now the fic's URI) to what this session recorded for it. */
  works: Record<string, WorkLog>;
}

/** A day of a work's merged history. */
export interface HistoryDay extends DayCounts {
  day: string;
  /** The day's words: `added - deleted`, plus the correction's `adjust` when there is one. */
  words: number;
  corrected: boolean;
}

export function emptyLog(session: string): SessionLog {
  return { format: 1, session, works: {} };
}

export function zeroCounts(): DayCounts {
  return { added: 0, deleted: 0, pasted: 0, cut: 0 };
}

const countKeys = ['added', 'deleted', 'pasted', 'cut'] as const;
/** No day holds more: a number past it is damage, not writing. */
const maxCount = 10_000_000;

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.round(value), maxCount) : 0;
}

/**
 * A log read back from storage, checked field by field: what is malformed is dropped (and said in
 * `problems`), the rest kept. Never throws.
 */
export function readLog(json: string, fallbackSession: string): { log: SessionLog; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { log: emptyLog(fallbackSession), problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const obj = raw as Partial<SessionLog> | null;
  if (!obj || typeof obj !== 'object' || obj.format !== 1 || typeof obj.works !== 'object' || obj.works === null) {
    return { log: emptyLog(fallbackSession), problems: ['not a writing-history log (format 1)'] };
  }
  const log = emptyLog(typeof obj.session === 'string' && obj.session ? obj.session : fallbackSession);
  for (const [work, value] of Object.entries(obj.works)) {
    const w = value as Partial<WorkLog> | null;
    if (!w || typeof w !== 'object' || typeof w.days !== 'object' || w.days === null) {
      problems.push(`work ${work}: no days`);
      continue;
    }
    const out: WorkLog = { label: typeof w.label === 'string' ? w.label : work, days: {} };
    for (const [day, c] of Object.entries(w.days)) {
      if (!isDayKey(day) || !c || typeof c !== 'object') {
        problems.push(`work ${work}: bad day ${day}`);
        continue;
      }
      const d = zeroCounts();
      for (const k of countKeys) d[k] = count((c as unknown as Record<string, unknown>)[k]);
      out.days[day] = d;
    }
    for (const [day, c] of Object.entries(w.corrections ?? {})) {
      const k = c as Partial<Correction> | null;
      if (!isDayKey(day) || !k || typeof k.adjust !== 'number' || !Number.isFinite(k.adjust) || typeof k.stamp !== 'number') {
        problems.push(`work ${work}: bad correction ${day}`);
        continue;
      }
      (out.corrections ??= {})[day] = { adjust: Math.max(-maxCount, Math.min(maxCount, Math.round(k.adjust))), stamp: count(k.stamp), session: typeof k.session === 'string' ? k.session : log.session };
    }
    log.works[work] = out;
  }
  return { log, problems };
}

function wins(a: Correction, b: Correction | undefined): boolean {
  return !b || a.stamp > b.stamp || (a.stamp === b.stamp && a.session > b.session);
}

/** The highest correction stamp in `logs` (the next correction takes one more). */
export function maxStamp(logs: readonly SessionLog[]): number {
  let max = 0;
  for (const log of logs) for (const w of Object.values(log.works)) for (const c of Object.values(w.corrections ?? {})) max = Math.max(max, c.stamp);
  return max;
}

/**
 * The history of `work`: every log's counts for it added up per day, each day's winning correction
 * applied; sorted by day. The same logs in any order give the same history.
 */
export function mergeWork(logs: readonly SessionLog[], work: string): HistoryDay[] {
  const days = new Map<string, DayCounts>();
  const corrections = new Map<string, Correction>();
  for (const log of logs) {
    const w = log.works[work];
    if (!w) continue;
    for (const [day, c] of Object.entries(w.days)) {
      const d = days.get(day) ?? zeroCounts();
      for (const k of countKeys) d[k] += c[k];
      days.set(day, d);
    }
    for (const [day, c] of Object.entries(w.corrections ?? {})) if (wins(c, corrections.get(day))) corrections.set(day, c);
  }
  for (const day of corrections.keys()) if (!days.has(day)) days.set(day, zeroCounts());
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, c]) => {
      const fix = corrections.get(day);
      return { day, ...c, words: c.added - c.deleted + (fix ? fix.adjust : 0), corrected: fix !== undefined };
    });
}

/** Every work id in `logs`, with the label of the first log that names it. */
export function worksIn(logs: readonly SessionLog[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const log of logs) for (const [id, w] of Object.entries(log.works)) if (!out.has(id)) out.set(id, w.label);
  return out;
}
