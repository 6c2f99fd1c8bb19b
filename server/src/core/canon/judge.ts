/**
 * The verdict on one AO3 word (`Rukai's`, `Ichigo-kun`, `rukia`) against a canon index, cached per index
 * and distinct word text, so a 500k-word fic costs one Map lookup per word after the first sighting.
 */
import { isCompoundWord, isDictionaryName, isEnglishWord, isLoanWord } from './english';
import { isCanonCompoundPart } from './compoundStems';
import { honorificSuffixes } from './supplement';
import { pluralReading, preferredForm } from './slips';
import { adaptCase, isAllCaps, misspelling } from './misspelling';
import { wordKey, type CanonIndex } from './canonIndex';
import { detach } from '../parse/chars';
import { judgeEnglish, spellingKey, type SpellingFinding } from '../spelling/englishWord';
import type { SpellingLanguage } from '../spelling/suggest';

export type Finding =
  /** `certain`: one canon word within reach, one edit away, the word no English word: safe for fix-all. */
  | {
      readonly kind: 'misspelled';
      readonly suggestions: readonly string[];
      readonly certain: boolean;
      /** Edits to the nearest canon word. */
      readonly distance: number;
      /** Every candidate is a capitalized name (no lowercase term). */
      readonly namesOnly: boolean;
      /**
       * When two or more suggestions are equally near: how likely each is as the slip that made the
       * word (0 for farther ones), for the check to weigh against the names written around it
       * (`canon/nearbyNames.ts`). Undefined when one suggestion is nearest.
       */
      readonly likelihoods?: readonly number[];
    }
  | { readonly kind: 'casing'; readonly suggestion: string }
  | { readonly kind: 'romanization'; readonly suggestion: string }
  | SpellingFinding;

/** A part of a word worth reporting: a finding, or an exact canon name (for highlighting). */
export interface WordPart {
  /** Offset and length within the word. */
  readonly offset: number;
  readonly length: number;
  readonly text: string;
  readonly finding?: Finding;
}

export interface WordVerdict {
  /** Parts with findings; empty for almost every word. */
  readonly findings: readonly WordPart[];
  /** Parts that are canon names as written (capitalized canon spellings, not terms). */
  readonly names: readonly WordPart[];
}

const nothing: WordVerdict = Object.freeze({ findings: [], names: [] });
/** No name word is longer; longer runs (URLs, base64, keyboard mashing) are skipped, which keeps lookups O(1). */
const maxNameLength = 40;
const letterRe = /\p{L}/u;
const digitRe = /\p{Nd}/u;
const upperRe = /\p{Lu}/u;
const separatorRe = /[-'’‘]+/g;
const honorifics = new Set(honorificSuffixes);
/** Prefixes written with a hyphen that are no English word alone. */
const hyphenPrefixes = new Set(['un', 'non', 'pre', 'anti', 'mis', 'semi', 'multi', 'uber']);

/**
 * Verdicts of one canon index by word text, in an open-addressing table probed straight from the
 * document text, so the hot loop allocates nothing and touches only typed arrays for the many words
 * with nothing to say. A word is identified by its length and two independent 32-bit hashes (64 bits:
 * a collision among the few thousand distinct words of a fic is about 1 in 10^11). A slot's hashes,
 * length and flags lie side by side (`keys`, four numbers a slot), so a probe reads one cache line, not
 * four arrays. It starts with room for 8,192 words (~350 KB): a long fic has thousands, and growing a
 * table twice while a 500k-word fic is first checked cost ~35 ms of CPU (medians of cold runs, 284 -> 246
 * ms for the whole check).
 */
export class VerdictTable {
  /** Per slot `4k`: hash, check hash, word length (0 marks an empty slot), flags (see `flagsAt`). */
  private keys = new Int32Array(4 << 14);
  private verdicts: WordVerdict[] = new Array<WordVerdict>(1 << 14).fill(nothing);
  private size = 0;

  /** How many distinct words this table has judged. */
  get judged(): number {
    return this.size;
  }

  constructor(
    private readonly canon: CanonIndex,
    /** The English variant to spell-check in, or undefined for no English spelling check. */
    private readonly spelling?: SpellingLanguage,
    /** The fic is in another language: its lowercase words are its own, never slips of a canon name. */
    private readonly foreign = false,
  ) {}

  /** The verdict on `text[start, end)`. */
  judge(text: string, start: number, end: number): WordVerdict {
    // `slotOf` first: it may grow the table, and `this.verdicts[...]` would read the array before the call.
    const slot = this.slotOf(text, start, end);
    return this.verdicts[slot];
  }

  /** Bit 1 when `text[start, end)` has findings, bit 2 when it holds canon names (then call `judge`). */
  flagsOf(text: string, start: number, end: number): number {
    return this.flagsAt(this.slotOf(text, start, end));
  }

  /**
   * The slot of `text[start, end)`, judging the word on first sight: read it with `flagsAt` and
   * `verdictAt` before the next `slotOf` (which may move the table). One hash per word for both.
   */
  slotOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    let g = 0x9747b28c | 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
      g = Math.imul(g + c, 0x5bd1e995);
      g ^= g >>> 13;
    }
    // FNV's low bits mix poorly (a product's low bits see only low bits); fold the high bits in.
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const length = end - start || 1;
    const keys = this.keys;
    const mask = (keys.length >> 2) - 1;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const l = keys[4 * slot + 2];
      if (l === 0) break;
      if (l === length && keys[4 * slot] === h && keys[4 * slot + 1] === g) return slot;
    }
    return this.add(text, start, end, h, g, slot);
  }

  /**
   * Judges the word `text[start, end)` that `slotOf` did not find (hashes `h` and `g`, free `slot`) and
   * returns its slot. Apart from `slotOf`, which runs once per word of a fic: this runs once per distinct
   * word, and kept out, `slotOf` stays small enough for the walk to inline and quick to compile.
   */
  private add(text: string, start: number, end: number, h: number, g: number, slot: number): number {
    const length = end - start || 1;
    // A copy, not a slice: verdicts outlive the document version, and a V8 slice of 13+ units keeps the
    // whole text it was cut from alive (12 MB per version at 1M words).
    const word = detach(text.slice(start, end));
    const core = possessiveCore(word);
    if (core !== undefined) {
      // `Rukia's` is judged as `Rukia` (the possessive never is part of a finding or a name): one verdict
      // for both, and the first of them to be met judges it. Judging the core may have moved the table.
      const coreSlot = this.slotOf(core, 0, core.length);
      const verdict = this.verdicts[coreSlot];
      if ((this.size + 1) * 2 > this.verdicts.length) this.grow();
      return this.insert(h, g, length, verdict);
    }
    const verdict = judgeUncached(this.canon, word, this.spelling, this.foreign);
    if ((this.size + 1) * 2 > this.verdicts.length) {
      this.grow();
      return this.insert(h, g, length, verdict);
    }
    return this.insert(h, g, length, verdict, slot);
  }

  /**
   * Walks the words of `words` (start/end pairs, offsets into the document; `text` holds the document
   * from offset `base`) from pair index `i`, judging each on first sight, and returns the index of the first
   * word whose flags have `bit` (its slot in `hit`), or, with `hit` -1, where it stopped: at `stop`, at a word
   * starting at or after `before`, or at a word ending after `limit`.
   *
   * The walk over every word of a fic in one method, with no call per word (only per distinct word): a
   * long fic's check starts before the optimizing compiler has compiled it, and until then each call (two
   * per word, `slotOf` and `flagsAt`) cost more than the word's hashing (~150 of the 200 ms of a 500k-word
   * check without the optimizing compiler). The hash is `slotOf`'s: both must agree.
   */
  scan(text: string, base: number, words: Uint32Array, i: number, stop: number, before: number, limit: number, bit: number): number {
    const imul = Math.imul;
    let keys = this.keys;
    let mask = (keys.length >> 2) - 1;
    for (; i < stop; i += 2) {
      const start = words[i];
      const end = words[i + 1];
      if (start >= before || end > limit) break;
      let h = 0x811c9dc5 | 0;
      let g = 0x9747b28c | 0;
      for (let k = start - base, to = end - base; k < to; k++) {
        const c = text.charCodeAt(k);
        h = imul(h ^ c, 0x01000193);
        g = imul(g + c, 0x5bd1e995);
        g ^= g >>> 13;
      }
      h ^= h >>> 15;
      h = imul(h, 0x2c1b3c6d);
      h ^= h >>> 12;
      const length = end - start || 1;
      let slot = h & mask;
      for (; ; slot = (slot + 1) & mask) {
        const l = keys[4 * slot + 2];
        if (l === 0) {
          slot = this.add(text, start - base, end - base, h, g, slot);
          // Judging may have grown the table.
          keys = this.keys;
          mask = (keys.length >> 2) - 1;
          break;
        }
        if (l === length && keys[4 * slot] === h && keys[4 * slot + 1] === g) break;
      }
      if ((keys[4 * slot + 3] & bit) !== 0) {
        this.hit = slot;
        return i;
      }
    }
    this.hit = -1;
    return i;
  }

  /** The slot of the word `scan` stopped at for its flags, or -1 when it stopped for another reason. */
  hit = -1;

  /** Bit 1 when the word in `slot` has findings, bit 2 when it holds canon names. */
  flagsAt(slot: number): number {
    return this.keys[4 * slot + 3];
  }

  /** The verdict on the word in `slot`. */
  verdictAt(slot: number): WordVerdict {
    return this.verdicts[slot];
  }

  private insert(h: number, g: number, length: number, verdict: WordVerdict, at = -1): number {
    const keys = this.keys;
    const mask = (keys.length >> 2) - 1;
    let slot = at;
    if (slot < 0) for (slot = h & mask; keys[4 * slot + 2] !== 0; slot = (slot + 1) & mask);
    keys[4 * slot] = h;
    keys[4 * slot + 1] = g;
    keys[4 * slot + 2] = length;
    keys[4 * slot + 3] = (verdict.findings.length ? 1 : 0) | (verdict.names.length ? 2 : 0);
    this.verdicts[slot] = verdict;
    this.size++;
    return slot;
  }

  private grow(): void {
    const { keys, verdicts } = this;
    const n = verdicts.length * 2;
    this.keys = new Int32Array(4 * n);
    this.verdicts = new Array<WordVerdict>(n).fill(nothing);
    this.size = 0;
    for (let i = 0; i < verdicts.length; i++) if (keys[4 * i + 2] !== 0) this.insert(keys[4 * i], keys[4 * i + 1], keys[4 * i + 2], verdicts[i]);
  }
}

/**
 * `word` without its possessive `'s` when the two are judged alike (`judgeUncached` takes the ending off
 * and judges the rest, which has no ending of its own to take off), else undefined.
 */
function possessiveCore(word: string): string | undefined {
  if (word.length <= 3 || !possessiveRe.test(word) || word.includes('_')) return undefined;
  const core = word.slice(0, -2);
  return core.length > 3 && possessiveRe.test(core) ? undefined : core;
}

const possessiveRe = /['’][sS]$/;
/** Two to `maxNameLength` ASCII letters (the fast path of `judgeUncached`). */
const plainWordRe = /^[A-Za-z]{2,40}$/;

export { detach }; // moved to parse/chars.ts (the parser needs it too)

const tables = new WeakMap<CanonIndex, Map<string, VerdictTable>>();

/**
 * The verdict table of `canon` with English spelling in `spelling` (none when undefined): one per index
 * and language, so a canon change starts afresh.
 */
export function verdictTable(canon: CanonIndex, spelling?: SpellingLanguage, foreign = false): VerdictTable {
  let byLanguage = tables.get(canon);
  if (!byLanguage) tables.set(canon, (byLanguage = new Map()));
  const key = foreign ? 'foreign' : (spelling ?? 'off');
  let table = byLanguage.get(key);
  if (!table) byLanguage.set(key, (table = new VerdictTable(canon, foreign ? undefined : spelling, foreign)));
  return table;
}

/**
 * A table of `canon` to read canon *names* from (`WordVerdict.names`, for highlighting): the fullest
 * table already made for it in English or with spelling off, else the spelling-off one. A word's names do
 * not depend on the spelling check: spelling only adds English findings or trades a `misspelled` finding
 * for one, and never makes or drops a name part. They do depend on `foreign` (a lowercase word of a fic in
 * another language is never judged as a name), so foreign tables are never used. The tokens request that
 * VS Code sends right after the diagnostics pull thus reuses the check's verdicts instead of judging every
 * distinct word of the fic again (~80 ms at 500k words).
 */
export function namesTable(canon: CanonIndex): VerdictTable {
  let best: VerdictTable | undefined;
  const byLanguage = tables.get(canon);
  if (byLanguage) for (const [key, table] of byLanguage) if (key !== 'foreign' && (!best || table.judged > best.judged)) best = table;
  return best ?? verdictTable(canon);
}

/** Judges `word` (one AO3 word span's text) against `canon`. Never throws; cached per index. */
export function judgeWord(canon: CanonIndex, word: string, spelling?: SpellingLanguage): WordVerdict {
  return verdictTable(canon, spelling).judge(word, 0, word.length);
}

/**
 * `judgeWord` with spelling off, without a verdict table: for the few words judged once against an index
 * whose table nothing else would read (a fic's header names against the workspace canon, `documentCanon`).
 * A table starts with room for thousands of words (~400 KB to make and zero).
 */
export function judgeOnce(canon: CanonIndex, word: string): WordVerdict {
  return judgeUncached(canon, possessiveCore(word) ?? word, undefined, false);
}

function judgeUncached(canon: CanonIndex, word: string, spelling: SpellingLanguage | undefined, foreign: boolean): WordVerdict {
  // Most distinct words of a fic with a canon are its names as written (`Rukia`), English words and typos
  // of names: plain ASCII letters, a canon form or no canon word. Answered here as `judgeName` and
  // `judgePart` below would, without their regexes, closure and second lookups; any other word takes the
  // long way.
  if (plainWordRe.test(word) && !(foreign && word.charCodeAt(0) >= 0x61)) {
    const key = word.toLowerCase();
    const info = canon.word(key);
    if (info && info.forms.includes(word)) return info.term ? nothing : { findings: nothing.findings, names: [{ offset: 0, length: word.length, text: word }] };
    if (!info) {
      // No canon word: an English word (`the`, `Winter`: `judgeName` says 'english', and the spelling check
      // has nothing to add, its key being the same string), or one `judgeName` would judge as unknown.
      if (isEnglishWord(key) && !(isLoanWord(key) && canon.romanizations(key).length)) return nothing;
      const findings: WordPart[] = [];
      const names: WordPart[] = [];
      settlePart(canon, word, 0, judgeUnknown(canon, word, key), spelling, findings, names);
      return findings.length || names.length ? { findings, names } : nothing;
    }
  }
  let core = word;
  let shift = 0;
  // `_` marks emphasis (`_Hermione_`) and AO3 counts it as a word character: never part of a name.
  if (core.includes('_')) {
    const trimmed = core.replace(/^_+/, '');
    shift = core.length - trimmed.length;
    core = trimmed.replace(/_+$/, '');
    if (core.includes('_')) return nothing; // `snake_case`, `__init__`: code, not prose
  }
  // A possessive stays outside the reported span, so a fix keeps it: `Rukai's` → `Rukia's`.
  if (core.length > 3 && possessiveRe.test(core)) core = core.slice(0, -2);
  if (core.length > 4 * maxNameLength || !letterRe.test(core) || digitRe.test(core)) return nothing;
  const findings: WordPart[] = [];
  const names: WordPart[] = [];
  const hyphenated = core.includes('-');
  const judgePart = (at: number, text: string) => {
    const offset = at + shift;
    // Inside a hyphenated word a lowercase part is English (`sweet-williams`, `mother-hen`), never a name;
    // in a fic of another language a lowercase word is that language's (`mon` is no slip of `Ron`).
    const lowerPart = (hyphenated || foreign) && !upperRe.test(text[0]);
    // A Korean or Chinese honorific after a name's hyphen (`Aoki-ssi`, `Ilse-nim`, `Wei-xiong`), and an
    // English prefix or suffix hyphened to a word (`un-Slytherin-like`, `Potter-esque`).
    if (hyphenated && at > 0 && core[at - 1] === '-' && (honorifics.has(text) || text === 'esque')) return;
    if (hyphenated && core[at + text.length] === '-' && hyphenPrefixes.has(text)) return;
    settlePart(canon, text, offset, lowerPart ? canonOrNothing(canon, text) : judgeName(canon, text), spelling, findings, names);
  };
  separatorRe.lastIndex = 0;
  if (!separatorRe.test(core)) judgePart(0, core);
  else {
    // A hyphenated canon name (`Jean-Luc`) is judged whole; otherwise each part alone (`Ichigo-kun`).
    const wholeKey = wordKey(core);
    const whole = canon.word(wholeKey);
    if (whole && whole.forms.includes(core)) names.push({ offset: shift, length: core.length, text: core });
    else if (!whole && isEnglishWord(wholeKey)) return nothing; // `ain't`, `o'clock`, `ma'am`
    else {
      separatorRe.lastIndex = 0;
      let from = 0;
      for (let m = separatorRe.exec(core); ; m = separatorRe.exec(core)) {
        const to = m ? m.index : core.length;
        // A stammer: a part that a hyphen joins to the word it begins (`Th-th-that's`, `Wh-where`, `P-please`).
        const stammer = m && m[0] === '-' && isStammer(core.slice(from, to), core.slice(to + 1));
        if (to > from && !stammer) judgePart(from, core.slice(from, to));
        if (!m) break;
        from = m.index + m[0].length;
      }
    }
  }
  return findings.length || names.length ? { findings, names } : nothing;
}

/**
 * Adds to `findings` or `names` what `judgeName`'s (or `canonOrNothing`'s) `result` on the part `text` at
 * `offset` of a word comes to, with English spelling in `spelling` (none when undefined).
 */
function settlePart(
  canon: CanonIndex,
  text: string,
  offset: number,
  judged: ReturnType<typeof judgeName>,
  spelling: SpellingLanguage | undefined,
  findings: WordPart[],
  names: WordPart[],
): void {
  let result = judged;
  // A word English knows (judgeName looked it up) has nothing for the spelling check to say: not asked
  // again, which halves the dictionary lookups of a fic's distinct words. Only when the spelling check
  // would look up the same string (it lowercases without composing: a decomposed accent differs).
  if (result === 'english') {
    if (!spelling || wordKey(text) === spellingKey(text)) return;
    result = undefined;
  }
  if (spelling && typeof result === 'object' && result.kind === 'misspelled' && (upperRe.test(text[0]) ? result.distance > 1 : result.namesOnly) && !isCanonWord(canon, text)) {
    // An English typo that also lies near a name is the English typo when a name is unlikely: a
    // lowercase word near names only, or a word one edit from English but two from the name. Asked in
    // that order: most typos of names are one edit from one, and the English check (its lookups, its
    // suggestions) is not made for them.
    const english = judgeEnglish(text, spelling);
    if (english && english.suggestions.length) result = english;
  }
  if (result === 'name') names.push({ offset, length: text.length, text });
  else if (result === 'canon') return;
  else if (result) findings.push({ offset, length: text.length, text, finding: result });
  else if (spelling && !isCanonWord(canon, text)) {
    // The canon's coined stems are asked only about words English does not know: a few per fic.
    const english = judgeEnglish(text, spelling);
    if (english && !isCanonCompoundPart(canon, wordKey(text))) findings.push({ offset, length: text.length, text, finding: english });
  }
}

/** True when `part` (1–3 letters) begins `rest`, the text after its hyphen, in any casing. */
function isStammer(part: string, rest: string): boolean {
  return part.length <= 3 && rest.length > part.length && rest.slice(0, part.length).toLowerCase() === part.toLowerCase();
}

/**
 * `'name'` for a canon name as written, a finding, `'english'` for a word that is no canon word and that
 * English knows (its key is an English word: fine), or undefined for another fine word.
 */
function judgeName(canon: CanonIndex, text: string): Finding | 'name' | 'canon' | 'english' | undefined {
  if (text.length < 2 || text.length > maxNameLength) return undefined;
  const key = wordKey(text);
  const info = canon.word(key);
  if (info) {
    if (info.forms.includes(text)) return info.term ? 'canon' : 'name';
    if (info.term) return 'canon'; // terms are fine in any case (`Bankai` opening a sentence)
    if (isAllCaps(text)) return 'name'; // shouting: `RUKIA!`
    if (isEnglishWord(key) || isCompoundWord(key)) return undefined; // `will` for Will, `harry` for Harry, `harbourmaster`
    return { kind: 'casing', suggestion: preferredForm(info, text) };
  }
  // A romanized loanword may be a canon word's other romanization (`taichou` beside a canon `taichō`).
  if (isEnglishWord(key) && !(isLoanWord(key) && canon.romanizations(key).length)) return 'english';
  return judgeUnknown(canon, text, key);
}

/**
 * `judgeName` on a word of 2 to `maxNameLength` units that is no canon word and no English word, `key` its
 * `wordKey`: a plural or inflection of a canon word, another romanization, a slip of a name, or fine.
 */
function judgeUnknown(canon: CanonIndex, text: string, key: string): Finding | 'name' | 'canon' | undefined {
  const number = numberForm(canon, text, key);
  if (number) return number;
  if (isInflectedTerm(canon, key)) return 'canon';
  if (isNameAdjective(canon, key)) return 'canon';
  const romanized = canon.romanizations(key);
  for (let k = 0; k < romanized.length; k++) {
    const form = romanized[k];
    if (wordKey(form) !== key && longVowelAt(form, text)) return { kind: 'romanization', suggestion: adaptCase(form, text) };
  }
  const candidates = canon.similar(key);
  const plural = pluralReading(canon, key, candidates);
  if (candidates.length === 0 && !plural) return undefined;
  const best = candidates.length ? candidates[0].distance : Infinity;
  if (isShipName(canon, text, Math.min(best, plural?.distance ?? Infinity))) return undefined;
  if (isOtherName(text, key, candidates, best)) return undefined;
  return misspelling(canon, text, key, candidates, best, plural);
}

/**
 * True when `text` is a proper name the dictionaries carry, as they write it (`Easter`, `Yale`, `Toyota`),
 * and no slip of a canon name is likely: the nearest is two edits away (`Easter` → Maester), or one edit
 * in the first letter (`Yale` → Hale), which writers seldom miss, unless the two letters spell one sound
 * (`Catherine` for a canon `Katherine`, `Isolde` for `Ysolde`: a name misremembered). Such a word is the
 * place, day or person it names. A one-edit slip elsewhere in a name (`Paris` for a canon `Pris`) is
 * still reported.
 */
function isOtherName(text: string, key: string, candidates: readonly { key: string; distance: number }[], best: number): boolean {
  if (!upperRe.test(text[0]) || isAllCaps(text)) return false;
  // The dictionary last: most typos are one edit from a name with their first letter, and need no lookup.
  if (best < 2) {
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      if (c.distance <= best && (c.key[0] === key[0] || soundAlike(c.key[0], key[0]))) return false;
    }
  }
  return isDictionaryName(text);
}

/** First letters that spell one sound, which a writer misremembering a name swaps (`Catherine`, `Isolde`). */
const soundAlikes = ['ck', 'cs', 'kq', 'gj', 'sz', 'fv', 'iy', 'ei', 'ae', 'ou'];

function soundAlike(a: string, b: string): boolean {
  return soundAlikes.includes(a + b) || soundAlikes.includes(b + a);
}

/** For a lowercase part of a hyphenated word: `'canon'` when it is a canon word (or its plural), else nothing. */
function canonOrNothing(canon: CanonIndex, text: string): 'canon' | undefined {
  return isCanonWord(canon, text) ? 'canon' : undefined;
}

/** True when `text` is a canon word, the plural or singular of one, or a term inflected, in any casing. */
function isCanonWord(canon: CanonIndex, text: string): boolean {
  const key = wordKey(text);
  return !!canon.word(key) || pluralStem(canon, key) !== undefined || isInflectedTerm(canon, key);
}

const termSuffixes = ['ing', 'ed', 'd', 'es', 's', 'er', 'ers'];

/**
 * True when `key` is a lowercase canon term with an English inflection, as English spells it: a canon
 * verb lists its base (`apparate`) and the prose writes `apparated`, `disapparating`, `apparates`; a
 * silent `e` dropped (`apparat-ing`) or a consonant doubled (`grokk-ed` for a canon `grok`).
 */
function isInflectedTerm(canon: CanonIndex, key: string): boolean {
  if (key.length < 5) return false;
  const term = (k: string) => k.length >= 3 && canon.word(k)?.term === true;
  for (let k = 0; k < termSuffixes.length; k++) {
    const x = termSuffixes[k];
    if (!key.endsWith(x)) continue;
    const base = key.slice(0, -x.length);
    // A silent `e` goes before a vowel: `apparateing` and `apparateed` are slips, not inflections.
    if ((x[0] === 'i' || x[0] === 'e') && base.endsWith('e') && !base.endsWith('ee')) continue;
    if (term(base) || term(`${base}e`)) return true;
    if (base.length >= 4 && base[base.length - 1] === base[base.length - 2] && term(base.slice(0, -1))) return true;
  }
  return false;
}

/**
 * True when `key` is a canon name of 4+ letters made an adjective with `-y` (`Hufflepuffy`, `Snapey`), as
 * fandom prose does: the name ends in a consonant or a silent `e` (`Harryy` and `Dracoy` are slips), and
 * no other canon word is one edit away (then it may be that word's slip). Without this, Fix all rewrote
 * `very Hufflepuffy` to `very Hufflepuff`: one candidate, one edit away, no English word.
 */
function isNameAdjective(canon: CanonIndex, key: string): boolean {
  if (key.length < 5 || !key.endsWith('y')) return false;
  const base = key.slice(0, -1);
  const info = canon.word(base);
  if (!info || info.term) return false;
  const last = base[base.length - 1];
  if (/[aiouy]/.test(last)) return false;
  return canon.similar(key).every((c) => c.key === base || c.distance > 1);
}

/**
 * The canon key that `key` is the plural of (`weasleys` → `weasley`, `wilcoxes` → `wilcox`, `marys` →
 * `mary`) or the singular of (`gaverick` → `gavericks`), or undefined.
 */
function pluralStem(canon: CanonIndex, key: string): string | undefined {
  if (key.length < 3) return undefined;
  if (key.endsWith('s')) {
    if (canon.word(key.slice(0, -1))) return key.slice(0, -1);
    if (key.endsWith('es') && canon.word(key.slice(0, -2))) return key.slice(0, -2);
  }
  if (canon.word(`${key}s`)) return `${key}s`;
  if (canon.word(`${key}es`)) return `${key}es`;
  return undefined;
}

/**
 * A plural (or the singular of a plural entry) of a canon word: `'name'` when written with the canon's
 * capitals (`the Weasleys`, `the Potters'`, `Gaverick`), `'canon'` otherwise (never a finding: a plural is
 * not a misspelling, and a lowercase plural is more often an English word than a miscased name).
 */
function numberForm(canon: CanonIndex, text: string, key: string): 'name' | 'canon' | undefined {
  const stem = pluralStem(canon, key);
  if (stem === undefined) return undefined;
  const info = canon.word(stem)!;
  if (info.term) return 'canon';
  const written = stem.length < key.length ? `${text}${stem.slice(key.length)}` : text.slice(0, stem.length);
  return info.forms.some((f) => f === written || f.toLowerCase() === written.toLowerCase()) && upperRe.test(text[0]) ? 'name' : 'canon';
}

/**
 * True when `form` (a canon spelling) and `written` differ as romanizations of a long vowel: one of them
 * marks it (`ō`, `û`) or spells it out as `ou` or `uu` (`Hougyoku`, `Shirou`, `Ryuuga`). A doubled letter
 * in `John` or `Todd` (`Joohn`, `Toodd`) is a typo, not a romanization.
 */
function longVowelAt(form: string, written: string): boolean {
  return hasMarkedVowel(form) || hasMarkedVowel(written) || /uu|ou/i.test(form) || /uu|ou/i.test(written);
}

const markedVowelRe = /[̀-ͯ]/;

function hasMarkedVowel(word: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/^[\x00-\x7f]*$/.test(word) && markedVowelRe.test(word.normalize('NFD'));
}

/**
 * A ship name made of two canon names: camel-cased prefixes (`RenRuki`, `IchiRuki`) or a blend of one
 * name's start and another's end (`Drarry`, `Romione`). A word one edit from a name is a typo unless
 * camel-cased, so blends never hide a near miss such as `Hinny` for `Ginny`.
 */
function isShipName(canon: CanonIndex, text: string, bestDistance: number): boolean {
  if (!upperRe.test(text[0]) || isAllCaps(text)) return false;
  const lower = wordKey(text);
  for (let k = 2; k <= text.length - 2; k++) {
    if (isUpperAt(text, k) && canon.hasNamePrefix(lower.slice(0, k)) && canon.hasNamePrefix(lower.slice(k))) return true;
  }
  if (bestDistance < 2) return false;
  for (let k = 2; k <= lower.length - 4; k++) {
    const head = lower.slice(0, k);
    if (!canon.hasNamePrefix(head)) break; // a longer head cannot be a prefix either
    if (canon.namesEndingWith(lower.slice(k)).some((name) => !name.startsWith(head))) return true;
  }
  return false;
}

/** True when `text[k]` is an uppercase letter (`\p{Lu}`): ASCII by its code, without a regex per letter. */
function isUpperAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : upperRe.test(text[k]);
}

