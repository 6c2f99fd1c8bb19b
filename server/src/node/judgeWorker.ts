/**
 * The judging thread (bundled as out/judge-worker.js, started by `workerVerdicts.ts`): keeps a copy of the
 * workspace canon, built from the same texts as the server's, and judges the distinct words of long fics
 * just opened (`prejudge`) while the server's own thread parses them.
 */
import { parentPort } from 'node:worker_threads';
import { buildCanon, type CanonText } from '../core/canon/canonSources';
import type { CanonIndex } from '../core/canon/canonIndex';
import { warmEnglish } from '../core/canon/english';
import { prejudge } from '../core/features/prejudge';
import type { SpellingSettings } from '../core/spelling/language';

export type ToWorker =
  | { readonly type: 'canon'; readonly key: number; readonly texts: readonly CanonText[]; readonly words: readonly string[] }
  | { readonly type: 'judge'; readonly id: number; readonly text: string; readonly spelling?: SpellingSettings };

export type FromWorker =
  | { readonly id: number; readonly key: number; readonly words: ReturnType<typeof prejudge> }
  | { readonly id: number; readonly error: string };

const port = parentPort;
if (port) {
  let canon: { key: number; index: CanonIndex } | undefined;
  /** Texts that came before the first canon: judged once it is in. */
  let waiting: Extract<ToWorker, { type: 'judge' }>[] = [];
  const answer = (request: Extract<ToWorker, { type: 'judge' }>, current: { key: number; index: CanonIndex }): void => {
    let reply: FromWorker;
    try {
      reply = { id: request.id, key: current.key, words: prejudge(request.text, current.index, request.spelling) };
    } catch (e) {
      reply = { id: request.id, error: String((e as Error)?.stack ?? e) };
    }
    port.postMessage(reply);
  };
  port.on('message', (message: ToWorker) => {
    if (message.type === 'canon') {
      canon = { key: message.key, index: buildCanon(message.texts, message.words).index };
      const queued = waiting;
      waiting = [];
      for (const request of queued) answer(request, canon);
    } else if (!canon) waiting.push(message);
    else answer(message, canon);
  });
  // Before any text comes: the English lists, as the server readies its own.
  warmEnglish();
}
