/**
 * Planted errors: takes correctly punctuated text, plants one kind of mistake at the sites an independent
 * pattern finds (at most one per paragraph, so plants do not interact), lints the result, and counts the
 * plants caught with the right fix (the finding's own fix, applied alone, gives back the original text)
 * and the findings that match no plant (false warnings).
 */
import { parse } from '../../src/core/parse/parse';
import { getProseLints } from '../../src/core/features/proseLints';
import type { DialogueConvention } from '../../src/core/lint/convention';
import type { Lint } from '../../src/core/lint';

/** A site: replace `[start, end)` of the clean text with `planted`. */
export interface Site {
  readonly start: number;
  readonly end: number;
  readonly planted: string;
}

export interface PlantResult {
  readonly kind: string;
  readonly planted: number;
  readonly caught: number;
  /** Of `caught`, those reported below Warning (a double that may be meant: Information or Hint). */
  readonly soft: number;
  readonly falseWarnings: number;
  /** A few misses and false warnings, for a human to read. */
  readonly examples: string[];
}

/** Paragraph starts of `text` (after blank lines), to keep one plant per paragraph. */
function paragraphOf(text: string): (offset: number) => number {
  const starts = [0];
  for (const m of text.matchAll(/\n[ \t]*\n/g)) starts.push(m.index! + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** Plants `sites` (sorted, one per paragraph kept) into `clean` and measures the lints of `codes`. */
export function measurePlants(kind: string, clean: string, sites: readonly Site[], convention: DialogueConvention, codes: readonly string[]): PlantResult {
  const para = paragraphOf(clean);
  const used = new Set<number>();
  const kept = [...sites].sort((a, b) => a.start - b.start).filter((s) => (used.has(para(s.start)) ? false : (used.add(para(s.start)), true)));
  let text = '';
  let at = 0;
  const plants: { start: number; end: number; original: string }[] = [];
  for (const s of kept) {
    text += clean.slice(at, s.start);
    plants.push({ start: text.length, end: text.length + s.planted.length, original: clean.slice(s.start, s.end) });
    text += s.planted;
    at = s.end;
  }
  text += clean.slice(at);
  const lints = getProseLints(parse(text), { convention, hints: {} }).filter((l) => codes.includes(l.code));
  const matched = new Set<Lint>();
  const examples: string[] = [];
  let caught = 0;
  let soft = 0;
  for (const p of plants) {
    const lint = lints.find((l) => !matched.has(l) && l.start <= p.end && l.end >= p.start && rightFix(text, l, p));
    if (lint) {
      matched.add(lint);
      caught++;
      if (lint.severity !== 'warning') soft++;
    } else if (examples.length < 5) examples.push(`missed: ${JSON.stringify(text.slice(p.start - 30, p.end + 20))}`);
  }
  const falseWarnings = lints.filter((l) => !matched.has(l));
  for (const l of falseWarnings.slice(0, 5)) examples.push(`false: ${l.code} ${JSON.stringify(text.slice(l.start - 30, l.end + 20))}`);
  return { kind, planted: plants.length, caught, soft, falseWarnings: falseWarnings.length, examples };
}

/** The lint's first fix, applied alone, undoes the plant (compared over the region either touches). */
function rightFix(text: string, lint: Lint, plant: { start: number; end: number; original: string }): boolean {
  const fix = lint.suggestions?.[0];
  if (fix === undefined) return false;
  const a = Math.min(lint.start, plant.start);
  const b = Math.max(lint.end, plant.end);
  const fixed = text.slice(a, lint.start) + fix + text.slice(lint.end, b);
  const undone = text.slice(a, plant.start) + plant.original + text.slice(plant.end, b);
  return fixed === undone;
}

/** Every match of `re` in `text` as a site that replaces capture group `group`'s text using `plant`. */
export function sitesOf(text: string, re: RegExp, group: number, plant: (found: string) => string): Site[] {
  const out: Site[] = [];
  for (const m of text.matchAll(re)) {
    let offset = m.index!;
    for (let g = 1; g < group; g++) offset += m[g]?.length ?? 0;
    const found = m[group]!;
    out.push({ start: offset, end: offset + found.length, planted: plant(found) });
  }
  return out;
}

const verbs = 'said|asked|whispered|muttered|replied|called|snapped|admitted|shouted|answered|murmured|added';
const subject = `(?:he|she|they|we|you|I|the [a-z]+|his [a-z]+|her [a-z]+|[A-Z][a-z]+)`;
/** The tag after a closing quote, by an independent pattern (not the rule's own tag reader). */
const tagAhead = `(?= ${subject} (?:${verbs})\\b|(?: (?:${verbs}) ${subject}\\b))`;

/** The English planted-error kinds: the regex finds correct sites, the plant makes the mistake. */
export function englishSites(text: string): Record<string, Site[]> {
  return {
    'full stop before a tag': sitesOf(text, new RegExp(`([^.?!…—-])(,)(["”’']${tagAhead})`, 'g'), 2, () => '.'),
    'capitalised tag after a comma': sitesOf(text, new RegExp(`(,["”’'] )(he|she|they|we|you|the)(?= (?:[a-z]+ )?(?:${verbs})\\b)`, 'g'), 2, (w) => w[0]!.toUpperCase() + w.slice(1)),
    'missing comma before the quote': sitesOf(text, new RegExp(`(^|\\n)((?:["“]|['‘](?=[A-Z]))[^"“”\\n]*?[A-Za-z])(,)(["”’']${tagAhead})`, 'g'), 3, () => ''),
    'comma after ? or !': sitesOf(text, new RegExp(`([?!])()(["”’']${tagAhead})`, 'g'), 2, () => ','),
  };
}

/** Doubled words: every `step`-th word of story prose (never in the header or notes), doubled. */
export function doubledWordSites(text: string, step: number): Site[] {
  const model = parse(text);
  const out: Site[] = [];
  let n = 0;
  for (const p of model.paragraphs) {
    if (p.kind !== 'prose') continue;
    for (const m of text.slice(p.start, p.end).matchAll(/(?<![\p{L}\p{N}'’])\p{L}+(?:['’]\p{L}+)*(?![\p{L}\p{N}'’])/gu)) {
      if (n++ % step !== 0) continue;
      const start = p.start + m.index!;
      out.push({ start, end: start + m[0].length, planted: `${m[0]} ${m[0]}` });
    }
  }
  return out;
}
