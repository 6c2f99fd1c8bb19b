/**
 * How often each canon name is mentioned in each chapter's story, for the stats view.
 *
 * A mention is a run of adjacent canon name words (`Rukia`, `Rukia Kuchiki`, `Rukia's`) that together
 * name one canon entry: the words' entries are intersected, so `Rukia Kuchiki` is one mention of that
 * entry and a lone `Kuchiki` shared by two entries is counted for neither (it cannot be told whose it
 * is); a short name inside a fuller one (`Rukia` in the tags line, `Rukia Kuchiki` in the canon file) is
 * the fuller one. Terms (all-lowercase entries) are not names. Words in the header and in author's notes are not
 * story and are not counted.
 */
import type { FicModel, Span } from '../model';
import type { CanonIndex } from '../canon/canonIndex';
import { nameWords, wordKey } from '../canon/canonIndex';
import type { CanonEntry } from '../canon/canonFile';
import { documentCanon, findCanonNameBounds } from '../features/canonNames';

/** One canon entry's mentions: `chapters[i]` counts chapter `i` of `model.chapters` (one slot when none). */
export interface NameMentions {
  /** The entry's name as the canon writes it (`Rukia Kuchiki`). */
  readonly name: string;
  readonly chapters: readonly number[];
  readonly total: number;
}

/** Index of the last span starting at or before `at`, or -1 (spans sorted by start). */
function lastStartingBy(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * True when only spaces (on one line) and lowercase words of the run's entries (`no` in `Sode no
 * Shirayuki`) lie between `end` and `start`: the two name words belong to one mention.
 */
function adjacent(model: FicModel, canon: CanonIndex, run: ReadonlySet<string>, end: number, start: number): boolean {
  if (start - end > 16) return false;
  const gap = model.source.slice(end, start);
  if (!/^[ \t\u00a0\p{Ll}]*$/u.test(gap)) return false;
  for (const particle of gap.split(/[ \t\u00a0]+/)) {
    if (particle && !canon.word(wordKey(particle))?.entries.some((e) => run.has(e.name))) return false;
  }
  return true;
}

/**
 * The names of the entries a word belongs to, terms left out, and a name whose words all belong to
 * another's left out too: `Rukia` from the tags line `Rukia/Renji` is `Rukia Kuchiki` of the canon file.
 */
function fullestNames(entries: readonly CanonEntry[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) if (!entry.term) names.add(entry.name);
  if (names.size < 2) return names;
  const words = [...names].map((n) => ({ name: n, words: new Set(nameWords(n).map(wordKey)) }));
  for (const a of words) {
    if (words.some((b) => b !== a && b.words.size > a.words.size && [...a.words].every((w) => b.words.has(w)))) names.delete(a.name);
  }
  return names;
}

/**
 * The canon names mentioned in `model`'s story, per chapter, most mentioned first (ties by name).
 * `canon` is the workspace canon; the fic's own header names are added as the canon check adds them.
 * `bounds` are `findCanonNameBounds(model, canon)` when the caller has them already (the server keeps
 * them for semantic tokens). Linear in the number of canon name words found.
 */
export function countMentions(model: FicModel, canon: CanonIndex, bounds = findCanonNameBounds(model, canon)): NameMentions[] {
  const docCanon = documentCanon(model, canon);
  const slots = Math.max(1, model.chapters.length);
  const counts = new Map<string, number[]>();
  const headerEnd = model.header ? model.header.end : 0;
  const byText = new Map<string, ReadonlySet<string>>();

  let run: ReadonlySet<string> | undefined; // the entries every word of the current run names
  let runChapter = 0;
  let runEnd = -1;
  const flush = () => {
    if (run && run.size === 1) {
      const [name] = run;
      let row = counts.get(name);
      if (!row) counts.set(name, (row = new Array<number>(slots).fill(0)));
      row[runChapter]++;
    }
    run = undefined;
  };

  for (let i = 0; i < bounds.length; i += 2) {
    const start = bounds[i];
    const end = bounds[i + 1];
    if (start < headerEnd) continue;
    const note = lastStartingBy(model.notes, start);
    if (note >= 0 && model.notes[note].end > start) continue;
    // A fic names a few people thousands of times: each distinct spelling is looked up once.
    const text = model.source.slice(start, end);
    let names = byText.get(text);
    if (!names) byText.set(text, (names = fullestNames(docCanon.word(wordKey(text))?.entries ?? [])));
    if (names.size === 0) continue;
    const chapter = Math.max(0, lastStartingBy(model.chapters, start));
    if (run && chapter === runChapter && adjacent(model, docCanon, run, runEnd, start)) {
      const both = run === names ? names : new Set([...run].filter((n) => names.has(n)));
      if (both.size > 0) {
        run = both;
        runEnd = end;
        continue;
      }
    }
    flush();
    run = names;
    runChapter = chapter;
    runEnd = end;
  }
  flush();

  const out: NameMentions[] = [];
  for (const [name, chapters] of counts) out.push({ name, chapters, total: chapters.reduce((a, b) => a + b, 0) });
  return out.sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
