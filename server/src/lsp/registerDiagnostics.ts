/**
 * Pushes diagnostics for open fics. Work is coalesced: a burst of edits schedules one validation,
 * run on the next turn of the event loop, and published only if the document version is still current.
 */
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

function validate(ctx: ServerContext, uri: string): void {
  const open = ctx.document(uri);
  if (!open || isCanonDocument(uri, open.languageId)) return;
  const result = ctx.lints(uri);
  if (!result) return;
  const { document } = result.analysis;
  const diagnostics = converter(ctx, uri).convert(document, result.lints);
  if (ctx.document(uri)?.version !== document.version) return; // superseded while we worked
  void ctx.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
}

export const diagnosticsFeature = {
  register(ctx: ServerContext): void {
    ctx.onSettingsChanged(() => diagnosticsFeature.revalidateAll(ctx));
    ctx.onDidClose((document) => converters.get(ctx)?.delete(document.uri));
  },

  /** Validate `uri` soon; many calls before then cost one validation. */
  schedule(ctx: ServerContext, uri: string): void {
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
    for (const document of ctx.allDocuments()) diagnosticsFeature.schedule(ctx, document.uri);
  },
} satisfies Feature & Record<string, unknown>;
