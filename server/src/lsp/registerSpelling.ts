/**
 * English spelling over LSP: the `fic.spelling.*` settings as the analysis's `spelling` environment,
 * words ignored per open document ("Ignore ‘x’ in this file", command `fic.server.ignoreWord`; kept for
 * the session, dropped when the document closes), and the spelling quick fixes. The check itself is core's
 * (`core/spelling`, run with the canon check over the same words), as in `fic check`.
 */
import type { AnalysisEnv } from '../core/features/diagnostics';
import type { SpellingSettings } from '../core/spelling/language';
import type { Feature, ServerContext } from './context';
import type { FicSettings } from './settings';

/** The server-side command behind `Ignore ‘x’ in this file`. */
export const ignoreWordCommand = 'fic.server.ignoreWord';
/** Longest word accepted by the command (a word, not a paste). */
const maxWordLength = 100;
/** Ignored words kept per document, at most. */
const maxIgnored = 10_000;

const ignoredByUri = new WeakMap<ServerContext, Map<string, Set<string>>>();
/** The settings object per `FicSettings` (identity is what lint caches compare). */
const baseBySettings = new WeakMap<FicSettings, SpellingSettings>();
/** The per-document environment, rebuilt only when the base or its ignored words change. */
const envByUri = new WeakMap<ServerContext, Map<string, { env: AnalysisEnv; base: AnalysisEnv; size: number }>>();

function ignoredOf(ctx: ServerContext): Map<string, Set<string>> {
  let map = ignoredByUri.get(ctx);
  if (!map) ignoredByUri.set(ctx, (map = new Map()));
  return map;
}

/** `fic.spelling.*` as core's settings (one object per settings version). */
export function spellingSettings(settings: FicSettings): SpellingSettings {
  let base = baseBySettings.get(settings);
  if (!base) {
    base = { enabled: settings.spelling.enabled, language: settings.spelling.language, severity: settings.spelling.severity };
    baseBySettings.set(settings, base);
  }
  return base;
}

/** `base` with the words ignored in `uri` (the same object while nothing changed). */
export function envFor(ctx: ServerContext, uri: string, base: AnalysisEnv): AnalysisEnv {
  const ignored = ignoredOf(ctx).get(uri);
  if (!ignored || !base.spelling) return base;
  let map = envByUri.get(ctx);
  if (!map) envByUri.set(ctx, (map = new Map()));
  const last = map.get(uri);
  if (last && last.base.canon === base.canon && last.base.spelling === base.spelling && last.base.target === base.target && last.base.severities === base.severities && last.size === ignored.size) return last.env;
  const env: AnalysisEnv = { ...base, spelling: { ...base.spelling, ignored: new Set(ignored) } };
  map.set(uri, { env, base, size: ignored.size });
  return env;
}

/** Ignores `word` in the open document `uri`; false when the word is no word or the document is not open. */
export function ignoreWord(ctx: ServerContext, args: unknown): boolean {
  const a = (args ?? {}) as { uri?: unknown; word?: unknown };
  if (typeof a.uri !== 'string' || typeof a.word !== 'string' || !ctx.document(a.uri)) return false;
  if (a.word.length === 0 || a.word.length > maxWordLength || /\s/.test(a.word)) return false;
  const map = ignoredOf(ctx);
  let set = map.get(a.uri);
  if (!set) map.set(a.uri, (set = new Set()));
  if (set.size >= maxIgnored) return false;
  set.add(a.word.toLowerCase());
  ctx.revalidateAll();
  return true;
}

export const spellingFeature: Feature = {
  register(ctx) {
    ctx.onDidClose((doc) => {
      ignoredOf(ctx).delete(doc.uri);
      envByUri.get(ctx)?.delete(doc.uri);
    });
  },
};
