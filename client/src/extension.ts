/**
 * The thin VS Code client: starts the language server, shows the word count in the status bar and
 * registers the `Fic:` commands. Everything about fics is decided by the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Work } from '../../server/src/protocol';
import { createClient, serverPid, type ClientHandle } from './languageClient';
import { WordCountStatus } from './statusBar';
import { addWordToCanon, foldAuthorNotes } from './commands';
import { WritingProgress, workOf } from './progress';
import { StatsPanel, type RenderedView } from './stats/statsPanel';
import type { StatsPayload } from './stats/viewModel';
import type { Progress } from './history/summary';
import { Ao3Preview, copyForAo3, type Ao3Field } from './ao3';
import { WorkTracker, WorkView } from './work/workView';
import { IgnoredWords } from './ignoredWords';
import { IgnoredWordsNotification } from '../../server/src/protocol';

/** What `activate` returns: read by the end-to-end suite (and by anyone scripting the extension). */
export interface FicWriterApi {
  /** The status bar text without its icon (`666 words`), '' when hidden. */
  statusText(): string;
  statusTooltip(): string;
  client(): LanguageClient | undefined;
  /** Resolves once the current client has started. */
  ready(): Promise<void>;
  serverPid(): number | undefined;
  /** Crash messages shown to the writer so far. */
  notices(): readonly string[];
  /** The chapter body the AO3 preview shows now ('' when it is closed or empty). */
  ao3PreviewBody(): string;
  /** The workspace's works as last asked from the server. */
  works(): readonly Work[];
  /** The Fic Work view's tree (for tests). */
  workView(): WorkView;
  /** The command a click on the status bar count runs. */
  statusCommand(): string | undefined;
  /** The daily-goal status text without its icon (`320/500 today`), '' when hidden. */
  goalStatusText(): string;
  /** The stats view: the last data posted to it, and what its page said it drew (undefined when closed). */
  statsView(): { payload?: StatsPayload; rendered?: RenderedView; visible: boolean };
  /** Today's progress of the fic at `uri` (this window's history merged with the others'). */
  progress(uri: string): Progress;
  /** Writes this window's history now (normally a few seconds after a change). */
  saveHistory(): Promise<void>;
  /** The words ignored in the fic at `uri` ("Ignore ‘x’ in this file"), as kept across sessions. */
  ignoredWords(uri: string): string[];
}

let handle: ClientHandle | undefined;
let progress: WritingProgress | undefined;
let starting: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): FicWriterApi {
  const output = vscode.window.createOutputChannel('Fic');
  const works = new WorkTracker(() => handle?.client);
  const status = new WordCountStatus(() => handle?.client, (uri) => works.placeOf(uri));
  const workView = new WorkView(works);
  context.subscriptions.push(works, workView, vscode.window.registerTreeDataProvider('fic.works', workView), works.onDidChange(() => status.schedule(0)));
  progress = new WritingProgress(context, output);
  const stats = new StatsPanel(context.extensionUri, () => handle?.client, progress);
  const history = progress;
  // The history and the view reuse the status bar's count: no request of their own per keystroke.
  status.onDidCount((e) => {
    history.onCount(e);
    stats.onCount(e.document);
  });
  context.subscriptions.push(output, status, history, stats);
  const preview = new Ao3Preview(() => handle?.client);
  context.subscriptions.push(preview);
  const ignored = new IgnoredWords(context.workspaceState);

  const start = () => {
    handle = createClient(context, output, ignored);
    const client = handle.client;
    works.attach(client);
    starting = client.start().then(
      () => {
        status.schedule(0);
        works.schedule(0);
      },
      (error) => output.appendLine(`[fic] the language server failed to start: ${error}`),
    );
    client.onDidChangeState(() => status.schedule(0));
    return starting;
  };
  const restart = async () => {
    const old = handle;
    if (old) {
      old.policy.reset();
      try {
        await old.client.restart();
        starting = Promise.resolve();
        status.schedule(0);
        return;
      } catch (error) {
        output.appendLine(`[fic] restart failed, starting afresh: ${error}`);
        await old.client.dispose().catch(() => undefined);
      }
    }
    await start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('fic.showStats', () => stats.show()),
    // The old report's command opens the view that replaced it (keybindings made for it keep working).
    vscode.commands.registerCommand('fic.showWordCountReport', () => stats.show()),
    vscode.commands.registerCommand('fic.exportWritingHistory', (target?: unknown) => history.exportHistory(target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand('fic.correctWritingDay', (day?: unknown, words?: unknown) => {
      const editor = vscode.window.activeTextEditor?.document.languageId === 'fic' ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'fic');
      return history.correctDay(editor ? workOf(editor.document) : undefined, typeof day === 'string' ? day : undefined, typeof words === 'number' ? words : undefined);
    }),
    vscode.commands.registerCommand('fic.addWordToCanon', (word?: unknown, uri?: unknown) =>
      addWordToCanon(handle?.client, typeof word === 'string' ? word : undefined, typeof uri === 'string' ? uri : undefined),
    ),
    vscode.commands.registerCommand('fic.foldAuthorNotes', foldAuthorNotes),
    vscode.commands.registerCommand('fic.copyForAo3', (field?: unknown) =>
      copyForAo3(handle?.client, typeof field === 'string' ? (field as Ao3Field) : undefined),
    ),
    vscode.commands.registerCommand('fic.previewAo3', () => preview.show()),
    vscode.commands.registerCommand('fic.restartServer', restart),
    vscode.commands.registerCommand('fic.refreshWorks', () => works.refresh()),
    vscode.commands.registerCommand('fic.clearIgnoredWords', async (target?: unknown) => {
      const uri = typeof target === 'string' ? target : vscode.window.activeTextEditor?.document.uri.toString();
      if (!uri) return 0;
      const n = await ignored.clear(uri);
      // A stopped server has nothing to forget: it gets the (now empty) list when the fic next opens.
      await handle?.client.sendNotification(IgnoredWordsNotification.method, { uri, words: [] } satisfies IgnoredWordsNotification.Params).catch(() => undefined);
      void vscode.window.showInformationMessage(n ? `Fic: ${n === 1 ? 'one word is' : `${n} words are`} no longer ignored in this file.` : 'Fic: no word is ignored in this file.');
      return n;
    }),
    // A fic renamed or moved in VS Code keeps the words ignored in it.
    vscode.workspace.onDidRenameFiles(async (e) => {
      for (const f of e.files) await ignored.rename(f.oldUri.toString(), f.newUri.toString());
    }),
    // Canon files may be read once the writer trusts the workspace: start over with `trusted: true`.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()),
    { dispose: () => void handle?.client.dispose() },
  );
  void start();

  return {
    statusText: () => status.text,
    statusTooltip: () => status.tooltip,
    client: () => handle?.client,
    ready: () => starting,
    serverPid: () => (handle ? serverPid(handle.client) : undefined),
    notices: () => handle?.notices ?? [],
    ao3PreviewBody: () => preview.body,
    works: () => works.all(),
    workView: () => workView,
    statusCommand: () => status.command,
    goalStatusText: () => history.statusText,
    statsView: () => ({ payload: stats.lastPayload, rendered: stats.lastRendered, visible: stats.visible }),
    progress: (uri: string) => history.progress(uri),
    saveHistory: () => history.save(),
    ignoredWords: (uri: string) => ignored.words(uri),
  };
}

export async function deactivate(): Promise<void> {
  await Promise.all([progress?.save(), handle?.client.stop().catch(() => undefined)]);
}
