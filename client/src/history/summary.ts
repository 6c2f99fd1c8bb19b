/**
 * What the stats view and the status bar show from a work's history: today's words, the session's,
 * the streak of days the daily goal was met, the deadline's words per day still needed, a year of days
 * for the calendar. Pure: no `vscode`.
 */
import { addDays, dayNumber, isDayKey } from './days';
import type { HistoryDay } from './log';

export interface Deadline {
  /** `YYYY-MM-DD`, the last day to write on. */
  date: string;
  /** Story words the work should have by then. */
  target: number;
}

export interface Goals {
  daily?: number;
  deadline?: Deadline;
}

/** `fic.goals.daily` and `fic.goals.deadline` as given (anything), checked; what is wrong is said, not used. */
export function readGoals(daily: unknown, deadline: unknown): { goals: Goals; problems: string[] } {
  const goals: Goals = {};
  const problems: string[] = [];
  if (typeof daily === 'number' && Number.isFinite(daily) && daily >= 1) goals.daily = Math.round(daily);
  else if (daily !== null && daily !== undefined) problems.push('fic.goals.daily must be a number of words, 1 or more.');
  if (deadline !== null && deadline !== undefined) {
    const d = deadline as Partial<Deadline>;
    if (typeof d === 'object' && typeof d.date === 'string' && isDayKey(d.date) && typeof d.target === 'number' && d.target >= 1) {
      goals.deadline = { date: d.date, target: Math.round(d.target) };
    } else problems.push('fic.goals.deadline must be { "date": "YYYY-MM-DD", "target": words }.');
  }
  return { goals, problems };
}

export interface DayWords {
  day: string;
  words: number;
}

export interface Progress {
  today: string;
  todayWords: number;
  todayAdded: number;
  todayDeleted: number;
  /** Words pasted or cut today (not counted as writing). */
  todayPasted: number;
  todayCut: number;
  todayCorrected: boolean;
  sessionWords: number;
  dailyGoal?: number;
  /** Days in a row, up to today (or yesterday, while today's goal is not met yet), with the goal met. */
  streak: number;
  deadline?: Deadline & {
    /** Days left, today included; 0 once the date has passed. */
    daysLeft: number;
    remaining: number;
    /** Words a day still needed (NaNoWriMo style); 0 when reached. */
    perDay: number;
  };
  /** The last 365 days, today last, every day present (0 for days with nothing). */
  year: DayWords[];
}

/**
 * The progress of a work on `today`: `history` is its merged history, `story` its story count now,
 * `sessionWords` what this window's session typed into it.
 */
export function summarize(history: readonly HistoryDay[], today: string, goals: Goals, story: number, sessionWords: number): Progress {
  const byDay = new Map(history.map((d) => [d.day, d]));
  const words = (day: string) => byDay.get(day)?.words ?? 0;
  const t = byDay.get(today);
  const met = (day: string) => words(day) >= (goals.daily ?? 1);
  let streak = 0;
  let day = met(today) ? today : addDays(today, -1);
  const earliest = history.length > 0 ? dayNumber(history[0].day) : Infinity;
  while (dayNumber(day) >= earliest && met(day)) {
    streak++;
    day = addDays(day, -1);
  }
  const year: DayWords[] = [];
  for (let i = 364; i >= 0; i--) {
    const d = addDays(today, -i);
    year.push({ day: d, words: words(d) });
  }
  const progress: Progress = {
    today,
    todayWords: t?.words ?? 0,
    todayAdded: t?.added ?? 0,
    todayDeleted: t?.deleted ?? 0,
    todayPasted: t?.pasted ?? 0,
    todayCut: t?.cut ?? 0,
    todayCorrected: t?.corrected ?? false,
    sessionWords,
    dailyGoal: goals.daily,
    streak,
    year,
  };
  if (goals.deadline) {
    const daysLeft = Math.max(0, dayNumber(goals.deadline.date) - dayNumber(today) + 1);
    const remaining = Math.max(0, goals.deadline.target - story);
    progress.deadline = { ...goals.deadline, daysLeft, remaining, perDay: remaining === 0 ? 0 : daysLeft === 0 ? remaining : Math.ceil(remaining / daysLeft) };
  }
  return progress;
}
