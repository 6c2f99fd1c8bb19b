/**
 * **Fic: Show Stats**: a webview of the active fic's counts, chapters, canon names and writing progress.
 * The extension side asks the server for the breakdown (`fic/wordCount` with `sections` and `mentions`)
 * only while the panel is visible, debounced after the status bar's own counts, so typing costs nothing
 * more while it is closed. The page itself (client/webview/stats.ts) draws with Chart.js, bundled.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WordCountRequest } from '../../../server/src/protocol';
import type { WritingProgress } from '../progress';
import { workOf } from '../progress';
import { statsPayload, type StatsPayload } from './viewModel';

export const statsViewType = 'fic.stats';
/** After the last count or history change, the view asks for its breakdown this much later. */
const REFRESH_MS = 400;

/** What the page reported it drew, read from its DOM (for the end-to-end tests). */
export interface RenderedView {
  story: string;
  notes: string;
  header: string;
  total: string;
  today: string;
  session: string;
  streak: string;
  chapters: string[];
  charts: number;
}

function ficEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'fic') return editor;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'fic');
}

export class StatsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: vscode.CancellationTokenSource | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last payload posted and what the page said it rendered. */
  lastPayload: StatsPayload | undefined;
  lastRendered: RenderedView | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly getClient: () => LanguageClient | undefined,
    private readonly progress: WritingProgress,
  ) {
    this.disposables.push(
      progress.onDidChange(() => this.schedule()),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e?.document.languageId === 'fic' && e.document !== this.document) {
          this.document = e.document;
          this.schedule(0);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('fic') && this.schedule()),
      vscode.window.registerWebviewPanelSerializer(statsViewType, {
        deserializeWebviewPanel: async (panel) => {
          this.adopt(panel);
          this.document = ficEditor()?.document;
          this.schedule(0);
        },
      }),
    );
  }

  /** Opens (or reveals) the view of the active fic. Returns false when there is no fic to show. */
  show(): boolean {
    const editor = ficEditor();
    if (!editor) {
      void vscode.window.showInformationMessage('Open a fic (.fic) to see its stats.');
      return false;
    }
    this.document = editor.document;
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else {
      const panel = vscode.window.createWebviewPanel(statsViewType, 'Fic Stats', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'out', 'webview')],
      });
      this.adopt(panel);
    }
    this.schedule(0);
    return true;
  }

  get visible(): boolean {
    return this.panel?.visible ?? false;
  }

  /** The status bar counted the active fic: refresh soon if the view shows it. */
  onCount(document: vscode.TextDocument): void {
    if (this.panel && document === this.document) this.schedule();
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'out', 'webview')] };
    panel.webview.html = this.html(panel.webview);
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      this.lastRendered = undefined;
    });
    panel.onDidChangeViewState(() => panel.visible && this.schedule(0));
    panel.webview.onDidReceiveMessage((m: { type?: string; day?: string; line?: number; view?: RenderedView }) => this.onMessage(m));
  }

  private async onMessage(m: { type?: string; day?: string; line?: number; view?: RenderedView }): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.schedule(0);
        break;
      case 'rendered':
        this.lastRendered = m.view;
        break;
      case 'correct':
        if (this.document) await this.progress.correctDay(workOf(this.document), typeof m.day === 'string' ? m.day : undefined);
        break;
      case 'export':
        await vscode.commands.executeCommand('fic.exportWritingHistory');
        break;
      case 'reveal': {
        if (!this.document || typeof m.line !== 'number') break;
        const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One });
        const at = new vscode.Position(Math.max(0, Math.min(m.line, this.document.lineCount - 1)), 0);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
        break;
      }
    }
  }

  private schedule(delay = REFRESH_MS): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Asks for the breakdown of the shown fic and posts it, with the progress, to the page. */
  async refresh(): Promise<StatsPayload | undefined> {
    this.timer = undefined;
    const panel = this.panel;
    const document = this.document;
    const client = this.getClient();
    if (!panel || !panel.visible || !document || !client?.isRunning()) return undefined;
    this.pending?.cancel();
    const source = (this.pending = new vscode.CancellationTokenSource());
    try {
      const result = await client.sendRequest<WordCountRequest.Result | null>(
        WordCountRequest.method,
        { textDocument: { uri: document.uri.toString() }, sections: true, mentions: true } satisfies WordCountRequest.Params,
        source.token,
      );
      if (!result || source.token.isCancellationRequested || this.panel !== panel) return undefined;
      await this.progress.readOthers();
      const work = workOf(document);
      const payload = statsPayload(work.label, result, this.progress.progress(work.id, result.story), this.progress.goals().problems);
      panel.title = `Stats: ${work.label}`;
      this.lastPayload = payload;
      await panel.webview.postMessage({ type: 'update', payload });
      return payload;
    } catch {
      return undefined; // cancelled, or the server restarting: the next count asks again
    } finally {
      if (this.pending === source) this.pending = undefined;
      source.dispose();
    }
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'out', 'webview', name));
    const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${asset('stats.css')}" rel="stylesheet">
<title>Fic Stats</title>
</head>
<body>
<main id="root"><p>Counting…</p></main>
<script nonce="${nonce}" src="${asset('stats.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.pending?.cancel();
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
