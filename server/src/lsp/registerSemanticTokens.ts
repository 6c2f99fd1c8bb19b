/**
 * Semantic tokens: full, range and delta requests, delegating to core. The last full result of each
 * open document is kept so a delta request can answer with one small edit.
 */
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { diffSemanticTokens, getSemanticTokenData, getSemanticTokens, semanticTokenTypes, type SemanticTokenOptions } from '../core/features/semanticTokens';
import type { CanonIndex } from '../core/canon/canonIndex';
import { findCanonNameBounds } from '../core/features/canonNames';
import type { FicModel } from '../core/model';
import type { Analysis, Feature, ServerContext } from './context';
import { isCanonDocument } from './registerDiagnostics';

interface Result {
  readonly resultId: string;
  /** Kept until the next request as 4 bytes a number (a plain array holds 8: ~8 MB at 1M words). */
  readonly data: Uint32Array;
}

/** Canon-name spans per parsed model and canon index: delta requests after each edit reuse them. */
const nameCache = new WeakMap<FicModel, { canon: CanonIndex; names: Uint32Array }>();

/** Options for core: where the canon names are, for `character` tokens. */
function tokenOptions(ctx: ServerContext, { model }: Analysis): SemanticTokenOptions {
  const canon = ctx.env().canon;
  let cached = nameCache.get(model);
  if (!cached || cached.canon !== canon) {
    cached = { canon, names: findCanonNameBounds(model, canon) };
    nameCache.set(model, cached);
  }
  return { names: cached.names };
}

function fic(ctx: ServerContext, uri: string): Analysis | undefined {
  const document = ctx.document(uri);
  if (!document || isCanonDocument(uri, document.languageId)) return undefined;
  return ctx.analysis(uri);
}

/**
 * Asks the client to re-request tokens (e.g. after the canon changed which words are names), when the
 * client supports `workspace/semanticTokens/refresh`.
 */
export function refreshSemanticTokens(ctx: ServerContext): void {
  if (ctx.clientCapabilities.workspace?.semanticTokens?.refreshSupport) void ctx.connection.languages.semanticTokens.refresh();
}

export const semanticTokensFeature: Feature = {
  capabilities: () => ({
    semanticTokensProvider: {
      legend: { tokenTypes: [...semanticTokenTypes], tokenModifiers: [] },
      full: { delta: true },
      range: true,
    },
  }),

  register(ctx) {
    const results = new Map<string, Result>();
    let nextId = 0;
    const remember = (uri: string, data: Uint32Array): SemanticTokens => {
      for (const key of results.keys()) if (!ctx.document(key)) results.delete(key); // closed documents
      const resultId = String(++nextId);
      results.set(uri, { resultId, data });
      return { resultId, data: Array.from(data) };
    };
    const full = (uri: string): SemanticTokens => {
      const analysis = fic(ctx, uri);
      const data = analysis ? getSemanticTokenData(analysis.model, tokenOptions(ctx, analysis)) : new Uint32Array(0);
      return remember(uri, data);
    };

    ctx.connection.languages.semanticTokens.on((params): SemanticTokens => full(params.textDocument.uri));

    ctx.connection.languages.semanticTokens.onDelta((params): SemanticTokens | SemanticTokensDelta => {
      const uri = params.textDocument.uri;
      const previous = results.get(uri);
      const next = full(uri);
      if (!previous || previous.resultId !== params.previousResultId) return next;
      return { resultId: next.resultId!, edits: diffSemanticTokens(previous.data, next.data) };
    });

    ctx.connection.languages.semanticTokens.onRange((params): SemanticTokens => {
      const analysis = fic(ctx, params.textDocument.uri);
      if (!analysis) return { data: [] };
      const { document, model } = analysis;
      const startLine = params.range.start.line;
      const range = {
        start: document.offsetAt({ line: startLine, character: 0 }),
        end: document.offsetAt(params.range.end),
        startLine,
      };
      return { data: getSemanticTokens(model, tokenOptions(ctx, analysis), range) };
    });
  },
};
