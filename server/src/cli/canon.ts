/** Builds the canon index for `fic check` from canon files read from disk (core parses their text). */
import { buildCanon } from '../core/canon/canonSources';
import type { CanonIndex } from '../core/canon/canonIndex';
import type { Lint } from '../core/lint';

export interface CanonSource {
  /** The path as shown to the writer. */
  file: string;
  text: string;
}

export interface LoadedCanon {
  index: CanonIndex;
  /** Findings inside the canon files themselves (malformed lines, duplicates), in file order. */
  lints: { file: string; text: string; lint: Lint }[];
}

/**
 * Text (UTF-16 units, all fics of the run) from which a check builds the suggestion table at once: a long
 * fic asks for near names of so many unknown words that the scans a lazy index answers its first queries
 * with (until they have cost as much as the table) are only spent (~10 ms of a 500k-word check).
 */
export const EAGER_TABLE_FROM = 256 * 1024;

/** The index of every entry in `sources`, and the canon files' own lints. `textLength`: of the fics checked. */
export function loadCanon(sources: readonly CanonSource[], textLength = 0): LoadedCanon {
  // Lazy for a short fic: it asks for a handful of suggestions, which a scan answers for less than the
  // deletion table costs to build.
  const loaded = buildCanon(
    sources.map((s) => ({ source: s.file, label: s.file, text: s.text })),
    [],
    { lazy: textLength < EAGER_TABLE_FROM },
  );
  const lints: LoadedCanon['lints'] = [];
  for (const source of sources) {
    for (const lint of loaded.lints.get(source.file) ?? []) lints.push({ file: source.file, text: source.text, lint });
  }
  return { index: loaded.index, lints };
}
