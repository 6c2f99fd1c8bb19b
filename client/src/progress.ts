/**
 * The writing history's VS Code glue: feeds the pure recorder (client/src/history) the status bar's
 * counts and the editor's change events, keeps this window's log in the extension's global storage
 * (`globalStorageUri/history/<session>.json`, never the writer's files), reads the other windows' logs,
 * and shows today's progress toward the daily goal in the status bar.
 *
 * Why one file per window: `globalState` is one record per extension that every window rewrites whole,
 * so two windows writing it lose each other's words. Here each window writes only its own file (written
 * aside and renamed over, so a reader never sees half of it) and reads the others': nothing to overwrite.
 */
import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import type { CountEvent } from './statusBar';
import { dayKey, isDayKey, localTimeZone } from './history/days';
import { maxStamp, mergeWork, readLog, worksIn, type HistoryDay, type SessionLog } from './history/log';
import { Recorder } from './history/recorder';
import { readGoals, summarize, type Goals, type Progress } from './history/summary';
import { historyCsv, historyJson, type WorkHistory } from './history/exportHistory';
import { formatNumber } from './format';
import { StatusEntry } from './statusEntry';

const SAVE_MS = 5_000;
/** Other windows' logs are read again at most this often (and when the view asks). */
const REREAD_MS = 30_000;
/** A log bigger than this is not read (a day is ~60 bytes: this is centuries of writing). */
const MAX_LOG_BYTES = 4 * 1024 * 1024;

/** The work a document belongs to. For now one fic file is one work; multi-file works will map here. */
export function workOf(document: vscode.TextDocument): { id: string; label: string } {
  return { id: document.uri.toString(), label: document.uri.path.split('/').pop() || 'Untitled' };
}

export class WritingProgress implements vscode.Disposable {
  readonly session = randomUUID();
  readonly recorder = new Recorder(this.session, localTimeZone);
  private readonly dir: vscode.Uri;
  private readonly item = vscode.window.createStatusBarItem('fic.dailyGoal', vscode.StatusBarAlignment.Right, 99);
  private readonly entry = new StatusEntry(this.item);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private readonly changed = new vscode.EventEmitter<void>();
  /** The history changed (a count recorded, a correction, other windows read). */
  readonly onDidChange = this.changed.event;
  private others: SessionLog[] = [];
  private readAt = -Infinity;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  /** The last counted story words per work, for the deadline. */
  private readonly stories = new Map<string, number>();

  constructor(
    context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {
    this.dir = vscode.Uri.joinPath(context.globalStorageUri, 'history');
    this.item.name = 'Fic Daily Goal';
    this.item.command = 'fic.showStats';
    this.disposables.push(
      this.changed,
      // Every keystroke: the sizes of its changes, nothing more (no request, no I/O).
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId !== 'fic' || e.contentChanges.length === 0) return;
        this.recorder.noteEdits(workOf(e.document).id, e.document.version, e.contentChanges.map((c) => ({ inserted: c.text.length, removed: c.rangeLength })));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.recorder.forget(workOf(d).id)),
      vscode.window.onDidChangeActiveTextEditor(() => this.showStatus()),
      vscode.window.onDidChangeWindowState((s) => s.focused && void this.readOthers(true)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('fic.goals') && this.showStatus()),
    );
    void this.readOthers(true);
  }

  /** A count from the status bar (see `WordCountStatus.onDidCount`). */
  onCount(e: CountEvent): void {
    const work = workOf(e.document);
    this.stories.set(work.id, e.result.story);
    const before = this.recorder.dirty;
    this.recorder.count(work.id, work.label, e.version, e.result.story, Date.now());
    if (this.recorder.dirty && !before) this.scheduleSave();
    if (this.recorder.dirty) this.changed.fire();
    this.showStatus();
  }

  goals(): { goals: Goals; problems: string[] } {
    const config = vscode.workspace.getConfiguration('fic.goals');
    return readGoals(config.get('daily'), config.get('deadline'));
  }

  today(): string {
    return dayKey(Date.now(), localTimeZone());
  }

  /** Every log: this window's and the others' as last read. */
  logs(): SessionLog[] {
    return [this.recorder.log, ...this.others];
  }

  history(work: string): HistoryDay[] {
    return mergeWork(this.logs(), work);
  }

  /** The progress of `work` today (`story`: its count now, if known). */
  progress(work: string, story = this.stories.get(work) ?? 0): Progress {
    return summarize(this.history(work), this.today(), this.goals().goals, story, this.recorder.sessionWords(work).words);
  }

  /** Reads the other windows' logs (at most every `REREAD_MS` unless `force`). */
  async readOthers(force = false): Promise<void> {
    if (!force && Date.now() - this.readAt < REREAD_MS) return;
    this.readAt = Date.now();
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(this.dir);
    } catch {
      return; // no history yet
    }
    const logs: SessionLog[] = [];
    for (const [name, type] of entries) {
      if (type !== vscode.FileType.File || !name.endsWith('.json') || name === `${this.session}.json`) continue;
      const uri = vscode.Uri.joinPath(this.dir, name);
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_LOG_BYTES) {
          this.output.appendLine(`[fic] writing history: ${name} is ${stat.size} bytes, over ${MAX_LOG_BYTES}; not read.`);
          continue;
        }
        const { log, problems } = readLog(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), name.slice(0, -5));
        for (const p of problems) this.output.appendLine(`[fic] writing history ${name}: ${p}`);
        logs.push(log);
      } catch (error) {
        this.output.appendLine(`[fic] writing history: could not read ${name}: ${error}`);
      }
    }
    this.others = logs;
    this.changed.fire();
    this.showStatus();
  }

  private scheduleSave(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => void this.save(), SAVE_MS);
  }

  /** Writes this window's log (aside, then renamed over the old one). */
  save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saving = this.saving.then(async () => {
      if (!this.recorder.dirty) return;
      this.recorder.dirty = false;
      const file = vscode.Uri.joinPath(this.dir, `${this.session}.json`);
      const temp = vscode.Uri.joinPath(this.dir, `${this.session}.json.tmp`);
      try {
        await vscode.workspace.fs.createDirectory(this.dir);
        await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(JSON.stringify(this.recorder.log)));
        await vscode.workspace.fs.rename(temp, file, { overwrite: true });
      } catch (error) {
        this.recorder.dirty = true;
        this.output.appendLine(`[fic] could not save the writing history: ${error}`);
      }
    });
    return this.saving;
  }

  /** Today's progress toward the daily goal, when one is set and a fic is active. */
  private showStatus(): void {
    const editor = vscode.window.activeTextEditor;
    const daily = this.goals().goals.daily;
    if (!editor || editor.document.languageId !== 'fic' || daily === undefined) {
      this.entry.hide();
      return;
    }
    const p = this.progress(workOf(editor.document).id);
    const text = `$(flame) ${formatNumber(p.todayWords)}/${formatNumber(daily)} today`;
    const tooltip = [
      `Today: ${formatNumber(p.todayWords)} of ${formatNumber(daily)} words${p.todayWords >= daily ? ' — goal met' : ''}`,
      `This session: ${formatNumber(p.sessionWords)} words`,
      `Streak: ${p.streak} ${p.streak === 1 ? 'day' : 'days'}`,
      'Click for the stats.',
    ].join('\n');
    this.entry.show(text, tooltip); // on every count: only what changed goes to the workbench
  }

  /** The status text without its icon ('' when hidden), for tests. */
  get statusText(): string {
    return this.item.text.replace(/^\$\([\w-]+\)\s*/, '');
  }

  /** **Fic: Correct a Day's Words**: the writer says how many words a day of a work had. */
  async correctDay(work: { id: string; label: string } | undefined, day?: string, words?: number): Promise<boolean> {
    if (!work) {
      void vscode.window.showInformationMessage('Open a fic (.fic) to correct its writing history.');
      return false;
    }
    await this.readOthers(true);
    const pickedDay =
      day ??
      (await vscode.window.showInputBox({
        title: `Correct a day of ${work.label}`,
        prompt: 'The day to correct (YYYY-MM-DD)',
        value: this.today(),
        validateInput: (v) => (isDayKey(v.trim()) ? undefined : 'A day as YYYY-MM-DD, e.g. 2026-11-05'),
      }))?.trim();
    if (!pickedDay || !isDayKey(pickedDay)) return false;
    const merged = this.history(work.id).find((d) => d.day === pickedDay);
    let value = words;
    if (value === undefined) {
      const answer = await vscode.window.showInputBox({
        title: `Words written on ${pickedDay}`,
        prompt: `Recorded: ${formatNumber(merged?.words ?? 0)} (typed ${formatNumber(merged?.added ?? 0)}, deleted ${formatNumber(merged?.deleted ?? 0)}, pasted ${formatNumber(merged?.pasted ?? 0)}, cut ${formatNumber(merged?.cut ?? 0)}). Words typed later that day still add to it.`,
        value: String(merged?.words ?? 0),
        validateInput: (v) => (/^-?\d{1,7}$/.test(v.trim().replace(/,/g, '')) ? undefined : 'A whole number of words'),
      });
      if (answer === undefined) return false;
      value = Number(answer.trim().replace(/,/g, ''));
    }
    if (!Number.isFinite(value)) return false;
    this.recorder.correct(work.id, work.label, pickedDay, value, merged, maxStamp(this.logs()) + 1);
    await this.save();
    this.changed.fire();
    this.showStatus();
    return true;
  }

  /** **Fic: Export Writing History**: every work's history to a CSV or JSON file the writer picks. */
  async exportHistory(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    await this.readOthers(true);
    const logs = this.logs();
    const works: WorkHistory[] = [...worksIn(logs)].map(([id, label]) => ({ id, label, days: mergeWork(logs, id) }));
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        title: 'Export Writing History',
        saveLabel: 'Export',
        defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? this.dir, 'writing-history.csv'),
        filters: { CSV: ['csv'], JSON: ['json'] },
      }));
    if (!uri) return undefined;
    const json = uri.path.toLowerCase().endsWith('.json');
    const text = json ? historyJson(works, new Date(), localTimeZone()) : historyCsv(works);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(`Exported the writing history of ${works.length} ${works.length === 1 ? 'work' : 'works'} to ${vscode.workspace.asRelativePath(uri)}.`);
    return uri;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
