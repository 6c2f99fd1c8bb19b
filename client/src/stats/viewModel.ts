/**
 * What the stats webview shows, as plain data: built here from the word count and the history, so the
 * webview only draws (and tests need no browser). Pure: no `vscode`.
 */
import type { WordCountRequest } from '../../../server/src/protocol';
import type { Progress } from '../history/summary';
import { formatNumber, targetLine } from '../format';

/** Names drawn in the mentions chart; the table lists them all. */
export const CHART_NAMES = 8;
/** Days in the words-per-day chart. */
export const RECENT_DAYS = 30;

export interface SectionRow {
  name: string;
  words: number;
  /** 0-based line, to reveal it in the editor. */
  line: number;
}

export interface StatsPayload {
  work: string;
  totals: { story: number; notes: number; header: number; headings: number; total: number };
  target?: { goal: number; exact: boolean; story: number; text: string; ratio: number; state: 'short' | 'exact' | 'over' | 'reached' };
  chapters: (SectionRow & { scenes: SectionRow[] })[];
  mentions: { chapters: string[]; rows: WordCountRequest.Mentions[] };
  progress: Progress;
  /** Settings that could not be used, said in the view. */
  problems: string[];
}

function row(s: WordCountRequest.Section): SectionRow {
  return { name: s.name, words: s.words, line: s.range.start.line };
}

/** The view's data for the fic `work` (a file name), its count (asked with `sections` and `mentions`) and progress. */
export function statsPayload(work: string, result: WordCountRequest.Result, progress: Progress, problems: string[] = []): StatsPayload {
  const chapters = (result.chapters ?? []).map((c) => ({ ...row(c), scenes: c.scenes.map(row) }));
  const payload: StatsPayload = {
    work,
    totals: { story: result.story, notes: result.notes, header: result.header, headings: result.headings ?? 0, total: result.total },
    chapters,
    mentions: { chapters: chapters.length > 0 ? chapters.map((c) => c.name) : ['Story'], rows: result.mentions ?? [] },
    progress,
    problems,
  };
  if (result.target !== undefined && result.target > 0) {
    const goal = result.target;
    const exact = result.targetExact ?? false;
    const story = result.story;
    const state = story === goal ? 'exact' : story < goal ? 'short' : exact ? 'over' : 'reached';
    payload.target = { goal, exact, story, text: targetLine(story, goal, exact), ratio: Math.min(1, story / goal), state };
  }
  return payload;
}

/** `1,234 words` for screen readers and labels. */
export function wordsLabel(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'word' : 'words'}`;
}
