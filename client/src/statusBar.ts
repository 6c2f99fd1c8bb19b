/**
 * The status bar word count: the story count live as you type, the selection's count, the target's
 * progress; hidden for non-fic editors. One request at a time, sent right after the edit that asks for it
 * (see latestRunner.ts): a burst of keystrokes costs one request in flight and one after it, so a
 * 500k-word fic never queues up counts, and the count is right one round trip after the last key.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WordCountRequest } from '../../server/src/protocol';
import { statusText, statusTooltip } from './format';
import { workStatusText, workTooltip, type WorkPlace } from './work/workFormat';
import { LatestRunner } from './latestRunner';
import { StatusEntry } from './statusEntry';

/** A count of `document` as it was at `version`. */
export interface CountEvent {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly result: WordCountRequest.Result;
}

export class WordCountStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('fic.wordCount', vscode.StatusBarAlignment.Right, 100);
  private readonly entry = new StatusEntry(this.item, true);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private readonly runner = new LatestRunner(() => this.update());
  /** The command the item runs when clicked. */
  get command(): string | undefined {
    return typeof this.item.command === 'string' ? this.item.command : this.item.command?.command;
  }
  private pending: vscode.CancellationTokenSource | undefined;
  /** The last result shown, for tests and the report. */
  last: WordCountRequest.Result | undefined;
  private readonly counted = new vscode.EventEmitter<CountEvent>();
  /** A count arrived for the active fic (the writing history and the stats view reuse it: no request of their own). */
  readonly onDidCount = this.counted.event;

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    /** The open chapter's work, when it is one of several chapters (`Ch 3/12 · … · work 58,300`). */
    private readonly placeOf: (uri: string) => WorkPlace | undefined = () => undefined,
  ) {
    this.item.name = 'Fic Word Count';
    this.item.command = 'fic.showStats';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.schedule();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('fic')) this.schedule();
      }),
    );
  }

  /** The text shown now, without the icon ('' when hidden). */
  get text(): string {
    return this.entry.visible ? this.item.text.replace(/^\$\([\w-]+\)\s*/, '') : '';
  }

  get tooltip(): string {
    const t = this.item.tooltip;
    return typeof t === 'string' ? t : (t?.value ?? '');
  }

  /** Recount for the state now: at once, or right after the count in flight. */
  schedule(_delay = 0): void {
    this.runner.request();
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.getClient();
    if (!editor || editor.document.languageId !== 'fic') {
      this.entry.hide();
      return;
    }
    if (!client || !client.isRunning()) return; // shown again once the client is ready
    const selections = editor.selections.filter((s) => !s.isEmpty);
    const params: WordCountRequest.Params = {
      textDocument: { uri: editor.document.uri.toString() },
      ranges: selections.length > 0 ? selections.map((s) => client.code2ProtocolConverter.asRange(s)) : undefined,
    };
    const source = new vscode.CancellationTokenSource();
    this.pending = source;
    const version = editor.document.version;
    try {
      const result = await client.sendRequest<WordCountRequest.Result>(WordCountRequest.method, params, source.token);
      if (source.token.isCancellationRequested || editor !== vscode.window.activeTextEditor) return;
      const selected = result.selections && selections.length > 0 ? result.selections.reduce((a, b) => a + b, 0) : undefined;
      this.last = result;
      const place = this.placeOf(params.textDocument.uri);
      const text = statusText(result, selected);
      this.entry.show(`$(book) ${place ? workStatusText(place, text, result.story) : text}`, statusTooltip(result, selected) + (place ? `\n\n${workTooltip(place, result.story)}` : ''));
      this.counted.fire({ document: editor.document, version, result });
    } catch {
      // Cancelled or the server is restarting: the next edit or editor switch asks again.
    } finally {
      if (this.pending === source) this.pending = undefined;
      source.dispose();
    }
  }

  dispose(): void {
    this.runner.dispose();
    this.pending?.cancel();
    for (const d of this.disposables) d.dispose();
    this.counted.dispose();
  }
}
