/**
 * The server's English spelling state: `fic.spelling.*` as the analysis's `spelling` environment, and the
 * words ignored per open document ("Ignore ‘x’ in this file": kept for the session, dropped when the
 * document closes). One per server, made by `startServer` and given to the features that need it.
 */
import type { AnalysisEnv } from '../core/env';
import type { SpellingSettings } from '../core/spelling/language';
import type { FicSettings } from './settings';

/** Longest word accepted by `ignore` (a word, not a paste). */
const maxWordLength = 100;
/** Ignored words kept per document, at most. */
const maxIgnored = 10_000;

export class SpellingState {
  private readonly ignored = new Map<string, Set<string>>();
  /** The settings object per `FicSettings` (identity is what lint caches compare). */
  private readonly bases = new WeakMap<FicSettings, SpellingSettings>();
  /** The per-document environment, rebuilt only when the base or its ignored words change. */
  private readonly envs = new Map<string, { env: AnalysisEnv; base: AnalysisEnv; size: number }>();

  /** `fic.spelling.*` as core's settings (one object per settings version). */
  settings(settings: FicSettings): SpellingSettings {
    let base = this.bases.get(settings);
    if (!base) {
      base = { enabled: settings.spelling.enabled, language: settings.spelling.language, severity: settings.spelling.severity };
      this.bases.set(settings, base);
    }
    return base;
  }

  /** `base` with the words ignored in `uri` (the same object while nothing changed). */
  envFor(uri: string, base: AnalysisEnv): AnalysisEnv {
    const ignored = this.ignored.get(uri);
    if (!ignored || !base.spelling) return base;
    const last = this.envs.get(uri);
    const b = last?.base;
    if (last && b!.canon === base.canon && b!.spelling === base.spelling && b!.target === base.target && b!.severities === base.severities && last.size === ignored.size) return last.env;
    const env: AnalysisEnv = { ...base, spelling: { ...base.spelling, ignored: new Set(ignored) } };
    this.envs.set(uri, { env, base, size: ignored.size });
    return env;
  }

  /** Ignores `word` in `uri`; false when it is no word (empty, spaced, too long) or too many are ignored. */
  ignore(uri: string, word: string): boolean {
    if (word.length === 0 || word.length > maxWordLength || /\s/.test(word)) return false;
    let set = this.ignored.get(uri);
    if (!set) this.ignored.set(uri, (set = new Set()));
    if (set.size >= maxIgnored) return false;
    set.add(word.toLowerCase());
    return true;
  }

  /** Forgets what was ignored in `uri` (the document closed). */
  forget(uri: string): void {
    this.ignored.delete(uri);
    this.envs.delete(uri);
  }
}
