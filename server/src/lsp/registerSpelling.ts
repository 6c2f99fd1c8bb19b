/**
 * English spelling over LSP: the command behind "Ignore ‘x’ in this file" (`fic.server.ignoreWord`), the
 * client's `fic/ignoredWords` (a document's ignored words, kept by the client across sessions and sent
 * before the document opens), and forgetting a document's ignored words when it closes. The check itself is core's (`core/spelling`, run
 * with the canon check over the same words), as in `fic check`; the quick fixes are in
 * `registerCodeActions.ts`, and the one `workspace/executeCommand` handler is `registerAddToCanon.ts`'s.
 */
import { IgnoredWordsNotification } from '../protocol';
import type { Feature, ServerContext } from './context';
import type { SpellingState } from './spellingState';

/** The server-side command behind `Ignore ‘x’ in this file`. */
export const ignoreWordCommand = 'fic.server.ignoreWord';

/** Longest document URI accepted from `fic/ignoredWords` (a URI, not a paste). */
const maxUriLength = 8192;

/** Runs `fic.server.ignoreWord` with `{ uri, word }`; true when the word is now ignored in that open document. */
export function ignoreWord(ctx: ServerContext, spelling: SpellingState, args: unknown): boolean {
  const a = (args ?? {}) as { uri?: unknown; word?: unknown };
  if (typeof a.uri !== 'string' || typeof a.word !== 'string' || !ctx.document(a.uri)) return false;
  if (!spelling.ignore(a.uri, a.word)) return false;
  // The same canon again: every listener re-checks (diagnostics are pushed again or a pull is asked for).
  ctx.setCanon(ctx.env().canon);
  return true;
}

export function spellingFeature(spelling: SpellingState): Feature {
  return {
    register(ctx) {
      ctx.connection.onNotification(IgnoredWordsNotification.method, (params: unknown) => {
        const p = (params ?? {}) as { uri?: unknown; words?: unknown };
        if (typeof p.uri !== 'string' || p.uri.length > maxUriLength || !spelling.replace(p.uri, p.words)) return;
        // Sent before `didOpen` there is nothing to re-check; for an open document, every listener re-checks.
        if (ctx.document(p.uri)) ctx.setCanon(ctx.env().canon);
      });
      ctx.onDidClose((doc) => spelling.forget(doc.uri));
    },
  };
}
