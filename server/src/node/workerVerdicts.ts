/**
 * A `VerdictSource` (see `core/features/prejudge.ts`) that judges on a worker thread (`judgeWorker.ts`):
 * the server's second core judges a long fic's words while the first parses it. The worker starts once,
 * after `initialize` has been answered, and lives as long as the server; its canon is rebuilt from the
 * texts of every index the server builds. If it cannot start or fails, every fic is judged on the server's
 * own thread, as without it (and the log says why).
 */
import { Worker } from 'node:worker_threads';
import type { CanonIndex } from '../core/canon/canonIndex';
import type { CanonText } from '../core/canon/canonSources';
import type { Prejudged, VerdictSource } from '../core/features/prejudge';
import type { SpellingSettings } from '../core/spelling/language';
import type { FromWorker, ToWorker } from './judgeWorker';

type Judged = { canon: CanonIndex; words: Prejudged } | undefined;

export class WorkerVerdicts implements VerdictSource {
  private worker: Worker | undefined;
  private failed = false;
  /** The last index built, by the key the worker knows it by (older ones are let go). */
  private canon: { key: number; index: CanonIndex } | undefined;
  private nextKey = 1;
  private nextId = 1;
  private readonly pending = new Map<number, (judged: Judged) => void>();

  constructor(
    /** The worker's bundle. */
    private readonly file: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Starts the worker (once): its start-up runs while the server reads the canon files. */
  start(): void {
    if (this.worker || this.failed) return;
    try {
      // A small young generation, as the server's own (`--max-semi-space-size=1`): memory, not speed.
      const worker = new Worker(this.file, { resourceLimits: { maxYoungGenerationSizeMb: 3 }, stdout: false, stderr: false });
      worker.unref(); // never what keeps an exiting server alive
      worker.on('message', (reply: FromWorker) => this.received(reply));
      worker.on('error', (e) => this.fail(`the judging thread failed: ${String(e?.stack ?? e)}`));
      worker.on('exit', (code) => this.fail(`the judging thread exited (${code})`));
      this.worker = worker;
    } catch (e) {
      this.fail(`the judging thread did not start: ${String((e as Error)?.stack ?? e)}`);
    }
  }

  canonBuilt(index: CanonIndex, texts: readonly CanonText[], words: readonly string[]): void {
    this.start();
    if (!this.worker) return;
    this.canon = { key: this.nextKey++, index };
    this.post({ type: 'canon', key: this.canon.key, texts: texts.map(({ source, label, text }) => ({ source, label, text })), words: [...words] });
  }

  judge(text: string, spelling: SpellingSettings | undefined): Promise<Judged> {
    this.start();
    if (!this.worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    const judged = new Promise<Judged>((resolve) => this.pending.set(id, resolve));
    this.post({ type: 'judge', id, text, spelling: spelling && { enabled: spelling.enabled, language: spelling.language, severity: spelling.severity } });
    return judged;
  }

  /** Stops the worker (the server is exiting, or a test is done). */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.failed = true;
    this.worker = undefined;
    this.settleAll();
    await worker?.terminate();
  }

  private post(message: ToWorker): void {
    try {
      this.worker!.postMessage(message);
    } catch (e) {
      this.fail(`could not reach the judging thread: ${String((e as Error)?.stack ?? e)}`);
    }
  }

  private received(reply: FromWorker): void {
    const resolve = this.pending.get(reply.id);
    if (!resolve) return;
    this.pending.delete(reply.id);
    if ('error' in reply) {
      this.log(`Fic: judging words on the other thread failed (judged here instead): ${reply.error}`);
      resolve(undefined);
      return;
    }
    // Judged against an index the server has since replaced: of no use.
    resolve(this.canon && this.canon.key === reply.key ? { canon: this.canon.index, words: reply.words } : undefined);
  }

  private fail(why: string): void {
    if (this.failed) return;
    this.failed = true;
    this.worker = undefined;
    this.log(`Fic: ${why}; words are judged on the server's thread.`);
    this.settleAll();
  }

  private settleAll(): void {
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}
