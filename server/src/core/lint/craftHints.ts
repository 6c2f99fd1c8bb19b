/**
 * Craft hints (English): off by default, Hint severity, each switched on by its own setting. They are
 * matters of taste, so they say what they see and never rewrite the text in bulk.
 *   - `craft.said-bookism`: a face or gesture verb used as a speech tag (`"Of course," she smiled`).
 *   - `craft.said-adverb`: an `-ly` adverb right after a speech verb (`she said softly`).
 *   - `craft.filter-word`: a perception verb after a pronoun (`she saw`, `he could hear`).
 *   - `craft.echo-word`: the same uncommon word again within a few words (`crimson … crimson`), across
 *     paragraphs: its own pass (`echoWords.ts`), run by proseLints.ts.
 *   - `craft.repeated-name`: a name a third time (and more) in one paragraph.
 * The narration hints (all but the bookism) never read words inside speech.
 */
import { LintCode, type Lint } from '../lint';
import { fixLint, type ParagraphText } from './paragraph';
import { readTag } from './tags';
import { bookismVerbs, filterWords, speechVerbs, subjectPronouns } from './words';

/** Which craft hints run (the `fic.hints.*` settings). */
export interface CraftHints {
  readonly saidBookisms?: boolean;
  readonly adverbAfterSaid?: boolean;
  readonly filterWords?: boolean;
  readonly echoWords?: boolean;
  readonly repeatedNames?: boolean;
}

/** A name's use in one paragraph from which it is reported. */
export const NAME_REPEATS = 3;

/**
 * The paragraph's words outside speech, relative offsets, flat `[start0, end0, ...]`: no strings are made
 * here, each hint slices only the words that pass its cheap test.
 */
let buffer = new Int32Array(1024);

function narrationWords(p: ParagraphText): Int32Array {
  const { words, base, speech } = p;
  if (buffer.length < p.wordTo - p.wordFrom) buffer = new Int32Array(p.wordTo - p.wordFrom);
  const out = buffer; // reused: each paragraph's hints are done with it before the next paragraph
  let n = 0;
  let k = 0;
  for (let i = p.wordFrom; i < p.wordTo; i += 2) {
    const start = words[i]! - base;
    while (k < speech.length && speech[k]!.end <= start) k++;
    if (k < speech.length && speech[k]!.start <= start) continue;
    out[n++] = start;
    out[n++] = words[i + 1]! - base;
  }
  return out.subarray(0, n);
}

/** The word at `[start, …)` opens a sentence (its capital says nothing about it being a name). */
function sentenceInitial(text: string, start: number): boolean {
  let b = start - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t' || text[b] === '\n' || text[b] === '\r' || text[b] === '*' || text[b] === '_')) b--;
  return b < 0 || '.!?…"”\'’:'.includes(text[b]!);
}

const lowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** The craft hints of one paragraph that `hints` switches on (all but the echoes, which read across paragraphs). */
export function checkCraftHints(p: ParagraphText, hints: CraftHints, out: Lint[]): void {
  if (hints.saidBookisms) checkBookisms(p, out);
  if (!hints.adverbAfterSaid && !hints.filterWords && !hints.repeatedNames) return;
  const words = narrationWords(p);
  if (hints.adverbAfterSaid) checkAdverbs(p, words, out);
  if (hints.filterWords) checkFilterWords(p, words, out);
  if (hints.repeatedNames) checkNames(p, words, out);
}

const bookismNear = new RegExp(`\\b(?:${[...bookismVerbs].join('|')})\\b`, 'i');

function checkBookisms(p: ParagraphText, out: Lint[]): void {
  const { text } = p;
  for (const s of p.speech) {
    if (!s.closed || s.end - s.start < 3) continue;
    const last = text[s.end - 2];
    if (last !== ',' && last !== '?' && last !== '!') continue; // after a full stop it is a beat, which is right
    // Most tags are `said` and friends: look for a bookism verb in the next few words before reading the tag.
    if (!bookismNear.test(text.slice(s.end, s.end + 60))) continue;
    const tag = readTag(text, s.end, bookismVerbs);
    if (!tag || tag.speech || tag.subject === 'verb-first') continue;
    const verb = tag.verb.text;
    const first = tag.first;
    // The quick fix makes it a beat: a full stop (or the `?`/`!` kept) and a capital.
    const beat = `${last === ',' ? '.' : last}${text.slice(s.end - 1, first.start)}${first.text[0]!.toUpperCase()}${first.text.slice(1)}${text.slice(first.end, tag.verb.end)}`;
    out.push(fixLint(p, LintCode.SaidBookism, 'hint', s.end - 2, tag.verb.end, `‘${verb}’ as a speech tag: words are said, not ${verb}. Use a speech verb, or make it an action beat.`, beat));
  }
}

function checkAdverbs(p: ParagraphText, words: Int32Array, out: Lint[]): void {
  const { text } = p;
  for (let i = 2; i < words.length; i += 2) {
    const start = words[i]!;
    const end = words[i + 1]!;
    if (end - start < 5 || text.charCodeAt(end - 1) !== 0x79 || text.charCodeAt(end - 2) !== 0x6c) continue; // `…ly`
    const w = text.slice(start, end);
    const prev = text.slice(words[i - 2]!, words[i - 1]!);
    if (!/^[a-z]+$/.test(w) || notAdverbs.has(w) || !speechVerbs.has(prev.toLowerCase()) || !/^[ \t]+$/.test(text.slice(words[i - 1]!, start))) continue;
    out.push(fixLint(p, LintCode.SaidAdverb, 'hint', start, end, `‘${prev} ${w}’: let the words show how they were said.`));
  }
}
const notAdverbs = new Set(['only', 'family', 'early', 'holy', 'ugly', 'lonely', 'silly', 'belly', 'reply', 'supply', 'rely', 'apply', 'likely', 'lovely', 'friendly', 'daily']);

const modals = new Set(['could', 'can', 'would', 'couldn’t', "couldn't", 'suddenly', 'barely', 'almost', 'just', 'finally']);

function checkFilterWords(p: ParagraphText, words: Int32Array, out: Lint[]): void {
  const { text } = p;
  for (let i = 2; i < words.length; i += 2) {
    const start = words[i]!;
    const end = words[i + 1]!;
    if (end - start < 3 || end - start > 9 || !lowerAscii(text.charCodeAt(start))) continue;
    const w = text.slice(start, end);
    if (!filterWords.has(w)) continue;
    let j = i - 2;
    if (j >= 2 && modals.has(text.slice(words[j]!, words[j + 1]!).toLowerCase())) j -= 2;
    if (!subjectPronouns.has(text.slice(words[j]!, words[j + 1]!).toLowerCase())) continue;
    out.push(fixLint(p, LintCode.FilterWord, 'hint', start, end, `‘${w}’ filters the scene through a character: show what is ${verbNoun(w)} instead.`));
  }
}

function verbNoun(verb: string): string {
  if (/^(saw|see|sees|watched|watch|watches|noticed|notice|notices|observed)$/.test(verb)) return 'seen';
  if (/^(heard|hear|hears)$/.test(verb)) return 'heard';
  if (/^(felt|feel|feels|sensed|sense|senses)$/.test(verb)) return 'felt';
  return 'there';
}

const notNames = new Set(['I', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Lady', 'Lord', 'God', 'OK', 'Okay', 'TV']);

function checkNames(p: ParagraphText, words: Int32Array, out: Lint[]): void {
  const { text } = p;
  // A name: a capitalised word that appears at least once where a capital is not due to a sentence start.
  const named = new Set<string>();
  const capitals: [number, number, string][] = [];
  for (let i = 0; i < words.length; i += 2) {
    const start = words[i]!;
    const c = text.charCodeAt(start);
    if (!(c >= 0x41 && c <= 0x5a) && !(c >= 0xc0 && /\p{Lu}/u.test(text[start]!))) continue;
    const w = text.slice(start, words[i + 1]!);
    if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
    const key = w.replace(/['’]s$/, '');
    if (notNames.has(key)) continue;
    capitals.push([start, words[i + 1]!, key]);
    if (!sentenceInitial(text, start)) named.add(key);
  }
  if (named.size === 0) return;
  const seen = new Map<string, number>();
  for (const [start, end, key] of capitals) {
    if (!named.has(key)) continue;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n >= NAME_REPEATS) out.push(fixLint(p, LintCode.RepeatedName, 'hint', start, end, `‘${key}’ ${n} times in this paragraph: a pronoun may read more smoothly.`));
  }
}
