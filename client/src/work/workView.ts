/**
 * Works in VS Code: `WorkTracker` keeps the workspace's works (`fic/works`, asked again when the server
 * says they changed, or a fic is saved), the status bar reads the open chapter's place from it, and the
 * **Fic Work** view in the Explorer lists works, chapters in order with counts and targets, and scenes.
 * A work's tooltip is its characters table (`fic/characters`, asked when hovered).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CharactersRequest, WorksChangedNotification, WorksRequest, type Work, type WorkChapter } from '../../../server/src/protocol';
import { formatNumber } from '../format';
import { charactersTable, type WorkPlace } from './workFormat';

const REFRESH_MS = 300;

export class WorkTracker implements vscode.Disposable {
  private works: Work[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((d) => d.languageId === 'fic' && this.schedule()),
      vscode.workspace.onDidCloseTextDocument((d) => d.languageId === 'fic' && this.schedule()),
    );
  }

  /** Listen to the server's `fic/worksChanged` (call after each client is made). */
  attach(client: LanguageClient): void {
    client.onNotification(WorksChangedNotification.method, () => this.schedule());
  }

  /** Ask the server again soon; many calls before then cost one request. */
  schedule(delay = REFRESH_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    this.timer = undefined;
    const client = this.getClient();
    if (!client?.isRunning()) return;
    try {
      const result = await client.sendRequest<WorksRequest.Result>(WorksRequest.method, {});
      this.works = result.works;
      void vscode.commands.executeCommand('setContext', 'fic.hasWorks', this.works.some((w) => w.chapters.length > 0));
      this.emitter.fire();
    } catch {
      // the server is restarting: its next `fic/worksChanged` or the next save asks again
    }
  }

  all(): readonly Work[] {
    return this.works;
  }

  /** The work and chapter index of `uri`, when it is a chapter of a work of more than one chapter. */
  placeOf(uri: string): WorkPlace | undefined {
    for (const work of this.works) {
      const chapter = work.chapters.findIndex((c) => c.uri === uri);
      if (chapter >= 0) return work.chapters.length > 1 ? { work, chapter } : undefined;
    }
    return undefined;
  }

  async characters(work: Work): Promise<string | undefined> {
    const client = this.getClient();
    if (!client?.isRunning()) return undefined;
    const result = await client.sendRequest<CharactersRequest.Result>(CharactersRequest.method, { work: work.id });
    return charactersTable(result);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

type Node = { kind: 'work'; work: Work } | { kind: 'chapter'; work: Work; chapter: WorkChapter; index: number } | { kind: 'scene'; chapter: WorkChapter; name: string; words: number; line: number };

const words = (n: number) => `${formatNumber(n)} ${n === 1 ? 'word' : 'words'}`;

/** The **Fic Work** view. */
export class WorkView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly tracker: WorkTracker) {
    this.subscription = tracker.onDidChange(() => this.emitter.fire(undefined));
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.tracker.all().filter((w) => w.chapters.length > 0).map((work) => ({ kind: 'work', work }));
    if (node.kind === 'work') return node.work.chapters.map((chapter, index) => ({ kind: 'chapter', work: node.work, chapter, index }));
    if (node.kind === 'chapter') return (node.chapter.scenes ?? []).length > 1 ? node.chapter.scenes!.map((s) => ({ kind: 'scene', chapter: node.chapter, ...s })) : [];
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'work') {
      const item = new vscode.TreeItem(node.work.title, vscode.TreeItemCollapsibleState.Expanded);
      item.description = node.work.target ? `${formatNumber(node.work.story)} of ${words(node.work.target)}` : words(node.work.story);
      item.iconPath = new vscode.ThemeIcon('book');
      item.contextValue = 'ficWork';
      return item;
    }
    if (node.kind === 'chapter') {
      const c = node.chapter;
      const hasScenes = (c.scenes ?? []).length > 1;
      const item = new vscode.TreeItem(`${node.index + 1}. ${c.title}`, hasScenes ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = c.error ? `cannot be read: ${c.error}` : c.target ? `${formatNumber(c.story)}/${words(c.target)}` : words(c.story);
      item.iconPath = new vscode.ThemeIcon(c.error ? 'warning' : 'file-text');
      item.resourceUri = vscode.Uri.parse(c.uri);
      item.tooltip = `${c.title}\n${words(c.story)} of story · ${words(c.notes)} of notes${c.error ? `\n${c.error}` : ''}`;
      if (!c.error) item.command = { command: 'vscode.open', title: 'Open Chapter', arguments: [vscode.Uri.parse(c.uri)] };
      return item;
    }
    const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
    item.description = words(node.words);
    item.iconPath = new vscode.ThemeIcon('symbol-string');
    const at = new vscode.Range(node.line, 0, node.line, 0);
    item.command = { command: 'vscode.open', title: 'Open Scene', arguments: [vscode.Uri.parse(node.chapter.uri), { selection: at }] };
    return item;
  }

  async resolveTreeItem(item: vscode.TreeItem, node: Node): Promise<vscode.TreeItem> {
    if (node.kind === 'work') {
      const table = await this.tracker.characters(node.work).catch(() => undefined);
      if (table) item.tooltip = new vscode.MarkdownString(`**${node.work.title}**\n\n${table}`);
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
