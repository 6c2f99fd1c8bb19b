/**
 * Mentions of one canon name word in a text, for rename and references: `Rukia`, its possessives
 * (`Rukia's`, `James'`), its plurals (`the Weasleys`, `the Wilcoxes'`) and its all-capitals form
 * (`RUKIA!`), never a word that only contains it (`Rukiaverse`, `ORukia`) and never a plural that is a
 * canon word of its own (`Harrys` when the canon has a `Harrys`).
 */
import type { Span, TextSource } from '../model';

export type MentionForm = 'name' | 'possessive' | 'plural' | 'plural-possessive';

/** One mention: `[start, end)` is the whole word with its ending; the name itself is `[start, nameEnd)`. */
export interface Mention extends Span {
  readonly nameEnd: number;
  readonly form: MentionForm;
  /** Written in capitals (`RUKIA`): a rename writes the new name in capitals too. */
  readonly upper: boolean;
}

/** An edit of `[start, end)` to `newText`. */
export interface WordEdit extends Span {
  readonly newText: string;
  readonly form: MentionForm;
}

const wordCharRe = /[\p{L}\p{M}\p{Nd}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && wordCharRe.test(ch);
}

function charAt(source: TextSource, i: number): string {
  return i >= 0 && i < source.length ? source.slice(i, i + 1) : '';
}

/** True when `ch` is an apostrophe (straight or curly). */
function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '’';
}

/**
 * Every mention of `name` (one word as the canon writes it) in `source`, in order. `isOtherWord(w)`
 * says whether `w` is a canon word in its own right (then `name + "s"` spelled `w` is not a plural).
 * Linear: one native search per form of the name, then a few characters read around each hit.
 */
export function findMentions(source: TextSource, name: string, isOtherWord: (word: string) => boolean = () => false): Mention[] {
  if (!name || !isWordChar(name[0]) || !isWordChar(name[name.length - 1])) return [];
  const forms = [name];
  const upper = name.toUpperCase();
  if (upper !== name && upper.length === name.length) forms.push(upper);
  const out: Mention[] = [];
  for (const form of forms) {
    const isUpper = form !== name;
    for (let at = source.indexOf(form, 0); at >= 0; at = source.indexOf(form, at + 1)) {
      const before = charAt(source, at - 1);
      if (isWordChar(before)) continue;
      if (isApostrophe(before) && isWordChar(charAt(source, at - 2))) continue; // `O'Rukia`: inside a word
      const m = readEnding(source, at, at + form.length, isUpper, name, isOtherWord);
      if (m) out.push(m);
    }
  }
  if (forms.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** The mention whose name starts at `start` and ends at `nameEnd`, with its ending, or undefined. */
function readEnding(source: TextSource, start: number, nameEnd: number, upper: boolean, name: string, isOtherWord: (w: string) => boolean): Mention | undefined {
  const s = upper ? 'S' : 's';
  const es = upper ? 'ES' : 'es';
  const c0 = charAt(source, nameEnd);
  // Possessive: `Rukia's`, `Rukia’s`.
  if (isApostrophe(c0)) {
    const c1 = charAt(source, nameEnd + 1);
    if ((c1 === 's' || c1 === 'S') && !isWordChar(charAt(source, nameEnd + 2))) return { start, end: nameEnd + 2, nameEnd, form: 'possessive', upper };
    // `James' wand` and `'Sit, James' he said` read alike: the apostrophe is left as it is.
    if (!isWordChar(c1)) return { start, end: nameEnd, nameEnd, form: 'name', upper };
    return undefined; // `Rukia'd`? a contraction glued to the name: not ours to rename
  }
  if (!isWordChar(c0)) return { start, end: nameEnd, nameEnd, form: 'name', upper };
  // Plural: `Weasleys`, `Wilcoxes`, and their possessive `Weasleys'`.
  for (const ending of [s, es]) {
    if (source.slice(nameEnd, nameEnd + ending.length) !== ending) continue;
    const after = nameEnd + ending.length;
    const next = charAt(source, after);
    if (isWordChar(next)) continue;
    if (isOtherWord(name + ending.toLowerCase())) return undefined;
    if (isApostrophe(next) && !isWordChar(charAt(source, after + 1))) return { start, end: after + 1, nameEnd, form: 'plural-possessive', upper };
    return { start, end: after, nameEnd, form: 'plural', upper };
  }
  return undefined;
}

/** The plural ending English gives `name`: `es` after s, x, z, ch, sh; `s` otherwise. */
export function pluralEnding(name: string): string {
  return /(?:s|x|z|ch|sh)$/i.test(name) ? 'es' : 's';
}

/**
 * Edits that rename every mention in `mentions` (found in `source`) to `newName`, keeping
 * each mention's ending and re-spelling plurals for the new name (`the Wilcoxes` → `the Smiths`).
 */
export function renameMentions(source: TextSource, mentions: readonly Mention[], newName: string): WordEdit[] {
  const edits: WordEdit[] = [];
  for (const m of mentions) {
    const name = m.upper ? newName.toUpperCase() : newName;
    let newText: string;
    if (m.form === 'plural' || m.form === 'plural-possessive') {
      const ending = pluralEnding(newName);
      const tail = m.form === 'plural-possessive' ? source.slice(m.end - 1, m.end) : '';
      newText = name + (m.upper ? ending.toUpperCase() : ending) + tail;
    } else {
      newText = name + source.slice(m.nameEnd, m.end);
    }
    if (newText !== source.slice(m.start, m.end)) edits.push({ start: m.start, end: m.end, newText, form: m.form });
  }
  return edits;
}

/**
 * Edits that rename `oldName` to `newName` in the names of a canon file's entries (the part before `=`
 * and `#`); aliases and comments are left as they are.
 */
export function renameInCanonText(text: string, oldName: string, newName: string): WordEdit[] {
  return renameInCanonLines(text, oldName, newName, false);
}

/** The same in the entries' aliases (between `=` and `#`), which a rename offers rather than makes. */
export function renameAliasesInCanonText(text: string, oldName: string, newName: string): WordEdit[] {
  return renameInCanonLines(text, oldName, newName, true);
}

function renameInCanonLines(text: string, oldName: string, newName: string, aliases: boolean): WordEdit[] {
  const edits: WordEdit[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const hash = line.indexOf('#');
    const end = hash >= 0 ? hash : line.length;
    const eq = line.slice(0, end).indexOf('=');
    const [from, to] = aliases ? (eq >= 0 ? [eq + 1, end] : [end, end]) : [0, eq >= 0 ? eq : end];
    const part = line.slice(from, to);
    for (let at = part.indexOf(oldName); at >= 0; at = part.indexOf(oldName, at + 1)) {
      if (isWordChar(part[at - 1]) || isWordChar(part[at + oldName.length])) continue;
      const start = lineStart + from + at;
      edits.push({ start, end: start + oldName.length, newText: newName, form: 'name' });
    }
    lineStart = lineEnd + 1;
  }
  return edits;
}

/** Why `newName` cannot replace a name, or undefined when it can: one word of letters, no syntax. */
export function newNameProblem(newName: string): string | undefined {
  if (newName.length === 0) return 'the new name is empty';
  if (newName.length > 100) return 'the new name is longer than 100 characters';
  if (!/^[\p{L}\p{M}][\p{L}\p{M}\p{Nd}'’.-]*$/u.test(newName)) return `‘${newName.slice(0, 40)}’ is not one word of letters: rename one word of a name at a time`;
  if (!isWordChar(newName[newName.length - 1])) return `‘${newName}’ must end with a letter or a digit`;
  return undefined;
}
