/**
 * English spelling over LSP: the command behind "Ignore ‘x’ in this file" (`fic.server.ignoreWord`), and
 * forgetting a document's ignored words when it closes. The check itself is core's (`core/spelling`, run
 * with the canon check over the same words), as in `fic check`; the quick fixes are in
 * `registerCodeActions.ts`, and the one `workspace/executeCommand` handler is `registerAddToCanon.ts`'s.
 */
import type { Feature, ServerContext } from './context';
import type { SpellingState } from './spellingState';

/** The server-side command behind `Ignore ‘x’ in this file`. */
export const ignoreWordCommand = 'fic.server.ignoreWord';

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
      ctx.onDidClose((doc) => spelling.forget(doc.uri));
    },
  };
}
