/**
 * The stdio message writer: what `vscode-jsonrpc`'s `StreamMessageWriter` does (a `Content-Length` header,
 * then the JSON; messages in order; write errors reported with a count), with the JSON from our encoder
 * (`jsonEncoder.ts`) written in bounded chunks, each one waiting for the stream to take the last. A full
 * semantic-tokens reply of a 1M-word fic (~650k numbers, ~2 MB of JSON) so goes out 64 KB at a time
 * from its typed array, where the stock writer made a JS array, a string and a buffer of it all. The
 * header travels in the first chunk: a small message is one write, not two.
 *
 * It also says when everything handed to it has been written (`idle`, `whenIdle`): a reply of a few
 * hundred KB goes out over several turns of the event loop (a pipe takes 64 KB at a time, refilled only
 * when the loop polls), so background work that starts before then delays the reply's end by its own
 * length (see `ServerContext.busy`).
 */
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { diagnosticCache, encodeChunked, type EncodedMessage } from './jsonEncoder';

export class ChunkedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private queue: Promise<void> = Promise.resolve();
  private errorCount = 0;
  private readonly encodeDiagnostic = diagnosticCache();
  /** Messages handed to `write` and not yet written (or failed). */
  private pending = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (error: Error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let encoded: EncodedMessage;
    try {
      // Encoded now, in the order messages come: what goes out is the message as it was handed over.
      encoded = encodeChunked(msg, this.encodeDiagnostic);
    } catch (error) {
      this.fireError(error as Error, msg);
      return Promise.reject(error);
    }
    this.pending++;
    const sent = this.queue.then(() => this.send(msg, encoded));
    this.queue = sent.catch(() => undefined).then(() => this.done());
    return sent;
  }

  /** True when every message handed over has been written out (or failed). */
  get idle(): boolean {
    return this.pending === 0;
  }

  /** Resolves once `idle` (at once when it is). */
  whenIdle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private done(): void {
    if (--this.pending > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private async send(msg: Message, encoded: EncodedMessage): Promise<void> {
    try {
      for (const chunk of encoded.chunks(Buffer.from(`Content-Length: ${encoded.byteLength}\r\n\r\n`, 'ascii'))) await this.writeChunk(chunk);
    } catch (error) {
      this.errorCount++;
      this.fireError(error as Error, msg, this.errorCount);
      throw error;
    }
  }

  private writeChunk(chunk: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.out.write(chunk, (error?: Error | null) => (error ? reject(error) : resolve()));
    });
  }

  end(): void {
    this.out.end();
  }
}
