/**
 * Diagnostics for open fics, pulled or pushed, whichever the client supports.
 *
 * Pull (LSP 3.17 `textDocument/diagnostic`, what VS Code asks for): the client asks after each change and
 * gets the diagnostics of the current version, or `unchanged` when they are what it already has (the usual
 * case after a keystroke: a position is a line and a character, so nothing outside the edited line moves).
 * When the canon or the settings change, the server asks the client to pull again (`refresh`).
 *
 * Push (`publishDiagnostics`, for clients without pull): work is coalesced, a burst of edits schedules one
 * validation, run on the next turn of the event loop and published only if the version is still current.
 */
import { LSPErrorCodes, ResponseError, type DocumentDiagnosticReport, type InitializeParams } from 'vscode-languageserver';
import type { Feature, ServerContext } from './context';
import { DiagnosticConverter } from './diagnosticConverter';

const pending = new WeakMap<ServerContext, Set<string>>();
/** Per open fic: the last published diagnostics, reused by the next publish where unchanged. */
const converters = new WeakMap<ServerContext, Map<string, DiagnosticConverter>>();

function converter(ctx: ServerContext, uri: string): DiagnosticConverter {
  let map = converters.get(ctx);
  if (!map) converters.set(ctx, (map = new Map()));
  let c = map.get(uri);
  if (!c) map.set(uri, (c = new DiagnosticConverter()));
  return c;
}
/** Bumped by every scheduling request (each content change); see `schedule`. */
let changes = 0;

/** Canon files are open documents too, but they are checked by the canon feature, not as fics. */
export function isCanonDocument(uri: string, languageId: string): boolean {
  return languageId === 'fic-canon' || uri.endsWith('.canon');
}

/** The client pulls diagnostics (and so gets `diagnosticProvider`): then nothing is pushed for fics. */
function pulls(capabilities: InitializeParams['capabilities']): boolean {
  return capabilities.textDocument?.diagnostic !== undefined;
}

/** The diagnostics of the open fic `uri` now, with the document they are for; undefined for other documents. */
function current(ctx: ServerContext, uri: string) {
  const open = ctx.document(uri);
  const result = open && !isCanonDocument(uri, open.languageId) ? ctx.lints(uri) : undefined;
  if (!result) return undefined;
  const { document } = result.analysis;
  const c = converter(ctx, uri);
  return { document, diagnostics: c.convert(document, result.lints), resultId: c.resultId };
}

function pull(ctx: ServerContext, uri: string, previousResultId: string | undefined): DocumentDiagnosticReport {
  const now = current(ctx, uri);
  if (!now) return { kind: 'full', items: [] };
  const { resultId } = now;
  return previousResultId === resultId ? { kind: 'unchanged', resultId } : { kind: 'full', resultId, items: now.diagnostics };
}

function validate(ctx: ServerContext, uri: string): void {
  const now = current(ctx, uri);
  if (!now) return;
  const { document, diagnostics } = now;
  if (ctx.document(uri)?.version !== document.version) return; // superseded while we worked
  void ctx.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
}

export const diagnosticsFeature = {
  capabilities: (params: InitializeParams) =>
    pulls(params.capabilities) ? { diagnosticProvider: { identifier: 'fic', interFileDependencies: false, workspaceDiagnostics: false } } : {},

  register(ctx: ServerContext): void {
    ctx.onSettingsChanged(() => diagnosticsFeature.revalidateAll(ctx));
    ctx.onDidClose((document) => converters.get(ctx)?.delete(document.uri));
    ctx.connection.languages.diagnostics.on((params, token) => {
      // Superseded before it ran (the client sent another change and gave up on this pull): no work.
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'superseded');
      return pull(ctx, params.textDocument.uri, params.previousResultId);
    });
  },

  /** Validate `uri` soon; many calls before then cost one validation. A pulling client asks by itself. */
  schedule(ctx: ServerContext, uri: string): void {
    if (pulls(ctx.clientCapabilities)) return;
    let set = pending.get(ctx);
    if (!set) pending.set(ctx, (set = new Set()));
    changes++;
    if (set.has(uri)) return;
    set.add(uri);
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
      set!.delete(uri);
      validate(ctx, uri);
    };
    setImmediate(tick);
  },

  revalidateAll(ctx: ServerContext): void {
    if (pulls(ctx.clientCapabilities)) {
      if (ctx.clientCapabilities.workspace?.diagnostics?.refreshSupport) void Promise.resolve(ctx.connection.languages.diagnostics.refresh() as unknown).catch(() => undefined); // typed void, is a request
      return;
    }
    for (const document of ctx.allDocuments()) diagnosticsFeature.schedule(ctx, document.uri);
  },
} satisfies Feature & Record<string, unknown>;
