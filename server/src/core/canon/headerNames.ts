/**
 * Canon names a fic declares itself: the header's `Characters:` and `Pairing:`/`Relationships:` fields,
 * and names joined by `/` or `&` in the tags line (`Hermione/Ron`). A header name one edit from a
 * workspace canon name is not taken as canon (it is reported as the typo it likely is).
 */
import type { FicModel, Header } from '../model';
import type { CanonEntry } from './canonFile';
import type { CanonIndex } from './canonIndex';
import { nameWords } from './canonIndex';
import { isEnglishWord } from './english';
import { detach, judgeOnce } from './judge';

/** Header fields whose values list characters. */
export const nameFields = new Set(['characters', 'character', 'pairing', 'pairings', 'relationships', 'relationship', 'ship', 'ships']);

const nameRe = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,4}$/u;
/**
 * `nameRe` for a name of ASCII characters (most): the same test, whose pattern compiles in a fraction of
 * the time (the Unicode classes made `nameRe`'s first use cost ~0.6 ms of every open and `fic check`).
 */
const asciiNameRe = /^[A-Z][A-Za-z'.-]*(?: [A-Za-z'.-]+){0,4}$/;
// eslint-disable-next-line no-control-regex
const asciiRe = /^[\x00-\x7f]*$/;
const splitRe = /\s*(?:[,;/&+|×]|\s+x\s+|\s+and\s+)\s*/i;
const joinedRe = /[^\s,/&]+(?:\s*[/&]\s*[^\s,/&]+)+/g;

/** Names declared in `model`'s header, as entries (source `header`). Cheap: reads only the header. */
export function headerCanonEntries(model: FicModel): CanonEntry[] {
  const header = model.header;
  if (!header) return [];
  const names: string[] = [];
  for (const field of header.fields) {
    if (!nameFields.has(field.name)) continue;
    const value = model.source.slice(field.valueSpan.start, field.valueSpan.end).replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
    for (const part of value.split(splitRe)) pushName(names, part, false);
  }
  if (header.tags) {
    const tags = model.source.slice(header.tags.start, header.tags.end);
    for (const m of tags.matchAll(joinedRe)) for (const part of m[0].split(/\s*[/&]\s*/)) pushName(names, part, true);
  }
  return names.map((name) => ({ name: detach(name), aliases: [], source: 'header', sourceLabel: 'this fic’s header', line: -1, term: false }));
}

function pushName(names: string[], raw: string, tagsLine: boolean): void {
  const name = raw.trim().replace(/^[*_"“”'‘’]+|[*_"“”'‘’.!?:]+$/g, '').replace(/\s+/g, ' ');
  if (!(asciiRe.test(name) ? asciiNameRe : nameRe).test(name) || names.includes(name)) return;
  // In the tags line `Hurt/Comfort` and `One-shot/ Drabble` are tags, not people.
  if (tagsLine && nameWords(name).every((w) => w.split(/[-'’]/).every((p) => !p || isEnglishWord(p.toLowerCase())))) return;
  names.push(name);
}

/**
 * `base` plus the names `model`'s header declares, leaving out any that look like typos of base names.
 * Overlays are memoized on `base`, so this is cheap per keystroke.
 */
export function documentCanon(model: FicModel, base: CanonIndex): CanonIndex {
  const header = model.header;
  if (!header) return base;
  // A header object stands for one text: the incremental reparse keeps it only when the edit left the
  // header alone, so the canon of the last version is reused without reading the header again.
  const known = byHeader.get(header);
  if (known && known.base === base) return known.canon;
  const entries = headerCanonEntries(model);
  const kept = entries.length === 0 || base.size === 0 ? entries : entries.filter((e) => nameWords(e.name).every((w) => judgeOnce(base, w).findings.length === 0));
  const canon = base.withNames(kept);
  byHeader.set(header, { base, canon });
  return canon;
}

const byHeader = new WeakMap<Header, { base: CanonIndex; canon: CanonIndex }>();
