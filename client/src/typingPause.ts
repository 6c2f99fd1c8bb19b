/**
 * Semantic tokens are asked for once the writer pauses, not in the middle of a burst of keys.
 *
 * VS Code applies every semantic-token result to the whole document, even a delta with no edits: it
 * converts every token again and reports lines 1..N as changed, so the bracket-pair tree is parsed again
 * over the whole fic and every visible line and the minimap are drawn again (40–60 ms of page CPU at
 * 200k words). It asks 300 ms (its debounce, adapted to the provider's speed) after the first change of
 * a burst, and again after each answer while changes keep coming: about three whole-document updates a
 * second while a writer types. Here an ask waits until the document has had no change for `quietMs`; a
 * change meanwhile cancels it (VS Code keeps what it shows and asks again after its debounce), so the
 * server is asked once the writer pauses.
 *
 * What the writer sees while typing stays: the TextMate grammar colours dialogue, thoughts, emphasis and
 * headings key by key, and VS Code moves the semantic tokens it has along with the text; what only the
 * server knows (canon names, quotes the grammar cannot judge) is coloured at the pause, as the typed
 * word's diagnostics are (the server's `typedWord.ts`).
 *
 * An ask let through always answers for the version VS Code asked about (no change came while it
 * waited), so VS Code's own bookkeeping of the changes made while a request runs stays right.
 */

/** The part of a `vscode.CancellationToken` used here. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/** Timers (injected so that tests can run a clock by hand). */
export interface Clock {
  now(): number;
  /** Runs `fn` after `ms`; returns what cancels it. */
  after(ms: number, fn: () => void): () => void;
}

const realClock: Clock = {
  now: () => Date.now(),
  after: (ms, fn) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

export class TypingPause {
  /** When each open document (by URI) last changed. */
  private readonly lastChange = new Map<string, number>();
  /** Waiters to wake when their document changes. */
  private readonly waiting = new Map<string, Set<() => void>>();

  constructor(
    /** How long without a change counts as a pause (the typing lab sets it to 0 to compare). */
    public quietMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  /** The document at `uri` changed (its text, not only its version). */
  changed(uri: string): void {
    this.lastChange.set(uri, this.clock.now());
    const waiters = this.waiting.get(uri);
    if (waiters) for (const wake of [...waiters]) wake();
  }

  /** The document at `uri` was closed. */
  closed(uri: string): void {
    this.lastChange.delete(uri);
  }

  /**
   * Whether to ask now: resolves true once the document at `uri` has had no change for `quietMs` (at once
   * if it has not changed for as long), false if it changes meanwhile (its `version()` is not what it
   * was when asked) or `token` is cancelled.
   */
  async settled(uri: string, version: () => number, token: Cancellation): Promise<boolean> {
    const asked = version();
    const wait = (this.lastChange.get(uri) ?? -Infinity) + this.quietMs - this.clock.now();
    if (wait > 0 && !token.isCancellationRequested) {
      let waiters = this.waiting.get(uri);
      if (!waiters) this.waiting.set(uri, (waiters = new Set()));
      const set = waiters;
      await new Promise<void>((resolve) => {
        const done = () => {
          cancelTimer();
          cancelled.dispose();
          set.delete(done);
          if (set.size === 0 && this.waiting.get(uri) === set) this.waiting.delete(uri);
          resolve();
        };
        const cancelTimer = this.clock.after(wait, done);
        const cancelled = token.onCancellationRequested(done);
        set.add(done);
      });
    }
    const go = !token.isCancellationRequested && version() === asked;
    if (go) this.counts.asked++;
    else this.counts.held++;
    return go;
  }

  /** Asks let through to the server and asks cancelled, so far (the e2e typing test reports them). */
  readonly counts = { asked: 0, held: 0 };

  /** Wakes every waiter (each answers false only if its document changed or it was cancelled). */
  dispose(): void {
    for (const waiters of [...this.waiting.values()]) for (const wake of [...waiters]) wake();
    this.waiting.clear();
    this.lastChange.clear();
  }

  /** Documents with a waiter now (for tests). */
  get waiters(): number {
    return [...this.waiting.values()].reduce((n, s) => n + s.size, 0);
  }
}
