/**
 * The server's English spelling state: `fic.spelling.*` as the analysis's `spelling` environment, and the
 * words ignored per document ("Ignore ‘x’ in this file"). The server keeps them while the document is
 * open; the client keeps them across sessions and sends them before the document opens
 * (`fic/ignoredWords`). One per server, made by `startServer` and given to the features that need it.
 */
import type { AnalysisEnv } from '../core/env';
import type { SpellingSettings } from '../core/spelling/language';
import type { FicSettings } from './settings';

/** Longest word accepted (a word, not a paste). */
const maxWordLength = 100;
/** Ignored words kept per document, at most. */
const maxIgnored = 10_000;
/** Documents with ignored words kept, at most (words sent for documents that never open stay bounded). */
const maxDocuments = 1_000;

export class SpellingState {
  private readonly ignored = new Map<string, Set<string>>();
  /** Bumped per document whenever its ignored words change (the env is rebuilt on a new version). */
  private readonly versions = new Map<string, number>();
  /** The settings object per `FicSettings` (identity is what lint caches compare). */
  private readonly bases = new WeakMap<FicSettings, SpellingSettings>();
  /** The per-document environment, rebuilt only when the base or its ignored words change. */
  private readonly envs = new Map<string, { env: AnalysisEnv; base: AnalysisEnv; version: number }>();

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
    const version = this.versions.get(uri) ?? 0;
    const last = this.envs.get(uri);
    const b = last?.base;
    if (last && b!.canon === base.canon && b!.spelling === base.spelling && b!.target === base.target && b!.severities === base.severities && last.version === version) return last.env;
    const env: AnalysisEnv = { ...base, spelling: { ...base.spelling, ignored: new Set(ignored) } };
    this.envs.set(uri, { env, base, version });
    return env;
  }

  /** Ignores `word` in `uri`; false when it is no word (empty, spaced, too long) or too many are ignored. */
  ignore(uri: string, word: string): boolean {
    if (!isWord(word)) return false;
    let set = this.ignored.get(uri);
    if (!set) {
      if (this.ignored.size >= maxDocuments) return false;
      this.ignored.set(uri, (set = new Set()));
    }
    if (set.size >= maxIgnored) return false;
    set.add(word.toLowerCase());
    this.bump(uri);
    return true;
  }

  /**
   * Makes `words` the words ignored in `uri` (`fic/ignoredWords`), keeping those that are words, up to
   * the per-document bound; `[]` forgets them. False when `words` is no array or no room is left.
   */
  replace(uri: string, words: unknown): boolean {
    if (!Array.isArray(words)) return false;
    const set = new Set<string>();
    // Bounded before any work: at most `maxIgnored` entries are looked at.
    for (let i = 0; i < words.length && i < maxIgnored; i++) {
      const w: unknown = words[i];
      if (typeof w === 'string' && isWord(w)) set.add(w.toLowerCase());
    }
    if (set.size === 0) {
      if (this.ignored.has(uri)) this.bump(uri);
      this.ignored.delete(uri);
      return true;
    }
    if (!this.ignored.has(uri) && this.ignored.size >= maxDocuments) return false;
    this.ignored.set(uri, set);
    this.bump(uri);
    return true;
  }

  /** The words ignored in `uri`, lowercased, sorted. */
  wordsOf(uri: string): string[] {
    return [...(this.ignored.get(uri) ?? [])].sort();
  }

  /** Forgets what was ignored in `uri` (the document closed: the client sends them again on reopening). */
  forget(uri: string): void {
    this.ignored.delete(uri);
    this.envs.delete(uri);
    this.versions.delete(uri);
  }

  private bump(uri: string): void {
    this.versions.set(uri, (this.versions.get(uri) ?? 0) + 1);
  }
}

function isWord(word: string): boolean {
  return word.length > 0 && word.length <= maxWordLength && !/\s/.test(word);
}
