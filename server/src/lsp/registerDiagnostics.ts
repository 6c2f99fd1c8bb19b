/**
 * Diagnostics for open fics, pulled or pushed, whichever the client supports.
 *
 * Pull (LSP 3.17 `textDocument/diagnostic`, what VS Code asks for): the client asks after each change and
 * gets the diagnostics of the current text, or `unchanged` when they are what it already has (the usual
 * case after a keystroke: a position is a line and a character, so nothing outside the edited line moves).
 * A pull that comes before the workspace's canon is in waits for it: answering without it would report
 * every name as unknown, or none. When the canon or the settings change, the server asks the client to
 * pull again (`refresh`).
 *
 * Push (`publishDiagnostics`, for clients without pull): work is coalesced, a burst of edits schedules one
 * validation, run on the next turn of the event loop and published only if the version is still current.
 *
 * Either way, diagnostics of the word the writer is typing are held back until they leave it or pause
 * (`typedWord.ts`); after the pause the server pushes again, or asks a pulling client to pull (`refresh`).
 * A pulling client that cannot be asked gets every diagnostic at once.
 */
import { LSPErrorCodes, ResponseError, type DocumentDiagnosticReport, type InitializeParams } from 'vscode-languageserver';
import type { Feature, ServerContext } from './context';
import type { OpenFic } from './openFic';

/** The client pulls diagnostics (and so gets `diagnosticProvider`): then nothing is pushed for fics. */
function pulls(capabilities: InitializeParams['capabilities']): boolean {
  return capabilities.textDocument?.diagnostic !== undefined;
}

/**
 * Whether diagnostics of the word being typed may be held back (`typedWord.ts`): only when the server
 * can bring them out after the pause by itself, by a push or by asking a pulling client to pull again.
 */
function canHold(capabilities: InitializeParams['capabilities']): boolean {
  return !pulls(capabilities) || capabilities.workspace?.diagnostics?.refreshSupport === true;
}

const superseded = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'superseded');

export function diagnosticsFeature(): Feature {
  /** URIs waiting for a push validation. */
  const pending = new Set<string>();
  /** Bumped by every scheduling request (each content change); see `schedule`. */
  let changes = 0;
  /** Per URI, the timer that brings out the diagnostics held back for a word being typed. */
  const held = new Map<string, { until: number; timer: ReturnType<typeof setTimeout> }>();

  function diagnosticsOf(ctx: ServerContext, fic: OpenFic) {
    const result = fic.diagnostics({ holdTyped: canHold(ctx.clientCapabilities) });
    if (result.heldUntil !== undefined) afterPause(ctx, fic.uri, result.heldUntil);
    return result;
  }

  /** At `until`, the writer has paused on the word: push its diagnostics, or ask the client to pull them. */
  function afterPause(ctx: ServerContext, uri: string, until: number): void {
    const armed = held.get(uri);
    if (armed && armed.until >= until) return;
    if (armed) clearTimeout(armed.timer);
    const timer = setTimeout(() => {
      held.delete(uri);
      if (!ctx.fic(uri)) return;
      if (!pulls(ctx.clientCapabilities)) validate(ctx, uri);
      else void Promise.resolve(ctx.connection.languages.diagnostics.refresh() as unknown).catch(() => undefined); // typed void, is a request
    }, Math.max(0, until - Date.now()) + 1);
    timer.unref?.(); // never what keeps an exiting server alive
    held.set(uri, { until, timer });
  }

  function pull(ctx: ServerContext, uri: string, previousResultId: string | undefined): DocumentDiagnosticReport {
    const fic = ctx.fic(uri);
    if (!fic) return { kind: 'full', items: [] };
    const { items, resultId } = diagnosticsOf(ctx, fic);
    return previousResultId === resultId ? { kind: 'unchanged', resultId } : { kind: 'full', resultId, items };
  }

  function validate(ctx: ServerContext, uri: string): void {
    const fic = ctx.fic(uri);
    if (!fic) return;
    const { items, version } = diagnosticsOf(ctx, fic);
    void ctx.connection.sendDiagnostics({ uri, version, diagnostics: items });
  }

  /** Validate `uri` soon; many calls before then cost one validation. A pulling client asks by itself. */
  function schedule(ctx: ServerContext, uri: string): void {
    if (pulls(ctx.clientCapabilities)) return;
    changes++;
    if (pending.has(uri)) return;
    pending.add(uri);
    // vscode-jsonrpc dispatches one queued message per event-loop turn, so a plain setImmediate would
    // validate every version of a burst. Wait instead until a whole turn passes with no new change:
    // the queue has drained and only the latest version is validated (a lone keystroke costs two turns).
    let seen = -1;
    const tick = () => {
      if (seen !== changes) {
        seen = changes;
        setImmediate(tick);
        return;
      }
      pending.delete(uri);
      // Never a publish without the workspace canon: its arrival revalidates every open fic (`register`).
      if (ctx.hasCanon()) validate(ctx, uri);
    };
    setImmediate(tick);
  }

  function revalidateAll(ctx: ServerContext): void {
    if (pulls(ctx.clientCapabilities)) {
      if (ctx.clientCapabilities.workspace?.diagnostics?.refreshSupport) void Promise.resolve(ctx.connection.languages.diagnostics.refresh() as unknown).catch(() => undefined); // typed void, is a request
      return;
    }
    for (const fic of ctx.fics()) schedule(ctx, fic.uri);
  }

  return {
    capabilities: (params) =>
      pulls(params.capabilities) ? { diagnosticProvider: { identifier: 'fic', interFileDependencies: false, workspaceDiagnostics: true } } : {},

    register(ctx) {
      ctx.onSettingsChanged(() => revalidateAll(ctx));
      ctx.onCanonChanged(() => revalidateAll(ctx));
      ctx.onDidChangeContent((document) => schedule(ctx, document.uri));
      ctx.onDidClose((document) => {
        const armed = held.get(document.uri);
        if (armed) clearTimeout(armed.timer);
        held.delete(document.uri);
        void ctx.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      });
      ctx.connection.languages.diagnostics.on(
        ctx.request((params, token) => {
          // Superseded before it ran (the client sent another change and gave up on this pull): no work.
          if (token.isCancellationRequested) throw superseded();
          if (ctx.hasCanon()) return pull(ctx, params.textDocument.uri, params.previousResultId);
          return ctx.canonLoaded().then(() => {
            if (token.isCancellationRequested) throw superseded();
            return pull(ctx, params.textDocument.uri, params.previousResultId);
          });
        }),
      );
    },
  };
}
