/**
 * Runs a piece of work for the latest state, as soon as it can: at once when idle, and, when asked while
 * a run is in flight, exactly once more right after it. Never more than one run in flight, never a timer
 * that waits on the writer to stop typing. Pure (no `vscode`), so it is unit-tested.
 *
 * Why not a debounce: the status-bar count was requested 150 ms after the last event, every new event
 * restarting the wait and cancelling the request in flight. That alone is over the 100 ms the count has
 * to be right within, and under a busy server each answer arrived for an older text than the one shown,
 * so the count caught up one word at a time.
 */
export class LatestRunner {
  private scheduled = false;
  private running = false;
  private again = false;
  private disposed = false;

  /**
   * @param work one run; its promise settles when the result is shown (a rejection is the caller's to handle)
   * @param defer how a run is put off to the next turn: after the event that asked for it has been handled
   *   everywhere (the language client sends `didChange` from the same event, and must send it first)
   */
  constructor(
    private readonly work: () => Promise<void>,
    private readonly defer: (run: () => void) => void = (run) => void setTimeout(run, 0),
  ) {}

  /** The state changed: run for it soon. */
  request(): void {
    if (this.disposed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.scheduled) return;
    this.scheduled = true;
    this.defer(() => {
      this.scheduled = false;
      void this.run();
    });
  }

  private async run(): Promise<void> {
    if (this.disposed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.work();
    } catch {
      // The work reports its own failures; the next request runs again.
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.request();
      }
    }
  }

  dispose(): void {
    this.disposed = true;
  }
}
