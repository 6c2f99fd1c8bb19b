/**
 * The judgement of one doubled word (`prose.repeated-word`), read in its sentence. Real prose doubles a
 * word for three reasons, and each has its marks:
 *   - grammar (`had had`, `that that`, `what it is is`, `gave her her coat`, `carried on on foot`): the words
 *     around the double make it a sentence, and the same words around a slip do not (`burn that that
 *     bracelet`, `Where did did`, `believed her her.`, `what to do do.`);
 *   - intent: in narration emphasis is written with a comma, a dash or italics (`very, very`, `so-so`,
 *     `*very* very`), which the walk never reads as a double; sounds (`ha ha`, `tick tick`) and place names
 *     (`Bora Bora`) anywhere; in speech a voice repeats itself (`"No no"`, `"There there"`, `"Kaito
 *     Kaito!"`), and three or more in a row is a voice (`no no no`);
 *   - a slip of the edit: everything else.
 * A double that may be meant is reported softly and never fixed in bulk: an intensifier in speech is a
 * Hint (`"That's very very wise"`), one in narration, where a writer who meant it would have put a comma,
 * Information with both fixes (delete, or `very, very`).
 */
import type { FicModel } from '../model';
import type { Severity } from '../lint';
import { englishLevel, isEnglishWord } from '../canon/english';
import {
  auxiliaries, bareVerbOpeners, clauseVerbs, copulaOpeners, copulas, determiners, doubledNames, doubledObjects, emphaticDo,
  emphaticDoubles, functionWords, grammaticalDoubles, objectPronouns, openingDoubles, participles, particles, particleVerbs,
  prepositions, soundDoubles, spokenDoubles, subjectPronouns, titlesWithStop, twoObjectVerbs,
} from './words';

/** A double found by the walk: the second word is `words[i]`, the first `words[i - 2]`, only spaces between. */
export interface DoubleContext {
  readonly source: FicModel['source'];
  readonly words: ArrayLike<number>;
  readonly i: number;
  /** The first flat index the sentence may read back to (the paragraph's first word, or the checked range's). */
  readonly floor: number;
  /** The flat index past the paragraph's last word. */
  readonly stop: number;
  readonly paragraphStart: number;
  readonly a: string;
  readonly b: string;
  /** Whether the double stands inside speech. */
  readonly inSpeech: () => boolean;
}

export interface DoubleVerdict {
  readonly severity: Severity;
  /** The deletion is certainly right: *Fix all* applies it. */
  readonly certain: boolean;
  readonly message: string;
  /** Offer `very, very` as a second fix. */
  readonly comma?: boolean;
}

const isGap = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && /\p{L}/u.test(String.fromCharCode(c)));
const sentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a || c === 0x3b || c === 0x0a;
const norm = (w: string): string => w.toLowerCase().replace(/’/g, "'");
const titleCase = (w: string): boolean => w[0] !== w[0]!.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();

/** Words that are grammar or function: a double of one is judged by the rules of grammar, never as a voice. */
const grammarWord = (w: string): boolean =>
  functionWords.has(w) || grammaticalDoubles.has(w) || copulas.has(w) || emphaticDo.has(w) || particles.has(w) || doubledObjects.has(w) || w === 'had';

/** The word before a doubled particle reads as a verb or its object: `carried on on`, `put it on on`, `came to to`. */
function verbLike(before: string, particle: string): boolean {
  if (particle === 'to') return before === 'came' || before === 'come' || before === 'comes' || before === 'coming';
  return objectPronouns.has(before) || particleVerbs.has(before) || (before.length > 3 && before.endsWith('ed'));
}

/** What the judge reads around the double. */
class Around {
  constructor(private readonly c: DoubleContext) {}

  word(k: number): string {
    return norm(this.c.source.slice(this.c.words[k]!, this.c.words[k + 1]!));
  }

  /** Only spaces between word `k` and word `k + 2`. */
  joined(k: number): boolean {
    const { source, words } = this.c;
    for (let g = words[k + 1]!; g < words[k + 2]!; g++) if (!isGap(source.charCodeAt(g))) return false;
    return true;
  }

  /** The word right before the double when only spaces separate them, else ''. */
  adjacent(): string {
    const k = this.c.i - 4;
    return k >= this.c.floor && this.joined(k) ? this.word(k) : '';
  }

  /** The word right after the double when only spaces separate them, else ''. */
  next(): string {
    const k = this.c.i + 2;
    return k < this.c.stop && this.joined(this.c.i) ? this.word(k) : '';
  }

  /** The first character after the double that is not a space (0 at the paragraph's end). */
  after(): number {
    const { source } = this.c;
    let g = this.c.words[this.c.i + 1]!;
    while (g < source.length && isGap(source.charCodeAt(g))) g++;
    return g < source.length ? source.charCodeAt(g) : 0;
  }

  /** The same word again right before (`back`) or right after the double: a run of three. */
  third(after: boolean): boolean {
    const { i, floor, stop } = this.c;
    const k = after ? i + 2 : i - 4;
    if (k < floor || k >= stop) return false;
    return this.word(k) === norm(this.c.b) && this.joined(after ? i : k);
  }

  /** The words of the sentence before the double, nearest first (at most `max`). */
  sentenceBefore(max: number): string[] {
    const { source, words, i, floor } = this.c;
    const out: string[] = [];
    for (let k = i - 4; k >= floor && out.length < max; k -= 2) {
      for (let g = words[k + 1]!; g < words[k + 2]!; g++) if (sentenceEnd(source.charCodeAt(g))) return out;
      out.push(this.word(k));
    }
    return out;
  }

  /** The double opens its sentence: only spaces, quotes, markup or a bracket back to a sentence's end. */
  opensSentence(): boolean {
    const { source, words, i, paragraphStart } = this.c;
    for (let j = words[i - 2]! - 1; j >= paragraphStart; j--) {
      const c = source.charCodeAt(j);
      if (isGap(c) || c === 0x0a || c === 0x0d || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x2a || c === 0x5f || c === 0x28 || c === 0x2014 || c === 0x2013) continue;
      if (c === 0x2e && titleBefore(source, j)) return false; // `Mr. Darcy Darcy`: a title's stop
      return sentenceEnd(c) || c === 0x2026;
    }
    return true;
  }

  /** Italics or bold around the double (`*very very*`): marked as meant. */
  emphasised(): boolean {
    const { source, words, i } = this.c;
    const before = source.charCodeAt(words[i - 2]! - 1);
    const after = source.charCodeAt(words[i + 1]!);
    return before === 0x2a || before === 0x5f || after === 0x2a || after === 0x5f;
  }

  /** The double is all a quote holds (`He typed "the the" by mistake`): words mentioned, not used. */
  quotedAlone(): boolean {
    const { source, words, i } = this.c;
    const quote = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
    return quote(source.charCodeAt(words[i - 2]! - 1)) && quote(source.charCodeAt(words[i + 1]!));
  }

  /** The word before the double follows a comma (`Give me that, Kaito Kaito`). */
  afterComma(): boolean {
    const { source, words, i, paragraphStart } = this.c;
    let j = words[i - 2]! - 1;
    while (j >= paragraphStart && isGap(source.charCodeAt(j))) j--;
    return j >= paragraphStart && source.charCodeAt(j) === 0x2c;
  }
}

/** The full stop at `stop` ends a title (`Mr.`, `Dr.`), not a sentence. */
function titleBefore(source: FicModel['source'], stop: number): boolean {
  let k = stop;
  while (k > 0 && k > stop - 5 && isLetter(source.charCodeAt(k - 1))) k--;
  return titlesWithStop.has(source.slice(k, stop).toLowerCase());
}

const oneSyllable = (w: string): boolean => (w.match(/[aeiouy]+/g) ?? []).length === 1;

const whOpeners = new Set(['what', 'whatever', 'who', 'whoever', 'where', 'wherever', 'how', 'why', 'all', 'only']);

const slip = (b: string): DoubleVerdict => ({ severity: 'warning', certain: true, message: `‘${b}’ twice in a row.` });
const maybe = (b: string, severity: Severity, message: string, comma = false): DoubleVerdict => ({ severity, certain: false, message: `‘${b} ${b}’: ${message}`, comma });

/** Whether a doubled `that` is grammar: a relative or conjunction `that`, then a demonstrative (`knew that that was`). */
function thatIsGrammar(adjacent: string, sentence: readonly string[]): boolean {
  if (prepositions.has(adjacent)) return false; // `with that that rope`
  if (auxiliaries.has(adjacent) && sentence.length === 1) return false; // `Is that that your key?`
  if (sentence.length >= 2 && bareVerbOpeners.has(sentence[1]!) && !clauseVerbs.has(adjacent) && !auxiliaries.has(adjacent)) return false; // `dare burn that that`
  return true;
}

/** The verdict on one double, or undefined when it is grammar or intent. */
export function judgeDouble(c: DoubleContext): DoubleVerdict | undefined {
  const around = new Around(c);
  const { a, b } = c;
  const lower = norm(a);
  const grammar = grammarWord(lower);
  // Runs of three: a voice (`no no no`, `"You you you!"`), unless the word is grammar in narration, where one
  // is always too many (`He had had had enough`).
  const thirdBefore = around.third(false);
  const thirdAfter = around.third(true);
  if (thirdBefore || thirdAfter) {
    const fourth = c.i - 6 >= c.floor && around.word(c.i - 6) === lower && around.joined(c.i - 6);
    if (!grammar || thirdAfter || fourth || c.inSpeech()) return undefined;
    return slip(b);
  }
  if (soundDoubles.has(lower) || doubledNames.has(lower) || around.quotedAlone()) return undefined;
  if (titlesWithStop.has(lower)) return slip(b); // `Mrs Mrs Acre`: a title is never doubled
  if (openingDoubles.has(lower) && around.opensSentence()) return undefined; // `Night night, love.`
  const adjacent = around.adjacent();
  const next = around.next();
  if (lower === 'that') return next !== '' && thatIsGrammar(adjacent, around.sentenceBefore(4)) ? undefined : slip(b); // not `after that that.`
  if (lower === 'can' || lower === 'will') return undefined; // `the can can`, `Will will`
  if (lower === 'had') return participles.has(next) || /^[a-z]{3,}ed$/.test(next) ? slip(b) : undefined; // `he had had enough`
  // `what it is is`, `the thing is is`: a wh-word needs its subject between (`What is is` is a slip).
  const opened = (): boolean => around.sentenceBefore(4).some((w, k) => copulaOpeners.has(w) && (k > 0 || !whOpeners.has(w)));
  if (copulas.has(lower)) return opened() && next !== '' ? undefined : slip(b); // `what it is is a mess`; not `what it is is, thank you`
  if (emphaticDo.has(lower)) {
    // `I do do care`, `what he did did matter`; never `what to do do.` nor `Where did did`.
    const emphatic = adjacent !== 'to' && next !== '' && (subjectPronouns.has(adjacent) || opened());
    return emphatic ? undefined : slip(b);
  }
  if (doubledObjects.has(lower)) {
    // `gave her her coat`, `told you you were`: a second object, then what it owns or does (a word, not `the`).
    const object = twoObjectVerbs.has(adjacent) && next !== '' && !determiners.has(next) && !prepositions.has(next) && !objectPronouns.has(next);
    return object ? undefined : slip(b);
  }
  if (particles.has(lower) && verbLike(adjacent, lower)) {
    // `carried on on foot`, `came in in a hurry`, `came to to find`: a phrasal verb, then a phrase opened by
    // the same word. Only `on`, `in` and `to` open such phrases (`on purpose`, `in time`); `held up up a
    // hand`, `took off off his glasses` are slips, though not certain enough to fix in bulk.
    return lower === 'on' || lower === 'in' || lower === 'to' ? undefined : { ...slip(b), certain: false };
  }
  const speech = c.inSpeech();
  if (emphaticDoubles.has(lower) && !grammar) {
    if (around.emphasised()) return undefined;
    if (lower === 'so' && !isLetter(around.after())) return undefined; // `The food was so so.`: so-so
    if (auxiliaries.has(next) || subjectPronouns.has(next) || determiners.has(next) || prepositions.has(next)) return slip(b); // `How long long have you`
    return speech
      ? maybe(b, 'hint', 'a voice, or a slip? Delete one if it is a slip.')
      : maybe(b, 'information', 'in narration emphasis is usually written with a comma (‘very, very’); delete one if it is a slip.', true);
  }
  const capitalA = a[0] !== a[0]!.toLowerCase();
  const capitalB = b[0] !== b[0]!.toLowerCase();
  if (spokenDoubles.has(lower) && speech) {
    // `"No no"`, `"Wait wait"`: a voice repeats in lowercase; `"Now Now."` is a slip.
    return capitalA && capitalB && titleCase(a) && titleCase(b) && !grammar ? slip(b) : undefined;
  }
  if (!grammar && capitalA !== capitalB && !(speech && around.opensSentence())) return undefined; // `Will will`, `Hope hope`: a name, then the word
  const english = grammar || isEnglishWord(lower.replace(/'.*$/, ''));
  // A voice opens what it says with its doubles (`"Sorry sorry, I didn't mean it"`, `"Stop stop!"`, `"Come
  // come, Mr. Potter"`); inside a sentence a double in speech is a slip like any other (`"The lantern
  // lantern is lit"`).
  // Only common English words: a rarer word doubled there is as likely borrowed (`"Hai hai"`) and is left.
  if (speech && !grammar && !capitalB && around.opensSentence()) {
    const level = englishLevel(lower.replace(/'.*$/, ''));
    return level >= 0 && level <= 2 ? maybe(b, 'hint', 'a voice, or a slip? Delete one if it is a slip.') : undefined;
  }
  if (!capitalA && !english) {
    // A word of another language: many double words on purpose (`orang orang`, `"Hai hai"`). In English
    // narration (English words on both sides) it is a slip: `When the mamechou mamechou flared`.
    if (speech) return undefined;
    const englishAround = (w: string): boolean => w !== '' && (functionWords.has(w) || isEnglishWord(w.replace(/'.*$/, '')));
    return englishAround(adjacent) && englishAround(next) ? { ...slip(b), certain: false } : undefined;
  }
  // Two capitalised English words mid-sentence are a name (`Jar Jar`); at a sentence start a slip (`Off Off`).
  if (capitalA && !grammar && english && !around.opensSentence()) return undefined;
  // A reduplicated one-syllable nickname (`Mei Mei`, `Lan Lan`, `Bao Bao`), as Chinese names are formed: a
  // name, not a slip (`Kaito Kaito` is one). Possessives are never doubled on purpose (`Mei's Mei's`).
  if (capitalA && !grammar && !english && capitalB && a.length <= 6 && oneSyllable(lower)) return undefined;
  if (capitalA && !grammar && !english && speech && !/['’]s$/.test(a)) {
    // A made-up name called twice: the whole sentence is a call (`"Kaito Kaito!"`); after a comma at the
    // end of a sentence it may be one (`Give me that, Kaito Kaito.`); inside a clause it is a slip.
    const ends = !isLetter(around.after());
    if (ends && around.opensSentence()) return undefined;
    if (ends && around.afterComma()) return maybe(b, 'hint', 'a name called twice, or a slip? Delete one if it is a slip.');
  }
  return slip(b);
}
