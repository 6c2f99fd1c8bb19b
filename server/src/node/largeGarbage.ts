/**
 * One full garbage collection soon after large strings die, instead of whenever V8 gets to it.
 *
 * Why: V8 frees a large string (a 1M-word fic is 12 MB as UTF-16) only in a major GC, and a server that
 * has never had one does not start one for a long while: the JSON-RPC message, its decoded text and the
 * text string of a big `didOpen` (three copies of the fic), and the text the document store lets go at
 * its first edit, stayed resident and were most of the peak RSS with a 1M-word fic open (measured with
 * server/bench/lspOnly.ts --mem). The keystroke path itself makes no such strings (documents.ts), so this
 * runs about twice per big document opened: a major GC of the server's heap then takes ~10 ms.
 *
 * `gc` is exposed with `v8.setFlagsFromString('--expose-gc')` when first needed (not at start: making
 * the context that hands it out takes a few ms, and `initialize` must answer fast). Where that fails,
 * nothing is collected by hand and V8 does as it would.
 *
 * Not while a fic just opened waits for its first diagnostics, nor while a reply is still being written
 * (`busy`, `ServerContext.busy`): the open's message dies as the fic opens, and a full GC 50 ms later
 * fell between its parse and its lints, on the writer's wait; once the lints were made it fell between
 * the chunks of their reply, which then reached the client ~10 ms later.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Dead bytes worth a collection: less is left to V8. */
const threshold = 8 << 20;
/** How soon after the bytes died (the reply that caused them goes out first). */
const delayMs = 50;

export class LargeGarbage {
  private pending = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `collect` runs a full GC (null: none available); by default V8's own, exposed when first needed.
   * While `busy()` is true the collection waits (checked again every `delayMs`).
   */
  constructor(
    private collect?: (() => void) | null,
    private readonly busy: () => boolean = () => false,
  ) {}

  /** `bytes` of strings just became garbage; collects once they add up to the threshold. */
  died(bytes: number): void {
    if (!(bytes > 0)) return;
    this.pending += bytes;
    if (this.pending < threshold || this.timer) return;
    this.arm();
  }

  private arm(): void {
    this.timer = setTimeout(() => {
      if (this.busy()) return this.arm();
      this.timer = undefined;
      this.pending = 0;
      if (this.collect === undefined) this.collect = exposeGc();
      this.collect?.();
    }, delayMs);
    this.timer.unref?.();
  }
}

function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => (gc as () => void)() : null;
  } catch {
    return null;
  }
}
