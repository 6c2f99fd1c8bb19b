import * as vscode from 'vscode';

/**
 * A status bar item set only where its text, tooltip or visibility changed. Each setter and
 * `show()`/`hide()` sends the whole entry to the workbench, which redraws it (and parses a Markdown
 * tooltip again); the count items are updated on nearly every keystroke, mostly with what they already show.
 */
export class StatusEntry {
  private shown = false;
  private tooltipText: string | undefined;

  /** `markdown`: the tooltip is Markdown (a `MarkdownString`), else plain text. */
  constructor(
    private readonly item: vscode.StatusBarItem,
    private readonly markdown = false,
  ) {}

  /** Whether the item is shown (`StatusBarItem` does not say). */
  get visible(): boolean {
    return this.shown;
  }

  show(text: string, tooltip: string): void {
    if (this.item.text !== text) this.item.text = text;
    if (this.tooltipText !== tooltip) {
      this.item.tooltip = this.markdown ? new vscode.MarkdownString(tooltip) : tooltip;
      this.tooltipText = tooltip;
    }
    if (!this.shown) this.item.show();
    this.shown = true;
  }

  hide(): void {
    if (this.shown) this.item.hide();
    this.shown = false;
  }
}
