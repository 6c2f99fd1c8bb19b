/**
 * `dialogue.tag-punctuation`: the punctuation between an English speech and its tag, in whatever quotes
 * the convention uses (`"…"`, `“…”`, en-GB `'…'`). Four mistakes, each with one certain fix:
 *   - a full stop where a tag follows: `"Hello." he said` → `"Hello," he said`;
 *   - a capitalised pronoun or article after the comma: `"Hello," He said` → `he`, `The man said` → `the`
 *     (any other capital may be a name: `"Hello," Harry said` is left alone);
 *   - no punctuation at all before the tag: `"Hello" he said` → `"Hello," he said`;
 *   - a comma after `?` or `!`: `"Where?," he asked` → `"Where?" he asked`.
 * Only a speech verb makes a tag (see words.ts): `"Fine." She smiled.` is an action beat and is right.
 */
import type { TextSource } from '../model';
import { isAsciiLetter, isDigit } from '../parse/chars';
import { LintCode, type Lint } from '../lint';
import { fixLint, type ParagraphText, type SpeechSpan } from './paragraph';
import { determiners, reportingVerbs, speechVerbs, tagPronouns } from './words';
import { readTag, type Tag } from './tags';

const COMMA = 0x2c;
const STOP = 0x2e;

const isLetterOrDigit = (c: number): boolean =>
  c < 0x80 ? isAsciiLetter(c) || isDigit(c) : /[\p{L}\p{N}]/u.test(String.fromCharCode(c));

/** The speech at `[start, …)` opens a sentence: paragraph or line start, or after a sentence's end. */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0) return true;
  return '.!?…:;—–-"”\'’)\n\r*_'.includes(text[i]!);
}

function message(kind: 'stop' | 'capital' | 'missing' | 'after', word?: string): string {
  switch (kind) {
    case 'stop':
      return 'A speech tag follows, so the speech ends with a comma, not a full stop (‘"Hello," he said’).';
    case 'capital':
      return `The tag goes on with the sentence the speech began: write ‘${word}’ in lowercase.`;
    case 'missing':
      return 'A speech tag follows: put a comma before the closing quote (‘"Hello," he said’).';
    case 'after':
      return `‘${word}’ already ends the speech: drop the comma.`;
  }
}

/** Lowercase first letter of `w` (the tag's first word as the fix writes it). */
const lowerFirst = (w: string): string => w[0]!.toLowerCase() + w.slice(1);

/** `dialogue.tag-punctuation` findings of one paragraph (English conventions). */
export function checkTagPunctuation(p: ParagraphText, out: Lint[]): void {
  for (const s of p.speech) checkSpeechTag(p, s, out);
}

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;

/**
 * Whether the speech `[start, end)` (closing quote included) of `text`, in a paragraph that ends at
 * `limit`, may have a finding: most speeches are cleared by the characters around the closing quote alone
 * (`," he`, `?" she`, `," Harry`, `." The`...), and only the others need their tag read. Reads `text` only
 * inside `[start, limit)`, so the paragraph loop can ask it of the document's text without cutting the
 * paragraph out (`checkSpeechTag` asks it first: whatever it clears, the full check would have cleared).
 */
export function mayHaveTagFinding(text: TextSource, start: number, end: number, limit: number, closed: boolean): boolean {
  if (!closed || end - start < 3) return false;
  const last = text.charCodeAt(end - 2);
  const before = text.charCodeAt(end - 3);
  const after = end < limit ? text.charCodeAt(end) : -1;
  if (last === COMMA && (before === 0x3f || before === 0x21)) return true; // `"Where?,"`
  if (after === COMMA) return last === 0x3f || last === 0x21; // `"Where?", he asked`
  if (!isSpaceCode(after)) return false;
  if (last === COMMA) return capitalCandidate(text, end + 1, limit); // `," He`, not `," he` or `," Harry`
  if (last === STOP) return before !== STOP; // an ellipsis trails off
  return isLetterOrDigit(last);
}

/** The findings for one speech span (the tag is read only where `mayHaveTagFinding` says it can matter). */
export function checkSpeechTag(p: ParagraphText, s: SpeechSpan, out: Lint[]): void {
  const { text } = p;
  if (!mayHaveTagFinding(text, s.start, s.end, text.length, s.closed)) return;
  const q = s.end - 1; // the closing quote
  const last = text.charCodeAt(q - 1);
  const before = text.charCodeAt(q - 2);
  const after = text.charCodeAt(s.end);
  if (last === COMMA && (before === 0x3f || before === 0x21)) {
    out.push(fixLint(p, LintCode.TagPunctuation, 'warning', q - 1, q, message('after', text[q - 2]), ''));
    return;
  }
  if (after === COMMA && (last === 0x3f || last === 0x21)) {
    // `"Where?", he asked`; but `"Help!", "Yesterday" and…` is a list of titles: only before a tag.
    const tag = readTag(text, s.end + 1);
    if (tag?.speech && lowercaseStart(tag)) out.push(fixLint(p, LintCode.TagPunctuation, 'warning', s.end, s.end + 1, message('after', text[q - 1]), ''));
    return;
  }
  if (last === STOP) {
    if (abbreviationEnds(text, q - 1)) return; // `a.m.`, `etc.` keep their stop
  } else if (last !== COMMA && !opensSentence(text, s.start)) return;
  const tag = readTag(text, s.end);
  if (!tag || !tag.speech) return;
  if (last === STOP) checkStop(p, q, tag, out);
  else if (last === COMMA) checkCapital(p, tag, out);
  else if (lowercaseStart(tag) || ((tag.subject === 'name' || tag.first.text === 'I') && tag.closes && reportingVerbs.has(tag.verb.lower))) {
    out.push(fixLint(p, LintCode.TagPunctuation, 'warning', q, q + 1, message('missing'), `,${text[q]}`));
  }
}

const abbreviations = new Set(['etc', 'am', 'pm', 'jr', 'sr', 'inc', 'ltd', 'co', 'vs', 'mr', 'mrs', 'ms', 'dr', 'st', 'prof']);

/** The full stop at `stop` ends an abbreviation (`N.A.S.A.`, `a.m.`, `etc.`), so a comma would go after it, not replace it. */
function abbreviationEnds(text: string, stop: number): boolean {
  let i = stop;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  const word = text.slice(i, stop);
  return word.includes('.') || abbreviations.has(word.toLowerCase());
}

/** A pronoun, an article or a speech verb: the words a tag may wrongly capitalise after a comma. */
const tagStarters: ReadonlySet<string> = new Set([...tagPronouns, ...determiners, ...speechVerbs]);

/** 0-25 for an ASCII letter (either case), 26 for anything else. */
function letterIndex(c: number): number {
  const l = (c | 0x20) - 0x61;
  return l >= 0 && l < 26 ? l : 26;
}

/** The first three letters of every tag starter (26 for a letter past the word's end), as a table. */
const starterPrefixes = ((): Uint8Array => {
  const table = new Uint8Array(27 * 27 * 27);
  for (const w of tagStarters) {
    if (!/^[a-z]+$/.test(w)) continue; // never read as one (`capitalCandidate` reads ASCII letters only)
    const at = (k: number) => (k < w.length ? letterIndex(w.charCodeAt(k)) : 26);
    table[(at(0) * 27 + at(1)) * 27 + (at(1) === 26 ? 26 : at(2))] = 1;
  }
  return table;
})();

/**
 * The ASCII word at `at` (read up to `limit`) may be a tag starter: its first three letters begin one. A
 * table lookup, before the word is cut out: most tags after a comma start with a name (`," Harry`).
 */
export function mayStartTag(text: TextSource, at: number, limit: number): boolean {
  const a = at < limit ? letterIndex(text.charCodeAt(at)) : 26;
  if (a === 26) return false;
  const b = at + 1 < limit ? letterIndex(text.charCodeAt(at + 1)) : 26;
  const c = b < 26 && at + 2 < limit ? letterIndex(text.charCodeAt(at + 2)) : 26;
  return starterPrefixes[(a * 27 + b) * 27 + c] === 1;
}

/**
 * The ASCII word at `at` (capitalised, read up to `limit`) is a pronoun, an article or a speech verb: a
 * capital there may be wrong.
 */
function capitalCandidate(text: TextSource, at: number, limit: number): boolean {
  const c = at < limit ? text.charCodeAt(at) : -1;
  if (c < 0x41 || c > 0x5a || !mayStartTag(text, at, limit)) return false;
  let e = at + 1;
  while (e < limit && e - at < 12 && isAsciiLetter(text.charCodeAt(e))) e++;
  return tagStarters.has(text.slice(at, e).toLowerCase());
}

/**
 * The tag reads as lowercase where it starts: `he`, `the man`, `said Harry`. The pronoun `I` is judged like
 * a capital: `"I'm leaving." I said it before I could stop myself.` is a sentence of its own.
 */
function lowercaseStart(tag: Tag): boolean {
  return tag.first.text === tag.first.lower;
}

/**
 * A full stop before a tag. A lowercase tag is certainly a tag. A capitalised one (`"Hello." Harry said.`,
 * `"Fine." He said.`) is one only when the verb ends the clause: `"Fine." Harry said nothing.` is a
 * sentence of its own, and so is one whose verb can be an action (`"There." Bea pointed.`: only the
 * `reportingVerbs`). The fix makes the stop a comma and, for a pronoun or article, lowercases it.
 */
function checkStop(p: ParagraphText, q: number, tag: Tag, out: Lint[]): void {
  const { text } = p;
  if (lowercaseStart(tag)) {
    out.push(fixLint(p, LintCode.TagPunctuation, 'warning', q - 1, q, message('stop'), ','));
    return;
  }
  if (!tag.closes || !reportingVerbs.has(tag.verb.lower)) return; // `"There." Bea pointed.`: a beat
  if (introducesSpeech(text, tag.adverb?.end ?? tag.verb.end)) return; // `"Fine." He said, "But…"`: the tag of what follows
  if (tag.subject === 'name' || tag.first.text === 'I') {
    out.push(fixLint(p, LintCode.TagPunctuation, 'warning', q - 1, q, message('stop'), ','));
    return;
  }
  // `"Fine." He said.`: one edit from the stop to the end of the first word.
  const first = tag.first;
  const replacement = `,${text.slice(q, first.start)}${lowerFirst(first.text)}`;
  out.push(fixLint(p, LintCode.TagPunctuation, 'warning', q - 1, first.end, message('stop'), replacement));
}

/**
 * After `at`: a comma or colon, then a speech opening a new sentence (`He said, "But…"`): the tag
 * introduces what follows. A speech going on in lowercase (`Bea said, 'because…'`) continues the first
 * one, whose full stop is then wrong.
 */
function introducesSpeech(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== COMMA && c !== 0x3a) return false;
  let i = at + 1;
  while (isSpaceCode(text.charCodeAt(i))) i++;
  if (!'"“\'‘«'.includes(text[i] ?? 'x')) return false;
  const first = text[i + 1] ?? '';
  return first !== first.toLowerCase();
}

/** A comma, then a tag whose pronoun, article or verb is capitalised: `"Hello," He said`. */
function checkCapital(p: ParagraphText, tag: Tag, out: Lint[]): void {
  const first = tag.first;
  if (first.text === first.lower || first.text === 'I') return;
  if (tag.subject === 'name') return; // a name keeps its capital
  if (first.text !== first.text[0] + first.lower.slice(1)) return; // `HE SAID`: shouting, leave it
  out.push(fixLint(p, LintCode.TagPunctuation, 'warning', first.start, first.end, message('capital', first.lower), lowerFirst(first.text)));
}
