/**
 * Builds the workspace canon from the texts of its canon files and the `fic.canon.words` setting.
 * Reading the files is the caller's business (the server, the CLI); this stays pure.
 */
import type { Lint } from '../lint';
import { parseCanonText, type CanonEntry } from './canonFile';
import { CanonIndex } from './canonIndex';

/** One canon file's text. */
export interface CanonText {
  /** An identifier the lints come back with: a URI or a path. */
  readonly source: string;
  /** How the writer sees it: a workspace-relative path. */
  readonly label: string;
  readonly text: string;
}

export interface LoadedCanon {
  readonly index: CanonIndex;
  /** Lints per source (malformed or duplicate lines). Every source appears, with `[]` when clean. */
  readonly lints: ReadonlyMap<string, Lint[]>;
  /** Number of entries read. */
  readonly entries: number;
}

/** Source id of entries from the `fic.canon.words` setting. */
export const settingsSource = 'settings';

/**
 * Parses every canon text plus the settings words (each string one entry line) and builds one index.
 * An entry repeated across files is kept once per file (hover lists each definition). `lazy`: see
 * `CanonIndex.build` (a one-shot check asks for few suggestions; the server builds everything up front).
 */
export function buildCanon(files: readonly CanonText[], settingsWords: readonly string[] = [], options: { lazy?: boolean } = {}): LoadedCanon {
  const entries: CanonEntry[] = [];
  const lints = new Map<string, Lint[]>();
  for (const file of files) {
    const parsed = parseCanonText(file.text, file.source, file.label);
    entries.push(...parsed.entries);
    lints.set(file.source, parsed.lints);
  }
  if (settingsWords.length) {
    const words = settingsWords.map((w) => w.replace(/[\r\n]+/g, ' '));
    const parsed = parseCanonText(words.join('\n'), settingsSource, 'settings (fic.canon.words)');
    entries.push(...parsed.entries);
    lints.set(settingsSource, parsed.lints);
  }
  return { index: CanonIndex.build(entries, options), lints, entries: entries.length };
}
