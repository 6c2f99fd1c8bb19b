/**
 * The `.canon` file format: UTF-8, one entry per line, `#` starts a comment. An entry is a name of one or
 * more words, optionally followed by `= alias, alias`:
 *
 *     Rukia Kuchiki
 *     Hōgyoku = Hogyoku, Hougyoku
 *     bankai            # lowercase: a term, fine capitalized at a sentence start
 *
 * Malformed lines become `canon.malformed-entry` lints and are skipped; a repeated entry is a
 * `canon.duplicate-entry` hint. Settings (`fic.canon.words`) use the same syntax, one entry per string.
 */
import { LintCode, type Lint } from '../lint';

/** One canon entry: a name and its accepted alternative spellings. */
export interface CanonEntry {
  /** `Rukia Kuchiki`, `Hōgyoku`, `bankai`. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** Where it was defined: a canon file URI, `settings`, or `header` (the fic's own header). */
  readonly source: string;
  /** How to show `source` to the writer (a workspace-relative path, `settings`...). */
  readonly sourceLabel: string;
  /** 0-based line in `source`, or -1 when it has no lines. */
  readonly line: number;
  /** An all-lowercase entry (`bankai`): a term, fine in any case. */
  readonly term: boolean;
}

export interface ParsedCanon {
  readonly entries: CanonEntry[];
  readonly lints: Lint[];
}

/** Longest entry line we accept; anything longer is a pasted paragraph, not a name. */
export const maxEntryLength = 200;
const maxWordsPerName = 10;
/** A garbage file could give one lint per line; past this many we report the rest in one lint. */
const maxLintsPerFile = 500;

const controlRe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/;
/** A word of a name: letters (with marks), digits, apostrophes, hyphens and dots, with at least one letter. */
const wordRe = /^[\p{L}\p{M}\p{Nd}'’‘.\-]+$/u;
const letterRe = /\p{L}/u;

/** True when `name` is written all in lowercase (a term such as `bankai`). */
export function isTermName(name: string): boolean {
  return name === name.toLowerCase() && name !== name.toUpperCase();
}

/** Why `name` cannot be a canon name, or undefined when it can. */
function nameProblem(name: string, role: string): string | undefined {
  if (plainName(name)) return undefined;
  const words = name.split(/\s+/);
  if (words.length > maxWordsPerName) return `${role} ‘${clip(name)}’ has ${words.length} words; a canon name has at most ${maxWordsPerName}`;
  for (const word of words) {
    if (!wordRe.test(word)) {
      const bad = [...word].find((ch) => !wordRe.test(ch)) ?? word;
      return `${role} ‘${clip(name)}’ contains ‘${bad}’; a name is made of letters, spaces, hyphens and apostrophes`;
    }
    if (!letterRe.test(word)) return `${role} ‘${clip(name)}’ has a word with no letters (‘${word}’)`;
  }
  return undefined;
}

/**
 * Plain ASCII words (letters, digits, `'`, `.`, `-`), each with a letter, at most `maxWordsPerName` of them
 * with one space between: what nearly every canon line is, and what `nameProblem` accepts without its
 * Unicode regexes. (A regex, not a loop over the characters: it runs natively from the first line.)
 */
const plainWord = "[0-9'.-]*[A-Za-z][A-Za-z0-9'.-]*";
const plainNameRe = new RegExp(`^${plainWord}(?: ${plainWord}){0,${maxWordsPerName - 1}}$`);

const capitalRe = /[A-Z]/;
// eslint-disable-next-line no-control-regex
const asciiOnlyRe = /^[\x00-\x7f]*$/;

function plainName(name: string): boolean {
  return plainNameRe.test(name);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function lint(code: LintCode, start: number, end: number, message: string): Lint {
  return { code, severity: code === LintCode.DuplicateCanonEntry ? 'hint' : 'warning', start, end, message };
}

/**
 * Parses the text of a canon file (or of settings entries joined by newlines). Linear in the text;
 * never throws. Lint offsets are UTF-16 offsets into `text`.
 */
export function parseCanonText(text: string, source: string, sourceLabel = source): ParsedCanon {
  const entries: CanonEntry[] = [];
  const lints: Lint[] = [];
  if (text.includes('\u0000')) {
    const end = Math.min(text.indexOf('\n') >>> 0, text.length);
    lints.push(lint(LintCode.MalformedCanonEntry, 0, end, 'This canon file looks binary (it contains NUL bytes); no names were read from it.'));
    return { entries, lints };
  }
  const seen = new Map<string, number>(); // name → line of its first entry
  let dropped = 0;
  const report = (l: Lint) => (lints.length < maxLintsPerFile ? lints.push(l) : dropped++);
  let lineNo = 0;
  // The next `#` at or after the line: searched again only once passed (a file with few comments would
  // otherwise be searched to its end from every line).
  let hash = -1;
  for (let start = 0; start <= text.length; lineNo++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (hash < start) {
      hash = text.indexOf('#', start);
      if (hash < 0) hash = text.length + 1; // none left
    }
    const entry = parseLine(text, start, lineEnd, Math.min(hash, lineEnd), lineNo, source, sourceLabel, report);
    if (entry) {
      const key = asciiOnlyRe.test(entry.name) ? entry.name : entry.name.normalize('NFC');
      const first = seen.get(key);
      if (first !== undefined) {
        report(lint(LintCode.DuplicateCanonEntry, start, lineEnd, `‘${clip(entry.name)}’ is already listed on line ${first + 1}.`));
      } else {
        seen.set(key, lineNo);
        entries.push(entry);
      }
    }
    start = next;
  }
  if (dropped > 0) {
    lints.push(lint(LintCode.MalformedCanonEntry, 0, 0, `${dropped} more problems in this canon file are not shown (only the first ${maxLintsPerFile} are).`));
  }
  return { entries, lints };
}

function parseLine(
  text: string,
  start: number,
  end: number,
  contentEnd: number,
  line: number,
  source: string,
  sourceLabel: string,
  report: (l: Lint) => void,
): CanonEntry | undefined {
  const raw = text.slice(start, contentEnd).trim();
  if (!raw) return undefined;
  // Most lines are one plain name: nothing to normalize or report. This path stays small, so a long canon
  // file is read by a small hot function (the full one below is for aliases and problems).
  // A plain name is ASCII with a letter in each word: a term exactly when it has no capital (`isTermName`
  // without the two case-converted copies of every line).
  if (raw.length <= maxEntryLength && plainName(raw)) return { name: raw, aliases: [], source, sourceLabel, line, term: !capitalRe.test(raw) };
  return parseEntry(raw, start, end, line, source, sourceLabel, report);
}

/** `parseLine` for a line that is not one plain name: aliases, extra spaces, other scripts, or problems. */
function parseEntry(
  raw: string,
  start: number,
  end: number,
  line: number,
  source: string,
  sourceLabel: string,
  report: (l: Lint) => void,
): CanonEntry | undefined {
  const malformed = (message: string) => void report(lint(LintCode.MalformedCanonEntry, start, end, message));
  if (raw.length > maxEntryLength) return malformed(`This entry is ${raw.length} characters long; a canon entry has at most ${maxEntryLength}.`);
  if (controlRe.test(raw)) return malformed('This entry contains a control character; write names in plain text.');
  const eq = raw.indexOf('=');
  if (eq >= 0 && raw.indexOf('=', eq + 1) >= 0) return malformed('This entry has more than one ‘=’; write `Name = alias, alias`.');
  const name = (eq < 0 ? raw : raw.slice(0, eq)).trim().replace(/\s+/g, ' ');
  if (!name) return malformed('This entry has no name before ‘=’; write `Name = alias, alias`.');
  const problem = nameProblem(name, 'The name');
  if (problem) return malformed(`${problem}.`);
  const aliases: string[] = [];
  if (eq >= 0) {
    const rest = raw.slice(eq + 1).trim();
    if (!rest) return malformed(`‘${clip(name)}’ has ‘=’ but no aliases after it; list them as \`${clip(name)} = alias, alias\` or drop the ‘=’.`);
    for (const part of rest.split(',')) {
      const alias = part.trim().replace(/\s+/g, ' ');
      if (!alias) return malformed(`‘${clip(name)}’ has an empty alias (a comma with nothing after or before it).`);
      const aliasProblem = nameProblem(alias, 'The alias');
      if (aliasProblem) return malformed(`${aliasProblem}.`);
      if (!aliases.includes(alias) && alias !== name) aliases.push(alias);
    }
  }
  return { name, aliases, source, sourceLabel, line, term: isTermName(name) };
}
