/**
 * Reads the English speech tag that may follow a closing quote: `he said`, `the old man asked`, `Harry
 * whispered`, `said Harry`, `she said softly`. Shared by the tag-punctuation rule and the said-bookism and
 * adverb hints, so they agree on what a tag is. Offsets are into the paragraph text given.
 */
import { determiners, speechVerbs, tagPronouns, titlesWithStop } from './words';

export interface TagWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
}

export type TagSubject = 'pronoun' | 'determiner' | 'name' | 'verb-first';

/** A tag after a quote: its words up to the verb, the verb, and what comes right after the verb. */
export interface Tag {
  readonly subject: TagSubject;
  /** The tag's first word (the one whose case the rules check). */
  readonly first: TagWord;
  readonly verb: TagWord;
  /** The verb is a known speech verb (else it is whatever verb-like word the caller asked about). */
  readonly speech: boolean;
  /** The word after the verb when it is an `-ly` adverb (`said softly`). */
  readonly adverb?: TagWord;
  /**
   * The tag ends the clause: the verb (or its subject after it, or its adverb) is followed by punctuation
   * or the paragraph's end (`Harry said.`, `Harry said, "…`), not by an object (`Harry said nothing`).
   */
  readonly closes: boolean;
}

const wordRe = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/uy;
const spaceRe = /[ \t\u00a0]+/y;

/** Up to `max` words from `at`, separated by spaces only (a title's full stop allowed: `Mr. Weasley`). */
export function wordsFrom(text: string, at: number, max: number): TagWord[] {
  const out: TagWord[] = [];
  let i = at;
  while (out.length < max) {
    spaceRe.lastIndex = i;
    if (spaceRe.test(text)) i = spaceRe.lastIndex;
    else if (out.length > 0) break;
    wordRe.lastIndex = i;
    const m = wordRe.exec(text);
    if (!m) break;
    const w = m[0];
    const lower = w.toLowerCase();
    out.push({ start: i, end: i + w.length, text: w, lower });
    i += w.length;
    if (text.charCodeAt(i) === 0x2e && titlesWithStop.has(lower)) i++; // `Mr.` does not end the tag
    else if (i < text.length && !isSpaceCode(text.charCodeAt(i))) break;
  }
  return out;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** Words that open an adverbial after a tag's verb (`said without`, `asked as`, `called from`). */
const adverbialOpeners = new Set(['without', 'with', 'as', 'and', 'but', 'while', 'before', 'after', 'from', 'into', 'through', 'across', 'over', 'under', 'behind', 'in', 'at', 'to', 'when', 'then', 'because', 'quietly', 'softly', 'again']);

const isCapital = (w: TagWord): boolean => w.text[0] !== w.lower[0];
const isAdverb = (w: TagWord | undefined): w is TagWord =>
  !!w && w.lower.length > 4 && w.lower.endsWith('ly') && w.text === w.lower && !notAdverbs.has(w.lower);
const notAdverbs = new Set(['only', 'family', 'early', 'holy', 'ugly', 'lonely', 'silly', 'belly', 'reply', 'supply', 'rely', 'apply', 'bully', 'jelly', 'lovely', 'likely', 'friendly', 'daily', 'chilly', 'curly', 'lily', 'emily', 'sally', 'molly', 'holly', 'billy']);

/**
 * After the word that ends at `end`: punctuation, the end of the paragraph, or a preposition or
 * conjunction that opens an adverbial (`Harry said without turning`, `she said as she left`), not an object
 * (`Harry said nothing`).
 */
function closesAt(text: string, end: number): boolean {
  spaceRe.lastIndex = end;
  const i = spaceRe.test(text) ? spaceRe.lastIndex : end;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c >= 0x61 && c <= 0x7a) {
    wordRe.lastIndex = i;
    const m = wordRe.exec(text);
    return !!m && adverbialOpeners.has(m[0]);
  }
  return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x2014 || c === 0x2013 || c === 0x2026 || c === 0x3a || c === 0x0a || c === 0x0d;
}

/**
 * The tag that starts after the spaces at `at` (the offset right after a closing quote), or undefined.
 * `verbs` says which verbs make a tag (speech verbs by default; the bookism hint passes its own).
 */
export function readTag(text: string, at: number, verbs: ReadonlySet<string> = speechVerbs): Tag | undefined {
  const c = text.charCodeAt(at);
  if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return undefined;
  const ws = wordsFrom(text, at, 6);
  if (ws.length === 0) return undefined;
  const w0 = ws[0]!;
  const result = (subject: TagSubject, verbAt: number, closes: boolean): Tag | undefined => {
    const verb = ws[verbAt]!;
    const next = ws[verbAt + 1];
    const adverb = isAdverb(next) ? next : undefined;
    return { subject, first: w0, verb, speech: speechVerbs.has(verb.lower), adverb, closes };
  };
  // `said Harry`, `asked the man`, `said he`.
  if (verbs.has(w0.lower)) {
    const w1 = ws[1];
    if (!w1) return undefined;
    if (tagPronouns.has(w1.lower)) return result('verb-first', 0, closesAt(text, w1.end));
    if (isCapital(w1) || determiners.has(w1.lower)) return result('verb-first', 0, true);
    return undefined;
  }
  // Subject words, then an optional `-ly` adverb, then the verb.
  const verbAfter = (from: number): number => {
    let k = from;
    if (isAdverb(ws[k]) && ws[k + 1] && verbs.has(ws[k + 1]!.lower)) k++;
    return ws[k] && verbs.has(ws[k]!.lower) ? k : -1;
  };
  const closesAfter = (k: number): boolean => {
    const v = ws[k]!;
    const next = ws[k + 1];
    return closesAt(text, v.end) || (isAdverb(next) && ws.length > k + 1 && closesAt(text, next.end));
  };
  if (tagPronouns.has(w0.lower)) {
    const k = verbAfter(1);
    return k > 0 ? result('pronoun', k, closesAfter(k)) : undefined;
  }
  if (determiners.has(w0.lower)) {
    // `the man`, `the old man`, `one of them`: lowercase words up to the verb (at most three).
    for (let k = 1; k <= 3 && k < ws.length; k++) {
      if (isCapital(ws[k]!)) return undefined; // `The Doctor said`: a name, not an article to lowercase
      const v = verbAfter(k + 1);
      if (v > 0) return result('determiner', v, closesAfter(v));
    }
    return undefined;
  }
  if (isCapital(w0)) {
    // A name of one to three capitalised words (`Harry`, `Professor McGonagall`, `Mr. Weasley`).
    for (let k = 1; k <= 3 && k < ws.length; k++) {
      const v = verbAfter(k);
      if (v > 0) return result('name', v, closesAfter(v));
      if (!isCapital(ws[k]!)) return undefined;
    }
  }
  return undefined;
}
