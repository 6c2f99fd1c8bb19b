/**
 * The story's word-count target, from the document itself or from the `fic.wordCount.target` setting.
 *
 * Precedence (the document's own wins): a `Target:` header field, then a drabble tag (`Drabble` = exactly 100,
 * `Double drabble` = 200, `Triple drabble` = 300) in the tags line or a header field other than Summary,
 * Disclaimer and notes, then the setting. A drabble must be exact; a `Target:` is a goal to reach, unless
 * its value says `exactly` (`Target: 500 exactly`); the setting is always a goal.
 */
import type { FicModel, HeaderField, Span, TextSource } from '../model';
import { lineFrom } from '../source';

export interface StoryTarget extends Span {
  /** Words the story should have. */
  readonly goal: number;
  /** The story must have exactly `goal` words (drabbles); otherwise at least `goal`. */
  readonly exact: boolean;
  /** Where it came from; `start`/`end` locate it in the text (the tag, the field; the title for the setting). */
  readonly source: 'tag' | 'field' | 'setting';
  /** `drabble`, `double drabble`, `triple drabble`, or `target`. */
  readonly label: string;
}

/** A `Target:` field whose value has no number: the validator reports it. */
export interface UnreadableTarget extends Span {
  readonly unreadable: true;
}

// `Drabble collection` / `drabble series` tag a collection of drabbles, not one story of 100 words.
const drabbleRe = /\b(?:(double|triple)[\s-]*)?drabble\b(?![\s-]*(?:collection|series)\b)/i;
const drabbleSizes: Record<string, number> = { '': 100, double: 200, triple: 300 };
/** Fields that describe the story rather than tag it: a summary may well say "a drabble collection". */
const untaggedFields = new Set(['summary', 'disclaimer', 'a/n', 'an', 'notes', 'note', "author's note", 'author’s note', 'title', 'target']);
const numberRe = /(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\.(\d+))?\s*(k\b)?/i;

/** Reads `5000`, `5,000 words`, `5 000`, `5k`, `2.5k` into a number of words; undefined if there is none. */
export function parseTargetValue(value: string): number | undefined {
  const m = numberRe.exec(value);
  if (!m) return undefined;
  const whole = Number(m[1].replace(/[^\d]/g, ''));
  const n = Number(`${whole}.${m[2] ?? '0'}`) * (m[3] ? 1000 : 1);
  const goal = Math.round(n);
  return goal >= 1 && Number.isSafeInteger(goal) ? goal : undefined;
}

/** The drabble tag in `[start, end)` of the text, if any. */
function findDrabble(text: TextSource, start: number, end: number): StoryTarget | undefined {
  const m = drabbleRe.exec(text.slice(start, end));
  if (!m) return undefined;
  const kind = (m[1] ?? '').toLowerCase();
  return {
    goal: drabbleSizes[kind],
    exact: true,
    source: 'tag',
    label: kind ? `${kind} drabble` : 'drabble',
    start: start + m.index,
    end: start + m.index + m[0].length,
  };
}

/** The target field's span: from its name to the end of its value. */
function fieldSpan(field: HeaderField): Span {
  return { start: field.nameSpan.start, end: Math.max(field.valueSpan.end, field.nameSpan.end) };
}

/**
 * The story's target, or an unreadable `Target:` field, or undefined when there is none.
 * `setting` is `fic.wordCount.target` (ignored unless a positive number).
 */
export function findTarget(model: FicModel, setting?: number): StoryTarget | UnreadableTarget | undefined {
  const header = model.header;
  const text = model.source;
  if (header) {
    const field = header.fields.find((f) => f.name === 'target');
    if (field) {
      const value = text.slice(field.valueSpan.start, field.valueSpan.end);
      const goal = parseTargetValue(value);
      const span = fieldSpan(field);
      if (goal === undefined) return { ...span, unreadable: true };
      return { ...span, goal, exact: /\bexact(ly)?\b/i.test(value), source: 'field', label: 'target' };
    }
    const tagged = header.tags ? findDrabble(text, header.tags.start, header.tags.end) : undefined;
    if (tagged) return tagged;
    for (const f of header.fields) {
      if (untaggedFields.has(f.name)) continue;
      const found = findDrabble(text, f.valueSpan.start, f.valueSpan.end);
      if (found) return found;
    }
  }
  if (setting !== undefined && Number.isFinite(setting) && setting >= 1) {
    const where = header?.title ?? firstLine(text);
    return { ...where, goal: Math.round(setting), exact: false, source: 'setting', label: 'target' };
  }
  return undefined;
}

/**
 * The first non-blank line (trimmed), where a setting's target is reported when there is no title. Read
 * a part at a time: the totals ask for it on every keystroke.
 */
function firstLine(text: TextSource): Span {
  const part = 4096;
  let start = -1;
  for (let from = 0; from < text.length && start < 0; from += part) {
    const at = text.slice(from, from + part).search(/\S/);
    if (at >= 0) start = from + at;
  }
  if (start < 0) return { start: 0, end: 0 };
  return { start, end: start + lineFrom(text, start, text.length).trimEnd().length };
}
