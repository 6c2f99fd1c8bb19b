/**
 * A fic's header fields read as AO3's posting form wants them: the rating and archive warnings as AO3's
 * fixed values (`count/ao3Html.ts`), completion, and tag lists split at commas. A value that is none of
 * AO3's choices is reported, never guessed at silently.
 */
import type { FicModel, HeaderField, Span } from '../model';
import { ao3Categories, ao3Ratings, ao3Warnings } from '../count/ao3Html';

export interface FieldProblem extends Span {
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'information';
}

export interface WorkFields {
  readonly title: string;
  readonly titleSpan?: Span;
  readonly summary?: HeaderField;
  readonly rating?: string;
  readonly warnings: string[];
  readonly categories: string[];
  readonly fandoms: string[];
  readonly relationships: string[];
  readonly characters: string[];
  readonly tags: string[];
  readonly language?: string;
  /** From `Status:`: true for complete, false for a work in progress, absent when not said. */
  readonly complete?: boolean;
}

const ratingWords: [RegExp, (typeof ao3Ratings)[number]][] = [
  [/^(?:not rated|unrated|nr)$/i, 'Not Rated'],
  [/^(?:g|k|k\+|general(?: audiences?)?|gen|all ages|pg|everyone)$/i, 'General Audiences'],
  [/^(?:t|teen(?:s| and up(?: audiences?)?)?|pg-?13|13\+|t\+)$/i, 'Teen And Up Audiences'],
  [/^(?:m|mature|r|16\+|17\+)$/i, 'Mature'],
  [/^(?:e|explicit|ma|nc-?17|x|xxx|18\+)$/i, 'Explicit'],
];

const warningWords: [RegExp, (typeof ao3Warnings)[number]][] = [
  [/^(?:(?:creator )?chose not to (?:use archive )?warn(?:ings?)?|choose not to (?:use archive )?warn(?:ings?)?|cntw|cnw)$/i, 'Choose Not To Use Archive Warnings'],
  [/^(?:graphic depictions of violence|graphic violence|violence)$/i, 'Graphic Depictions Of Violence'],
  [/^(?:major character death|mcd|character death)$/i, 'Major Character Death'],
  [/^(?:no archive warnings apply|none|no warnings?|n\/a|nothing)$/i, 'No Archive Warnings Apply'],
  [/^(?:rape\/non-?con|non-?con|rape|dub-?con\/non-?con)$/i, 'Rape/Non-Con'],
  [/^(?:underage(?: sex)?)$/i, 'Underage Sex'],
];

/** Words of a tags line that are tags, not names: `One-shot/ Drabble` is not a relationship. */
const tagWords = /^(?:one-?shot|drabble|fluff|angst|hurt|comfort|au|ooc|romance|humor|humour|drama|smut|lemon|lime|gen|crack|k\+?|t|m|e|pg-?13)$/i;

function split(value: string): string[] {
  return value.split(/\s*[,;]\s*/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * The work's fields from `model`'s header, and every value AO3 would not take. `lists: false` (a check of
 * the posting limits only, which reads no tag list): the fandoms, relationships, characters and tags are
 * left empty, unread, and the tags line is not split into ships and tags; the problems are the same.
 */
export function readWorkFields(model: FicModel, lists = true): { fields: WorkFields; problems: FieldProblem[] } {
  const source = model.source;
  const problems: FieldProblem[] = [];
  const header = model.header;
  const text = (s: Span) => source.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  const byName = new Map<string, HeaderField[]>();
  for (const f of header?.fields ?? []) {
    const list = byName.get(f.name) ?? [];
    list.push(f);
    byName.set(f.name, list);
  }
  const values = (...names: string[]) => names.flatMap((n) => byName.get(n) ?? []);
  const listOf = (...names: string[]) => (lists ? values(...names).flatMap((f) => split(source.slice(f.valueSpan.start, f.valueSpan.end))) : []);

  const titleField = values('title')[0];
  const titleSpan = header?.title ?? titleField?.valueSpan;
  const title = titleSpan ? text(titleSpan) : '';

  let rating: string | undefined;
  const ratingField = values('rating', 'rated')[0];
  if (ratingField) {
    const raw = text(ratingField.valueSpan);
    const exact = ao3Ratings.find((r) => r.toLowerCase() === raw.toLowerCase());
    rating = exact ?? ratingWords.find(([re]) => re.test(raw))?.[1];
    if (!rating) problems.push({ ...ratingField.valueSpan, severity: 'warning', message: `‘${raw}’ is not an AO3 rating: use one of ${ao3Ratings.join(', ')}.` });
  }

  const warnings: string[] = [];
  const tags = listOf('tags', 'tag', 'additional tags', 'freeform', 'genre', 'genres');
  for (const f of values('warnings', 'warning', 'archive warnings', 'archive warning')) {
    for (const item of split(source.slice(f.valueSpan.start, f.valueSpan.end))) {
      const w = ao3Warnings.find((x) => x.toLowerCase() === item.toLowerCase()) ?? warningWords.find(([re]) => re.test(item))?.[1];
      if (w) {
        if (!warnings.includes(w)) warnings.push(w);
      } else {
        if (lists) tags.push(item);
        problems.push({ ...f.valueSpan, severity: 'information', message: `‘${item}’ is not an AO3 archive warning; it goes to Additional Tags. Archive warnings: ${ao3Warnings.join(', ')}.` });
      }
    }
  }

  const categories: string[] = [];
  for (const f of values('category', 'categories')) {
    for (const item of split(source.slice(f.valueSpan.start, f.valueSpan.end))) {
      const c = ao3Categories.find((x) => x.toLowerCase() === item.toLowerCase());
      if (c) categories.push(c);
      else problems.push({ ...f.valueSpan, severity: 'warning', message: `‘${item}’ is not an AO3 category: use ${ao3Categories.join(', ')}.` });
    }
  }

  const relationships = listOf('pairing', 'pairings', 'relationship', 'relationships', 'ship', 'ships');
  if (header?.tags && lists) {
    // The tags line: `Renji/Rukia, One-shot/ Drabble` — a ship of names, and tags.
    for (const item of split(text(header.tags))) {
      const sides = item.split(/\s*(?:\/|&| x )\s*/);
      const ship = sides.length > 1 && sides.every((s) => /^\p{Lu}/u.test(s) && !tagWords.test(s));
      if (ship) {
        if (!relationships.includes(item)) relationships.push(item);
      } else if (!tags.includes(item)) tags.push(item);
    }
  }

  let complete: boolean | undefined;
  const status = values('status')[0];
  if (status) {
    const raw = text(status.valueSpan);
    if (/^(?:complete[d]?|finished|done|one-?shot)$/i.test(raw)) complete = true;
    else if (/^(?:wip|in progress|ongoing|incomplete|unfinished|work in progress)$/i.test(raw)) complete = false;
    else problems.push({ ...status.valueSpan, severity: 'warning', message: `‘${raw}’: say Complete or WIP, so the export knows whether the work is complete.` });
  }

  const language = values('language')[0];
  const fields: WorkFields = {
    title,
    titleSpan,
    summary: values('summary')[0],
    rating,
    warnings,
    categories,
    fandoms: listOf('fandom', 'fandoms'),
    relationships,
    characters: listOf('character', 'characters'),
    tags,
    language: language ? text(language.valueSpan) : undefined,
    complete,
  };
  return { fields, problems };
}
