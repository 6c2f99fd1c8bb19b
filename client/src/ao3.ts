/**
 * **Fic: Copy for AO3** and **Fic: Preview as on AO3**: the server exports the fic (`fic/exportAo3`); the
 * client only picks a field, puts it on the clipboard, or shows the chapter laid out as AO3's work page
 * lays it out (a webview with a strict content security policy and the theme's colours).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportAo3Request } from '../../server/src/protocol';

/** The posting form's fields the copy command offers. */
export type Ao3Field = 'body' | 'summary' | 'notes' | 'endNotes' | 'title';

const fieldPicks: { field: Ao3Field; label: string; detail: string }[] = [
  { field: 'body', label: 'Chapter text', detail: "The chapter at the cursor, as HTML for AO3's HTML editor" },
  { field: 'summary', label: 'Summary', detail: 'The Summary: field, as HTML' },
  { field: 'notes', label: 'Notes (beginning)', detail: "The author's notes before the chapter's story" },
  { field: 'endNotes', label: 'End notes', detail: "The author's notes after the chapter's story" },
  { field: 'title', label: 'Title', detail: "The work's title (or the chapter's, for a later chapter), as plain text" },
];

function ficEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'fic') return editor;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'fic');
}

async function exportOf(client: LanguageClient, editor: vscode.TextEditor): Promise<ExportAo3Request.Result | null> {
  const breaks = vscode.workspace.getConfiguration('fic', editor.document.uri).get<string>('export.sceneBreaks') === 'hr' ? 'hr' : 'glyph';
  return client.sendRequest<ExportAo3Request.Result | null>(ExportAo3Request.method, {
    textDocument: { uri: editor.document.uri.toString() },
    position: editor.selection.active,
    breaks,
  } satisfies ExportAo3Request.Params);
}

/** What the form's `field` gets for the chapter at the cursor. */
export function fieldText(result: ExportAo3Request.Result, field: Ao3Field): string {
  const { work } = result;
  const k = result.chapter;
  const chapter = work.chapters[k];
  const last = work.chapters.length - 1;
  switch (field) {
    case 'body':
      return chapter?.body ?? '';
    case 'summary':
      return k === 0 ? work.summary : chapter?.summary ?? '';
    case 'notes':
      return k === 0 ? work.notes : chapter?.notes ?? '';
    case 'endNotes':
      return (last === 0 ? work.endNotes : '') || (chapter?.endNotes ?? '');
    case 'title':
      return k === 0 ? work.title : chapter?.title ?? '';
  }
}

/** Copies one field of the posting form for the chapter at the cursor; asks which when `field` is not given. */
export async function copyForAo3(client: LanguageClient | undefined, field?: Ao3Field): Promise<string | undefined> {
  const editor = ficEditor();
  if (!editor || !client) {
    void vscode.window.showInformationMessage('Open a fic (.fic) to copy it for AO3.');
    return undefined;
  }
  if (!field) {
    const pick = await vscode.window.showQuickPick(fieldPicks, { placeHolder: 'Copy which field of the AO3 posting form?' });
    if (!pick) return undefined;
    field = pick.field;
  }
  const result = await exportOf(client, editor);
  if (!result) return undefined;
  const text = fieldText(result, field);
  await vscode.env.clipboard.writeText(text);
  const label = fieldPicks.find((p) => p.field === field)!.label;
  const errors = result.problems.filter((p) => p.severity === 'error');
  const words = field === 'body' ? ` (${result.work.chapters[result.chapter]?.words.toLocaleString('en-US') ?? 0} words)` : '';
  const message = text ? `${label}${words} copied for AO3.` : `${label}: nothing to copy (the fic has none).`;
  if (errors.length) void vscode.window.showWarningMessage(`${message} AO3 will refuse it: ${errors[0]!.message}`);
  else void vscode.window.setStatusBarMessage(message, 4000);
  return text;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The webview page: AO3's work-page layout (notes blocks, chapter title, userstuff), theme colours. */
export function previewPage(result: ExportAo3Request.Result, cspSource: string, nonce: string): string {
  const { work } = result;
  const k = result.chapter;
  const chapter = work.chapters[k];
  const notes = k === 0 ? work.notes : chapter?.notes ?? '';
  const endNotes = (work.chapters.length === 1 ? work.endNotes : '') || (chapter?.endNotes ?? '');
  const summary = k === 0 ? work.summary : chapter?.summary ?? '';
  const block = (heading: string, html: string, cls: string) => (html ? `<div class="${cls} module"><h3 class="heading">${heading}</h3><blockquote class="userstuff">${html}</blockquote></div>` : '');
  const chapterTitle = work.chapters.length > 1 ? `<h3 class="title">Chapter ${k + 1}${chapter?.title ? `: ${escape(chapter.title)}` : ''}</h3>` : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} https: data:; style-src 'nonce-${nonce}';">
<style nonce="${nonce}">
body { font-family: 'Lucida Grande', 'Lucida Sans Unicode', Verdana, Helvetica, sans-serif; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); max-width: 52em; margin: 0 auto; padding: 1em 2em; line-height: 1.5; }
h2.title { text-align: center; font-weight: normal; font-size: 1.6em; margin: 0.5em 0; }
h3.title, h3.heading { text-align: center; font-weight: normal; }
h3.heading { text-align: left; font-size: 1em; font-weight: bold; margin: 0.5em 0; }
.module { border: 1px solid var(--vscode-panel-border, #ccc); padding: 0.5em 1em; margin: 1em 0; }
.userstuff p { margin: 1.286em auto; }
.userstuff hr { width: 50%; margin: 1.5em auto; border: 0; border-top: 1px solid var(--vscode-editor-foreground); }
blockquote.userstuff { margin: 0 0 0 1em; }
.words { text-align: right; opacity: 0.7; font-size: 0.85em; }
</style></head><body>
<div class="preface"><h2 class="title">${escape(work.title || 'Untitled')}</h2>${block('Summary:', summary, 'summary')}${block('Notes:', notes, 'notes')}</div>
${chapterTitle}
<div id="chapters" class="userstuff">${chapter?.body ?? ''}</div>
${block('Notes:', endNotes, 'end notes')}
<p class="words">${(chapter?.words ?? 0).toLocaleString('en-US')} words</p>
</body></html>`;
}

/** The preview panel: one, following the active fic, refreshed after each change (debounced). */
export class Ao3Preview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The chapter body shown last (read by the end-to-end suite). */
  body = '';

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.schedule(300);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.panel && e.textEditor.document === this.document) this.schedule(300);
      }),
    );
  }

  async show(): Promise<void> {
    const editor = ficEditor();
    if (!editor) {
      void vscode.window.showInformationMessage('Open a fic (.fic) to preview it as on AO3.');
      return;
    }
    this.document = editor.document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('fic.ao3Preview', 'Preview as on AO3', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    }
    await this.refresh();
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), ms);
  }

  private async refresh(): Promise<void> {
    const client = this.client();
    const panel = this.panel;
    const document = this.document;
    if (!client || !panel || !document) return;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const result = await client.sendRequest<ExportAo3Request.Result | null>(ExportAo3Request.method, {
      textDocument: { uri: document.uri.toString() },
      position: editor?.selection.active,
      breaks: vscode.workspace.getConfiguration('fic', document.uri).get<string>('export.sceneBreaks') === 'hr' ? 'hr' : 'glyph',
    } satisfies ExportAo3Request.Params);
    if (!result || panel !== this.panel) return;
    const nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    panel.title = `AO3: ${result.work.title || 'Untitled'}`;
    panel.webview.html = previewPage(result, panel.webview.cspSource, nonce);
    this.body = result.work.chapters[result.chapter]?.body ?? '';
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
