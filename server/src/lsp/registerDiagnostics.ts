/**
 * Pushes diagnostics for open fics. Work is coalesced: a burst of edits schedules one validation,
 * run on the next turn of the event loop, and published only if the document version is still current.
 */
import { getLints } from '../core/features/diagnostics';
import type { Feature, ServerContext } from './context';
import { toDiagnostic } from './convert';

const pending = new WeakMap<ServerContext, Set<string>>();

function validate(ctx: ServerContext, uri: string): void {
  const analysis = ctx.analysis(uri);
  if (!analysis) return;
  const { document, model } = analysis;
  const diagnostics = getLints(model, ctx.env()).map((lint) => toDiagnostic(document, lint));
  if (ctx.document(uri)?.version !== document.version) return; // superseded while we worked
  void ctx.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
}

export const diagnosticsFeature = {
  register(ctx: ServerContext): void {
    ctx.onSettingsChanged(() => diagnosticsFeature.revalidateAll(ctx));
  },

  /** Validate `uri` soon; many calls before then cost one validation. */
  schedule(ctx: ServerContext, uri: string): void {
    let set = pending.get(ctx);
    if (!set) pending.set(ctx, (set = new Set()));
    if (set.has(uri)) return;
    set.add(uri);
    setImmediate(() => {
      set.delete(uri);
      validate(ctx, uri);
    });
  },

  revalidateAll(ctx: ServerContext): void {
    for (const document of ctx.allDocuments()) diagnosticsFeature.schedule(ctx, document.uri);
  },
} satisfies Feature & Record<string, unknown>;
