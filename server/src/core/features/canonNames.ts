/**
 * `canon.*` diagnostics on a fic: misspelled canon names (`Rukai` → `Rukia`), lowercase names (`rukia`)
 * and unlisted romanizations (`Hougyoku` for `Hōgyoku`). Also finds the canon names in the text, for
 * highlighting. Every word is judged once per distinct text (see `canon/judge.ts`).
 */
import type { FicModel, Span, TextSource } from '../model';
import { LintCode, type Lint } from '../lint';
import type { CanonIndex } from '../canon/canonIndex';
import { documentCanon } from '../canon/headerNames';
import { namesTable, verdictTable, type VerdictTable, type WordPart } from '../canon/judge';
import type { AnalysisEnv } from '../env';
import { changedRange, editWindow, type EditLike } from '../canon/editWindow';
import { detach } from '../parse/chars';
import { nearbyReach, rankByNearbyNames, tiedCandidates } from '../canon/nearbyNames';
import { PART } from '../source';
import { SpanBuffer } from '../count/wordScanner';
import { wordsBefore } from '../count/wordIndex';
import { firstStartingAtOrAfter } from '../spans';
import { carrySkip, crossesEdge, moveLints, sameOutside, spliceBounds } from './carry';
import type { ChangedRegion } from '../parse/incremental';
import { inTextingLine, opensSentenceAt, reportSpelling } from '../spelling/spellingContext';
import { englishVariantOf } from '../spelling/language';
import { englishSampleEnd } from '../spelling/textLanguage';
import type { SpellingFinding } from '../spelling/englishWord';
import type { SpellingLanguage } from '../spelling/suggest';
import type { SpellingSettings } from '../spelling/language';

/** Header fields whose values are tags or metadata, never checked (`Tags: Fluff, RenRuki`). */
const unchecked = new Set([
  'tags', 'additional tags', 'freeform', 'warnings', 'warning', 'archive warnings', 'archive warning', 'rating',
  'category', 'categories', 'target', 'words', 'word count', 'status', 'language', 'url', 'link',
]);

/**
 * Spans of `model` the check skips, sorted: the tags line, field names, tag-like fields, scene breaks.
 * Copies: a `CanonCheck` outlives its model, whose objects the next reparse may move in place.
 */
function skippedSpans(model: FicModel): Span[] {
  const out: Span[] = [];
  const add = (s: Span) => void out.push({ start: s.start, end: s.end });
  const header = model.header;
  if (header) {
    if (header.tags) add(header.tags);
    for (const field of header.fields) add(unchecked.has(field.name) ? field : field.nameSpan);
  }
  // Scene breaks are the `break` paragraphs (the `tags` one is the header's tags line, added above):
  // reading them from their own list keeps this from walking every paragraph on every keystroke.
  for (const b of model.breaks) add(b);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Past every offset of a text (V8 strings are shorter than 2^29 units), and a small integer as offsets are:
 * `Infinity` is a double, and the walk's optimized code, compiled for small integers, was thrown away
 * (deoptimized) when the last skipped span was passed and a comparison first met it.
 */
const beyondAnyOffset = 0x3fffffff;

/**
 * Calls `visit(start, part)` for every part worth reporting of every AO3 word of `model` that starts in
 * `[from, to)` and lies outside `skip` (sorted spans): findings when `names` is false, canon names when
 * true. The text is cut out of `model.source` a run of words at a time (about `PART` units), never made
 * whole. The words themselves are walked by `VerdictTable.scan`, with no call per word: this runs once per
 * word of a 500k-word fic.
 */
function forEachPart(
  model: FicModel,
  table: VerdictTable,
  skip: readonly Span[],
  names: boolean,
  visit: (start: number, part: WordPart) => void,
  from = 0,
  to = Infinity,
): void {
  const words = model.words;
  const first = from > 0 ? wordsBefore(words, from) * 2 : 0;
  const stop = to === Infinity ? words.length : wordsBefore(words, to) * 2;
  if (first >= stop) return;
  const source = model.source;
  // `text` is the source from `base` to `limit`: the words from `i` to the next cut lie inside it. A string
  // source (every fresh parse: the CLI's, the server's at open) is read in place: cutting it into runs only
  // made each word's characters slower to read (a sliced string's) for no memory saved.
  let text = typeof source === 'string' ? source : '';
  let base = 0;
  let limit = typeof source === 'string' ? beyondAnyOffset : 0;
  const bit = names ? 2 : 1;
  let k = 0;
  let nextSkip = skip.length ? skip[0].start : beyondAnyOffset;
  for (let i = first; i < stop; ) {
    const start = words[i];
    if (start >= nextSkip) {
      while (k < skip.length && skip[k].end <= start) k++;
      nextSkip = k < skip.length ? skip[k].start : beyondAnyOffset;
      if (start >= nextSkip) {
        i += 2;
        continue;
      }
    }
    if (words[i + 1] > limit) {
      // The next run: from this word to the last word that ends within `PART` units of it (at least this one).
      let j = i + 2;
      while (j < stop && words[j + 1] - start <= PART) j += 2;
      base = start;
      limit = words[j - 1];
      text = source.slice(base, limit);
    }
    // The words up to the next skipped span or the run's end, in one call; it stops early at a word with
    // something to visit.
    i = table.scan(text, base, words, i, stop, nextSkip, limit, bit);
    const slot = table.hit;
    if (slot < 0) continue;
    const verdict = table.verdictAt(slot);
    const parts = names ? verdict.names : verdict.findings;
    for (let j = 0; j < parts.length; j++) visit(words[i], parts[j]);
    i += 2;
  }
}

function toLint(part: WordPart, at: number, spellingSeverity: 'warning' | 'information' = 'warning', source?: TextSource): Lint {
  const start = at + part.offset;
  const end = start + part.length;
  const finding = part.finding!;
  // Lints outlive their version (the next one reuses those the edit did not touch): a copy, not a view
  // of this version's text, so the old text can be collected.
  const word = detach(part.text);
  switch (finding.kind) {
    case 'misspelled': {
      // Equally near names: the one written around the typo first.
      const tied = finding.likelihoods && source ? { suggestions: finding.suggestions, likelihoods: finding.likelihoods } : undefined;
      const lint = misspelledLint(word, start, end, tied ? rankByNearbyNames(source!, start, end, tied.suggestions, tied.likelihoods) : finding.suggestions, finding.certain);
      if (tied) tiedCandidates.set(lint, tied);
      return lint;
    }
    case 'spelling': {
      const suggestions = finding.suggestions;
      return {
        code: LintCode.UnknownWord,
        severity: spellingSeverity,
        start,
        end,
        message: suggestions.length ? `‘${word}’ is not in the English dictionary — did you mean ‘${suggestions[0]}’?` : `‘${word}’ is not in the English dictionary.`,
        suggestions: suggestions.slice(),
        data: { word },
      };
    }
    case 'casing':
      return {
        code: LintCode.NameCasing,
        severity: 'warning',
        start,
        end,
        message: `‘${word}’ is the canon name ‘${finding.suggestion}’ — write it with its capitals.`,
        suggestions: [finding.suggestion],
        data: { word },
      };
    case 'romanization':
      return {
        code: LintCode.Romanization,
        severity: 'information',
        start,
        end,
        message: `‘${word}’ is another romanization of ‘${finding.suggestion}’, which is how the canon spells it (list ‘${word}’ as an alias to allow it).`,
        suggestions: [finding.suggestion],
        data: { word },
      };
  }
}

function misspelledLint(word: string, start: number, end: number, suggestions: readonly string[], certain: boolean): Lint {
  return {
    code: LintCode.MisspelledName,
    severity: 'warning',
    start,
    end,
    message: `‘${word}’ is not a canon name — did you mean ‘${suggestions[0]}’?`,
    suggestions,
    data: certain ? { word, certain: true } : { word },
  };
}

/**
 * `lint` (reused from the previous version, at its new offsets) ranked again when it has tied candidates
 * and the edit window lies within reach of it: the names around it may have changed. The same object when
 * nothing moved or changed.
 */
function rankedAgain(lint: Lint, source: TextSource, window: { start: number; end: number }): Lint {
  const tied = tiedCandidates.get(lint);
  if (!tied || lint.end + nearbyReach < window.start || lint.start - nearbyReach > window.end) return lint;
  const suggestions = rankByNearbyNames(source, lint.start, lint.end, tied.suggestions, tied.likelihoods);
  if (suggestions.every((s, i) => s === lint.suggestions?.[i])) return lint;
  const data = lint.data as { word: string; certain?: boolean };
  const ranked = misspelledLint(data.word, lint.start, lint.end, suggestions, data.certain === true);
  tiedCandidates.set(ranked, tied);
  return ranked;
}

/**
 * The canon check of one version of a document, kept so that the next version re-checks only the
 * paragraphs an edit touched (`checkCanonNames` with `previous`). Holds no text and no model.
 */
export interface CanonCheck {
  /** The canon the document was checked against (workspace index plus header names). */
  readonly canon: CanonIndex;
  readonly skip: readonly Span[];
  readonly textLength: number;
  /** Where the header ends (-1: none): lints near it are never reused. */
  readonly headerEnd: number;
  /** `canon.*` and `spelling.unknown-word` lints, sorted by start. */
  readonly lints: readonly Lint[];
  /** The English variant spell-checked in, or undefined when spelling was off. */
  readonly language?: SpellingLanguage;
  /** Where the text's English vote stopped reading (`englishSampleEnd`): an edit after it keeps `language` and `foreign`. */
  readonly languageSampleEnd: number;
  /** The fic is in another language (lowercase words never judged against the canon). */
  readonly foreign: boolean;
  /** The spelling settings checked with (a check is reused only under the same ones). */
  readonly spelling?: SpellingSettings;
}

/**
 * Canon-name diagnostics for `model` against the workspace canon (`env.canon`) plus the names the fic's
 * own header declares. Linear in the number of words; never throws.
 */
export function validateCanonNames(model: FicModel, env: AnalysisEnv): Lint[] {
  return checkCanonNames(model, env).lints as Lint[];
}

/**
 * The canon check of `model`. Given the check of an earlier version and the edits since (LSP order, in
 * that version's offsets), only words in the paragraphs around the edits are judged again and the other
 * lints are reused, moved by the length change; the result always equals a full check (when in doubt —
 * the header, the canon or a skipped span changed — it is one).
 */
export function checkCanonNames(
  model: FicModel,
  env: AnalysisEnv,
  previous?: { check: CanonCheck; edits: readonly EditLike[]; consume?: boolean; region?: ChangedRegion | null },
): CanonCheck {
  const canon = documentCanon(model, env.canon);
  const carried = previous?.consume && previous.region ? carrySkip(previous.check, model, previous.region) : undefined;
  const skip = carried ?? skippedSpans(model);
  const textLength = model.source.length;
  const headerEnd = model.header ? model.header.end : -1;
  // The language is read from the header and the first words after it: kept when the edit (the reparse's
  // region: the header and every word before it as they were) comes after both.
  const prev = previous?.check;
  const region = previous?.region;
  const keep = prev && region && prev.spelling === env.spelling && prev.headerEnd === headerEnd && headerEnd < region.start && prev.languageSampleEnd < region.start;
  // One read of the language serves both: the spelling variant, and whether the fic is in another language.
  const variant = keep ? undefined : englishVariantOf(model, env.spelling?.language ?? 'en-US');
  const language = keep ? prev.language : env.spelling?.enabled ? variant : undefined;
  const languageSampleEnd = keep ? prev.languageSampleEnd : englishSampleEnd(model);
  const foreign = keep ? prev.foreign : variant === undefined;
  if (canon.size === 0 && !language) return { canon, skip, textLength, headerEnd, lints: [], language, languageSampleEnd, foreign, spelling: env.spelling };
  const table = verdictTable(canon, language, foreign);
  const severity = env.spelling?.severity ?? 'warning';
  const ignored = env.spelling?.ignored;
  const visit = (lints: Lint[]) => (start: number, part: WordPart) => {
    if (part.finding?.kind === 'spelling') {
      // The header (title, tags, ratings, summary) and words the writer ignored are not spell-checked.
      if (start < headerEnd || ignored?.has(part.text.toLowerCase())) return;
      if (!reportSpelling(model.source, start + part.offset, start + part.offset + part.length, part.finding as SpellingFinding)) return;
    }
    // In a fic of another language a capital opening a sentence is that language's word (`Mon ami`), no
    // slip of a canon name (`Ron`).
    if (foreign && part.finding?.kind === 'misspelled' && opensSentenceAt(model.source, start + part.offset)) return;
    // A lowercase name on a texting line (`**ren:** ok yuki`, `> tell devisol hi`) is style, not a name missing its capital.
    if (part.finding?.kind === 'casing' && inTextingLine(model.source, start + part.offset)) return;
    lints.push(toLint(part, start, severity, model.source));
  };
  const reused =
    previous &&
    previous.check.language === language &&
    previous.check.foreign === foreign &&
    previous.check.spelling === env.spelling &&
    reuse(previous.check, previous.edits, model, canon, skip, carried !== undefined);
  if (!reused) {
    const lints: Lint[] = [];
    forEachPart(model, table, skip, false, visit(lints));
    return { canon, skip, textLength, headerEnd, lints, language, languageSampleEnd, foreign, spelling: env.spelling };
  }
  const { window, a, b } = reused;
  const old = previous.check.lints;
  const lints: Lint[] = old.slice(0, a);
  // Lints with tied candidates near the edit are ranked again (`canon/nearbyNames.ts`); a few at most.
  for (let i = lints.length - 1; i >= 0 && lints[i].start + 2 * nearbyReach >= window.start; i--) lints[i] = rankedAgain(lints[i], model.source, window);
  forEachPart(model, table, skip, false, visit(lints), window.start, window.end);
  const at = lints.length;
  moveLints(old, b, lints, window.delta, previous.consume === true, keepTied);
  for (let i = at; i < lints.length && lints[i].start - nearbyReach <= window.end; i++) lints[i] = rankedAgain(lints[i], model.source, window);
  return { canon, skip, textLength, headerEnd, lints, language, languageSampleEnd, foreign, spelling: env.spelling };
}

/**
 * The window to re-check and the previous lints before and after it, or undefined when the previous
 * check cannot be reused (different canon, a skipped span that changed or crosses the window, a header
 * near the edit).
 */
function reuse(prev: CanonCheck, edits: readonly EditLike[], model: FicModel, canon: CanonIndex, skip: readonly Span[], carried: boolean) {
  if (prev.canon !== canon) return undefined;
  const changed = changedRange(edits);
  const length = model.source.length;
  if (!changed || changed.oldEnd > prev.textLength || changed.newEnd > length) return undefined;
  if (length - changed.newEnd !== prev.textLength - changed.oldEnd) return undefined;
  const window = editWindow(model.source, changed);
  // A header decides skipped spans and names from its lines: an edit near it is checked in full.
  if (Math.max(prev.headerEnd, model.header ? model.header.end : -1) + 1 >= window.start) return undefined;
  const oldEnd = window.end - window.delta;
  // Carried skipped spans are the previous ones moved: only whether one crosses the window is left to see.
  if (carried ? crossesEdge(skip, window.start, window.end) : !sameOutside(prev.skip, skip, window.start, oldEnd, window.end, window.delta)) return undefined;
  const lints = prev.lints;
  const a = firstStartingAtOrAfter(lints, window.start);
  const b = Math.max(a, firstStartingAtOrAfter(lints, oldEnd));
  return { window, a, b };
}

/** A copy of a lint keeps its tied candidates (moved in place, a lint keeps them as the same object). */
function keepTied(from: Lint, to: Lint): void {
  const tied = tiedCandidates.get(from);
  if (tied) tiedCandidates.set(to, tied);
}

/**
 * Where canon names (capitalized canon spellings, aliases included; not lowercase terms) occur in the
 * text, one span per word, sorted, flat: `[start0, end0, start1, ...]` (4 bytes a bound and no object
 * per name: a 1M-word fic has ~90k of them). For `character` semantic tokens.
 */
export function findCanonNameBounds(model: FicModel, canon: CanonIndex): Uint32Array {
  return findNames(model, documentCanon(model, canon));
}

function findNames(model: FicModel, docCanon: CanonIndex): Uint32Array {
  const out = new SpanBuffer(1024);
  if (docCanon.size === 0) return out.toArray();
  forEachPart(model, namesTable(docCanon), [], true, (start, part) => out.push(start + part.offset, start + part.offset + part.length));
  return out.data.slice(0, out.size);
}

/**
 * The canon names of one version of a document (`findCanonNameBounds`), kept so that the next version
 * finds names again only around the edits (`canonNamesAfter`). Holds no text and no model.
 */
export interface CanonNames {
  /** The canon the names were found with (workspace index plus header names). */
  readonly canon: CanonIndex;
  /** Flat `[start0, end0, start1, ...]`, sorted. */
  readonly bounds: Uint32Array;
  readonly textLength: number;
  /** Where the header ends (-1: none): an edit near it means a full search. */
  readonly headerEnd: number;
}

/**
 * The canon names of `model` against `canon` (plus its header's names), and where they may differ from
 * `previous.names` (the names of an earlier version, `previous.edits` since then): outside `changed`
 * (`[start, oldEnd)` before, `[start, newEnd)` now) the names are the previous ones, moved by the length
 * change after it. Without `changed` they were all found again (no previous, another canon, an edit
 * near the header). Equal to `findCanonNameBounds` always; words are judged only inside the edit window.
 */
export function canonNamesAfter(
  model: FicModel,
  canon: CanonIndex,
  previous?: { names: CanonNames; edits: readonly EditLike[]; consume?: boolean },
): { names: CanonNames; changed?: { start: number; oldEnd: number; newEnd: number } } {
  const docCanon = documentCanon(model, canon);
  const textLength = model.source.length;
  const headerEnd = model.header ? model.header.end : -1;
  const full = () => ({ names: { canon: docCanon, bounds: findNames(model, docCanon), textLength, headerEnd } });
  const prev = previous?.names;
  if (!prev || prev.canon !== docCanon) return full();
  const changed = previous.edits.length > 0 ? changedRange(previous.edits) : undefined;
  if (!changed || changed.oldEnd > prev.textLength || changed.newEnd > textLength) return full();
  if (textLength - changed.newEnd !== prev.textLength - changed.oldEnd) return full();
  const window = editWindow(model.source, changed);
  if (Math.max(prev.headerEnd, headerEnd) + 1 >= window.start) return full();
  const oldEnd = window.end - window.delta;
  const old = prev.bounds;
  // Index (even) of the first pair starting at or after each edge: bounds are pairs, as word spans are.
  const a = wordsBefore(old, window.start) << 1;
  const b = wordsBefore(old, oldEnd) << 1;
  const middle = new SpanBuffer(64);
  if (docCanon.size > 0) forEachPart(model, namesTable(docCanon), [], true, (start, part) => middle.push(start + part.offset, start + part.offset + part.length), window.start, window.end);
  const bounds = spliceBounds(old, a, b, middle.data.subarray(0, middle.size), window.delta, previous.consume === true);
  return { names: { canon: docCanon, bounds, textLength, headerEnd }, changed: { start: window.start, oldEnd, newEnd: window.end } };
}

/** `findCanonNameBounds` as spans. */
export function findCanonNameSpans(model: FicModel, canon: CanonIndex): Span[] {
  const bounds = findCanonNameBounds(model, canon);
  const spans: Span[] = new Array(bounds.length >> 1);
  for (let i = 0; i < spans.length; i++) spans[i] = { start: bounds[2 * i], end: bounds[2 * i + 1] };
  return spans;
}

/** The canon a document is checked against: the workspace index plus its header's names. */
export { documentCanon };
