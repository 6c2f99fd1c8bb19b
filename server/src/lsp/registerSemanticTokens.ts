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
      // `character` tokens follow the canon: ask the client to request them again when it changes.
      ctx.onCanonChanged(() => {
        if (ctx.clientCapabilities.workspace?.semanticTokens?.refreshSupport) void tokens.refresh();
      });
      // A new `fic.dialogue.style` re-reads every fic: dialogue and thoughts may change anywhere.
      let style = ctx.settings().dialogue.style;
      ctx.onSettingsChanged(() => {
        if (ctx.settings().dialogue.style === style) return;
        style = ctx.settings().dialogue.style;
        if (ctx.clientCapabilities.workspace?.semanticTokens?.refreshSupport) void tokens.refresh();
      });
      tokens.on(
        ctx.request((params): SemanticTokens => {
          const fic = ctx.fic(params.textDocument.uri);
          return fic ? (reply(fic.semanticTokens()) as SemanticTokens) : { data: [] };
        }),
      );
      tokens.onDelta(
        ctx.request((params): SemanticTokens | SemanticTokensDelta => {
          const fic = ctx.fic(params.textDocument.uri);
          return fic ? reply(fic.semanticTokensDelta(params.previousResultId)) : { data: [] };
        }),
      );
      tokens.onRange(
        ctx.request((params): SemanticTokens => {
          const fic = ctx.fic(params.textDocument.uri);
          if (!fic) return { data: [] };
          return { data: fic.semanticTokensInRange(params.range.start.line, fic.document.offsetAt(params.range.end)) };
        }),
      );
    },
  };
}
