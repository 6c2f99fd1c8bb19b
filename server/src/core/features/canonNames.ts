/**
 * `canon.*` diagnostics on a fic: misspelled canon names (`Rukai` → `Rukia`), lowercase names (`rukia`)
 * and unlisted romanizations (`Hougyoku` for `Hōgyoku`). Also finds the canon names in the text, for
 * highlighting. Every word is judged once per distinct text (see `canon/judge.ts`).
 */
import type { FicModel, Span } from '../model';
import { LintCode, type Lint } from '../lint';
import type { CanonIndex } from '../canon/canonIndex';
import { documentCanon } from '../canon/headerNames';
import { verdictTable, type VerdictTable, type WordPart } from '../canon/judge';
import type { AnalysisEnv } from './diagnostics';

/** Header fields whose values are tags or metadata, never checked (`Tags: Fluff, RenRuki`). */
const unchecked = new Set([
  'tags', 'additional tags', 'freeform', 'warnings', 'warning', 'archive warnings', 'archive warning', 'rating',
  'category', 'categories', 'target', 'words', 'word count', 'status', 'language', 'url', 'link',
]);

/** Spans of `model` the check skips, sorted: the tags line, field names, tag-like fields, scene breaks. */
function skippedSpans(model: FicModel): Span[] {
  const out: Span[] = [];
  const header = model.header;
  if (header) {
    if (header.tags) out.push(header.tags);
    for (const field of header.fields) out.push(unchecked.has(field.name) ? field : field.nameSpan);
  }
  for (const p of model.paragraphs) if (p.kind === 'break' || p.kind === 'tags') out.push(p);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Calls `visit(start, end, part)` for every part worth reporting of every AO3 word of `model` outside
 * `skip` (sorted spans): findings when `names` is false, canon names when true. The loop is written out
 * (no per-word callback) because it runs once per word of a 500k-word fic.
 */
function forEachPart(
  model: FicModel,
  table: VerdictTable,
  skip: readonly Span[],
  names: boolean,
  visit: (start: number, part: WordPart) => void,
): void {
  const words = model.words;
  const text = model.text;
  const bit = names ? 2 : 1;
  let k = 0;
  let nextSkip = skip.length ? skip[0].start : Infinity;
  for (let i = 0; i + 1 < words.length; i += 2) {
    const start = words[i];
    if (start >= nextSkip) {
      while (k < skip.length && skip[k].end <= start) k++;
      nextSkip = k < skip.length ? skip[k].start : Infinity;
      if (start >= nextSkip) continue;
    }
    const end = words[i + 1];
    if ((table.flagsOf(text, start, end) & bit) === 0) continue;
    const verdict = table.judge(text, start, end);
    const parts = names ? verdict.names : verdict.findings;
    for (let j = 0; j < parts.length; j++) visit(start, parts[j]);
  }
}

function toLint(part: WordPart, at: number): Lint {
  const start = at + part.offset;
  const end = start + part.length;
  const finding = part.finding!;
  const word = part.text;
  switch (finding.kind) {
    case 'misspelled':
      return {
        code: LintCode.MisspelledName,
        severity: 'warning',
        start,
        end,
        message: `‘${word}’ is not a canon name — did you mean ‘${finding.suggestions[0]}’?`,
        suggestions: finding.suggestions,
        data: { word },
      };
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

/**
 * Canon-name diagnostics for `model` against the workspace canon (`env.canon`) plus the names the fic's
 * own header declares. Linear in the number of words; never throws.
 */
export function validateCanonNames(model: FicModel, env: AnalysisEnv): Lint[] {
  const canon = documentCanon(model, env.canon);
  if (canon.size === 0) return [];
  const lints: Lint[] = [];
  forEachPart(model, verdictTable(canon), skippedSpans(model), false, (start, part) => lints.push(toLint(part, start)));
  return lints;
}

/**
 * Where canon names (capitalized canon spellings, aliases included; not lowercase terms) occur in the
 * text, one span per word, sorted. For `character` semantic tokens.
 */
export function findCanonNameSpans(model: FicModel, canon: CanonIndex): Span[] {
  const docCanon = documentCanon(model, canon);
  const spans: Span[] = [];
  if (docCanon.size === 0) return spans;
  forEachPart(model, verdictTable(docCanon), [], true, (start, part) =>
    spans.push({ start: start + part.offset, end: start + part.offset + part.length }),
  );
  return spans;
}

/** The canon a document is checked against: the workspace index plus its header's names. */
export { documentCanon };
