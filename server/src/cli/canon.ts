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

/** The index of every entry in `sources`, and the canon files' own lints. */
export function loadCanon(sources: readonly CanonSource[]): LoadedCanon {
  // Lazy: a check of a short fic asks for a handful of suggestions, which a scan answers for less than the
  // deletion table costs to build; a long fic's check builds it after its first queries.
  const loaded = buildCanon(
    sources.map((s) => ({ source: s.file, label: s.file, text: s.text })),
    [],
    { lazy: true },
  );
  const lints: LoadedCanon['lints'] = [];
  for (const source of sources) {
    for (const lint of loaded.lints.get(source.file) ?? []) lints.push({ file: source.file, text: source.text, lint });
  }
  return { index: loaded.index, lints };
}
