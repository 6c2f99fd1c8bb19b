/**
 * What this window records as the writer works: the story count (AO3's, the one the status bar already
 * asks the server for) before and after each burst of edits, split into typing and bulk edits.
 *
 * Typing versus paste: the edits between two counts are bulk when a single change event inserts or
 * removes more than `PASTE_CHARS` characters (a paste, a cut, dragging a chapter away, an undo of one of
 * those, a reload from disk, a replace-all). Typing, even fast, and completing a name arrive as changes
 * of a few characters. The words of a bulk interval go to `pasted` or `cut`, not to the day's writing;
 * the writer can correct a day when a paste was their own writing. The count's change with no edit seen
 * (a setting or the server changed how it counts) is no writing at all.
 *
 * Pure: no `vscode`; the caller gives it the clock, the counts and the edits.
 */
import { dayKey } from './days';
import { emptyLog, zeroCounts, type HistoryDay, type SessionLog, type WorkLog } from './log';

/** One change event bigger than this (characters inserted or removed, summed over its changes) is bulk. */
export const PASTE_CHARS = 200;
/** Pending edit marks kept per document before they are folded into one. */
const maxPending = 256;

/** The characters one content change inserted and removed. */
export interface EditSize {
  readonly inserted: number;
  readonly removed: number;
}

interface Pending {
  version: number;
  bulk: boolean;
}

interface DocState {
  story: number;
  version: number;
  pending: Pending[];
}

export interface SessionWords {
  added: number;
  deleted: number;
  /** `added - deleted`: the session's words, counting on past any goal. */
  words: number;
}

export class Recorder {
  readonly log: SessionLog;
  private readonly docs = new Map<string, DocState>();
  private readonly sessions = new Map<string, SessionWords>();
  /** Something was recorded since the log was last saved. */
  dirty = false;

  constructor(
    session: string,
    private readonly timeZone: () => string,
    private readonly pasteChars = PASTE_CHARS,
  ) {
    this.log = emptyLog(session);
  }

  /** A change event of `work`'s document, which is now at `version`. Cheap: called on every keystroke. */
  noteEdits(work: string, version: number, edits: readonly EditSize[]): void {
    const state = this.docs.get(work);
    if (!state || edits.length === 0) return; // no baseline yet: the first count sets one
    let size = 0;
    for (const e of edits) size += Math.max(e.inserted, e.removed);
    const bulk = size > this.pasteChars;
    const last = state.pending[state.pending.length - 1];
    if (last && !bulk && !last.bulk) last.version = version;
    else state.pending.push({ version, bulk });
    if (state.pending.length > maxPending) {
      const folded = { version, bulk: state.pending.some((p) => p.bulk) };
      state.pending = [folded];
    }
  }

  /**
   * The story count of `work` at document `version`, taken at `now` (ms). The first count of a document
   * is its baseline; later ones record the change since the previous count on the day `now` falls on.
   */
  count(work: string, label: string, version: number, story: number, now: number): void {
    const state = this.docs.get(work);
    if (!state) {
      this.docs.set(work, { story, version, pending: [] });
      return;
    }
    if (version < state.version) return; // an answer older than one already counted
    let seen = 0;
    let bulk = false;
    while (seen < state.pending.length && state.pending[seen].version <= version) bulk ||= state.pending[seen++].bulk;
    state.pending.splice(0, seen);
    const delta = story - state.story;
    state.story = story;
    state.version = version;
    if (seen === 0 || delta === 0) return;
    const day = this.day(work, label, dayKey(now, this.timeZone()));
    if (bulk) {
      if (delta > 0) day.pasted += delta;
      else day.cut -= delta;
    } else {
      const s = this.sessionWords(work);
      if (delta > 0) {
        day.added += delta;
        s.added += delta;
      } else {
        day.deleted -= delta;
        s.deleted -= delta;
      }
      s.words = s.added - s.deleted;
    }
    this.dirty = true;
  }

  /** The document of `work` closed: its next count is a new baseline. */
  forget(work: string): void {
    this.docs.delete(work);
  }

  /** Words typed into `work` in this window since it opened. */
  sessionWords(work: string): SessionWords {
    let s = this.sessions.get(work);
    if (!s) this.sessions.set(work, (s = { added: 0, deleted: 0, words: 0 }));
    return s;
  }

  /**
   * The writer says `day` of `work` had `words` words. `merged` is that day as every window recorded it
   * (or undefined) and `stamp` one more than the highest stamp any log holds.
   */
  correct(work: string, label: string, day: string, words: number, merged: HistoryDay | undefined, stamp: number): void {
    const w = this.work(work, label);
    const recorded = merged ? merged.added - merged.deleted : 0;
    (w.corrections ??= {})[day] = { adjust: Math.round(words) - recorded, stamp, session: this.log.session };
    this.dirty = true;
  }

  private work(work: string, label: string): WorkLog {
    let w = this.log.works[work];
    if (!w) this.log.works[work] = w = { label, days: {} };
    w.label = label;
    return w;
  }

  private day(work: string, label: string, key: string) {
    const w = this.work(work, label);
    return (w.days[key] ??= zeroCounts());
  }
}
