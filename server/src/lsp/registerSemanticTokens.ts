/**
 * Semantic tokens: full, range and delta requests, answered by the open fic (`OpenFic`), which keeps
 * its last result so that a delta request can answer with one small edit.
 */
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { semanticTokenTypes } from '../core/features/semanticTokens';
import type { Feature } from './context';
import type { FullTokens } from './ficTokens';
import { JsonNumbers } from './jsonNumbers';

/**
 * A full result as it goes out: the numbers as `JsonNumbers`, written from the typed array (typed as the
 * protocol's `number[]`, which is what every serializer makes of it, see jsonNumbers.ts).
 */
function reply(tokens: FullTokens | SemanticTokensDelta): SemanticTokens | SemanticTokensDelta {
  return 'data' in tokens ? { resultId: tokens.resultId, data: new JsonNumbers(tokens.data) as unknown as number[] } : tokens;
}

export function semanticTokensFeature(): Feature {
  return {
    capabilities: (params) => ({
      semanticTokensProvider: {
        legend: { tokenTypes: [...semanticTokenTypes], tokenModifiers: [] },
        // A client that says it sends no whole-document requests (`requests.full: false`) is offered
        // ranges only: VS Code then asks for the lines on screen instead of the whole fic.
        ...(params.capabilities.textDocument?.semanticTokens?.requests?.full === false ? {} : { full: { delta: true } }),
        range: true,
      },
    }),

    register(ctx) {
      const tokens = ctx.connection.languages.semanticTokens;
      // `character` tokens follow the canon: ask the client to request them again when it changes. Not when
      // the workspace's canon first comes in and no tokens went out without it (whole-document requests
      // wait for it; only ranges and deltas answer at once): the client has nothing stale, and asking
      // again made VS Code fetch the whole fic's tokens twice on every open (~1.5 MB of JSON at 500k words).
      let sentWithoutCanon = false;
      let canonIn = false;
      ctx.onCanonChanged(() => {
        const first = !canonIn;
        canonIn = true;
        if (first && !sentWithoutCanon) return;
        if (ctx.clientCapabilities.workspace?.semanticTokens?.refreshSupport) void tokens.refresh();
      });
      const answered = <T>(result: T): T => {
        if (!ctx.hasCanon()) sentWithoutCanon = true;
        return result;
      };
      // A new `fic.dialogue.style` re-reads every fic: dialogue and thoughts may change anywhere.
      let style = ctx.settings().dialogue.style;
      ctx.onSettingsChanged(() => {
        if (ctx.settings().dialogue.style === style) return;
        style = ctx.settings().dialogue.style;
        if (ctx.clientCapabilities.workspace?.semanticTokens?.refreshSupport) void tokens.refresh();
      });
      // A whole-document request that comes before the workspace's canon (VS Code sends one beside the
      // first diagnostics pull, right after the open) waits for it, as the pull does: answered at once it
      // would encode every token of the fic without the canon's names, only for the canon's refresh to have
      // them all encoded again (~60 ms of an open's CPU at 500k words). Ranges and deltas answer at once.
      const full = (uri: string): SemanticTokens => {
        const fic = ctx.fic(uri);
        return fic ? (reply(fic.semanticTokens()) as SemanticTokens) : { data: [] };
      };
      // Once the canon is in, a turn of the event loop first: the diagnostics pull that waited beside this
      // request (in either order) answers; then its reply (hundreds of KB for a long fic, written over
      // several turns) goes out in full before this encodes the whole fic.
      const afterCanon = () =>
        ctx
          .canonLoaded()
          .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
          .then(() => ctx.outputWritten());
      tokens.on(ctx.request((params) => (ctx.hasCanon() ? full(params.textDocument.uri) : afterCanon().then(() => full(params.textDocument.uri)))));
      tokens.onDelta(
        ctx.request((params): SemanticTokens | SemanticTokensDelta => {
          const fic = ctx.fic(params.textDocument.uri);
          return fic ? answered(reply(fic.semanticTokensDelta(params.previousResultId))) : { data: [] };
        }),
      );
      tokens.onRange(
        ctx.request((params): SemanticTokens => {
          const fic = ctx.fic(params.textDocument.uri);
          if (!fic) return { data: [] };
          return answered({ data: fic.semanticTokensInRange(params.range.start.line, fic.document.offsetAt(params.range.end)) });
        }),
      );
    },
  };
}
