/**
 * When the language server dies: restart it, but not forever, and tell the writer once, not on every
 * crash. Pure (no `vscode`), so the policy is unit-tested; `languageClient.ts` wires it to the client.
 */

export interface CloseDecision {
  restart: boolean;
  /** A message to show the writer, or undefined to stay quiet. */
  notify?: string;
}

export class RestartPolicy {
  private crashes: number[] = [];
  private toldRestart = false;
  private toldGaveUp = false;

  /**
   * @param maxRestarts restarts allowed within `windowMs` before giving up
   * @param windowMs the window, so a server that crashes once a day keeps being restarted
   */
  constructor(
    private readonly maxRestarts = 5,
    private readonly windowMs = 3 * 60_000,
  ) {}

  /** The connection closed unexpectedly at time `now` (ms). */
  onClosed(now: number): CloseDecision {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    if (this.crashes.length > this.maxRestarts) {
      const notify = this.toldGaveUp
        ? undefined
        : `The Fic language server crashed ${this.crashes.length} times in ${Math.round(this.windowMs / 60_000)} minutes and was not restarted. Run "Fic: Restart Language Server" to try again; the "Fic" output has the details.`;
      this.toldGaveUp = true;
      return { restart: false, notify };
    }
    const notify = this.toldRestart
      ? undefined
      : 'The Fic language server stopped unexpectedly and was restarted. The "Fic" output has the details.';
    this.toldRestart = true;
    return { restart: true, notify };
  }

  /** A manual restart starts over: the writer asked, so a later crash may be told again. */
  reset(): void {
    this.crashes = [];
    this.toldGaveUp = false;
  }
}
