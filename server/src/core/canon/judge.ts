/**
 * The verdict on one AO3 word (`Rukai's`, `Ichigo-kun`, `rukia`) against a canon index, cached per index
 * and distinct word text, so a 500k-word fic costs one Map lookup per word after the first sighting.
 */
import { isEnglishWord } from './english';
import { wordKey, type CanonIndex, type CanonWord } from './canonIndex';
import { detach } from '../parse/chars';

export type Finding =
  | { readonly kind: 'misspelled'; readonly suggestions: readonly string[] }
  | { readonly kind: 'casing'; readonly suggestion: string }
  | { readonly kind: 'romanization'; readonly suggestion: string };

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
const maxSuggestions = 5;
/** No name word is longer; longer runs (URLs, base64, keyboard mashing) are skipped, which keeps lookups O(1). */
const maxNameLength = 40;
const letterRe = /\p{L}/u;
const digitRe = /\p{Nd}/u;
const upperRe = /\p{Lu}/u;
const lowerRe = /\p{Ll}/u;
const separatorRe = /[-'’‘]+/g;

/**
 * Verdicts of one canon index by word text, in an open-addressing table probed straight from the
 * document text, so the hot loop allocates nothing and touches only typed arrays for the many words
 * with nothing to say. A word is identified by its length and two independent 32-bit hashes (64 bits:
 * a collision among the few thousand distinct words of a fic is about 1 in 10^11).
 */
export class VerdictTable {
  private hashes = new Int32Array(1 << 12);
  private checks = new Int32Array(1 << 12);
  /** Word length per slot; 0 marks an empty slot. */
  private lengths = new Int32Array(1 << 12);
  /** Bit 1: has findings; bit 2: has canon names. */
  private flags = new Uint8Array(1 << 12);
  private verdicts: WordVerdict[] = new Array<WordVerdict>(1 << 12).fill(nothing);
  private size = 0;

  constructor(private readonly canon: CanonIndex) {}

  /** The verdict on `text[start, end)`. */
  judge(text: string, start: number, end: number): WordVerdict {
    // `slotOf` first: it may grow the table, and `this.verdicts[...]` would read the array before the call.
    const slot = this.slotOf(text, start, end);
    return this.verdicts[slot];
  }

  /** Bit 1 when `text[start, end)` has findings, bit 2 when it holds canon names (then call `judge`). */
  flagsOf(text: string, start: number, end: number): number {
    const slot = this.slotOf(text, start, end); // first, as in `judge`
    return this.flags[slot];
  }

  private slotOf(text: string, start: number, end: number): number {
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
    const mask = this.hashes.length - 1;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const l = this.lengths[slot];
      if (l === 0) break;
      if (l === length && this.hashes[slot] === h && this.checks[slot] === g) return slot;
    }
    // A copy, not a slice: verdicts outlive the document version, and a V8 slice of 13+ units keeps the
    // whole text it was cut from alive (12 MB per version at 1M words).
    const verdict = judgeUncached(this.canon, detach(text.slice(start, end)));
    if ((this.size + 1) * 2 > this.hashes.length) {
      this.grow();
      return this.insert(h, g, length, verdict);
    }
    return this.insert(h, g, length, verdict, slot);
  }

  private insert(h: number, g: number, length: number, verdict: WordVerdict, at = -1): number {
    const mask = this.hashes.length - 1;
    let slot = at;
    if (slot < 0) for (slot = h & mask; this.lengths[slot] !== 0; slot = (slot + 1) & mask);
    this.hashes[slot] = h;
    this.checks[slot] = g;
    this.lengths[slot] = length;
    this.verdicts[slot] = verdict;
    this.flags[slot] = (verdict.findings.length ? 1 : 0) | (verdict.names.length ? 2 : 0);
    this.size++;
    return slot;
  }

  private grow(): void {
    const { hashes, checks, lengths, verdicts } = this;
    const n = hashes.length * 2;
    this.hashes = new Int32Array(n);
    this.checks = new Int32Array(n);
    this.lengths = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.verdicts = new Array<WordVerdict>(n).fill(nothing);
    this.size = 0;
    for (let i = 0; i < hashes.length; i++) if (lengths[i] !== 0) this.insert(hashes[i], checks[i], lengths[i], verdicts[i]);
  }
}

export { detach }; // moved to parse/chars.ts (the parser needs it too)

const tables = new WeakMap<CanonIndex, VerdictTable>();

/** The verdict table of `canon` (one per index, so a canon change starts afresh). */
export function verdictTable(canon: CanonIndex): VerdictTable {
  let table = tables.get(canon);
  if (!table) tables.set(canon, (table = new VerdictTable(canon)));
  return table;
}

/** Judges `word` (one AO3 word span's text) against `canon`. Never throws; cached per index. */
export function judgeWord(canon: CanonIndex, word: string): WordVerdict {
  return verdictTable(canon).judge(word, 0, word.length);
}

function judgeUncached(canon: CanonIndex, word: string): WordVerdict {
  let core = word;
  // A possessive stays outside the reported span, so a fix keeps it: `Rukai's` → `Rukia's`.
  if (core.length > 3 && /['’][sS]$/.test(core)) core = core.slice(0, -2);
  if (core.length > 4 * maxNameLength || !letterRe.test(core) || digitRe.test(core)) return nothing;
  const findings: WordPart[] = [];
  const names: WordPart[] = [];
  const judgePart = (offset: number, text: string) => {
    const result = judgeName(canon, text);
    if (result === 'name') names.push({ offset, length: text.length, text });
    else if (result) findings.push({ offset, length: text.length, text, finding: result });
  };
  separatorRe.lastIndex = 0;
  if (!separatorRe.test(core)) judgePart(0, core);
  else {
    // A hyphenated canon name (`Jean-Luc`) is judged whole; otherwise each part alone (`Ichigo-kun`).
    const wholeKey = wordKey(core);
    const whole = canon.word(wholeKey);
    if (whole && whole.forms.includes(core)) names.push({ offset: 0, length: core.length, text: core });
    else if (!whole && isEnglishWord(wholeKey)) return nothing; // `ain't`, `o'clock`, `ma'am`
    else {
      separatorRe.lastIndex = 0;
      let from = 0;
      for (let m = separatorRe.exec(core); ; m = separatorRe.exec(core)) {
        const to = m ? m.index : core.length;
        if (to > from) judgePart(from, core.slice(from, to));
        if (!m) break;
        from = m.index + m[0].length;
      }
    }
  }
  return findings.length || names.length ? { findings, names } : nothing;
}

/** `'name'` for a canon name as written, a finding, or undefined for a fine word. */
function judgeName(canon: CanonIndex, text: string): Finding | 'name' | undefined {
  if (text.length < 2 || text.length > maxNameLength) return undefined;
  const key = wordKey(text);
  const info = canon.word(key);
  if (info) {
    if (info.forms.includes(text)) return info.term ? undefined : 'name';
    if (info.term) return undefined; // terms are fine in any case (`Bankai` opening a sentence)
    if (isAllCaps(text)) return 'name'; // shouting: `RUKIA!`
    if (isEnglishWord(key)) return undefined; // `will` for Will, `harry` for Harry
    return { kind: 'casing', suggestion: preferredForm(info, text) };
  }
  if (isEnglishWord(key)) return undefined;
  const roman = canon.romanizations(key).filter((form) => wordKey(form) !== key);
  if (roman.length) return { kind: 'romanization', suggestion: adaptCase(roman[0], text) };
  const candidates = canon.similar(key);
  if (candidates.length === 0) return undefined;
  const best = candidates[0].distance;
  if (isShipName(canon, text, best)) return undefined;
  const first = key[0];
  candidates.sort(
    (a, b) =>
      a.distance - b.distance ||
      Number(b.key[0] === first) - Number(a.key[0] === first) ||
      Math.abs(a.key.length - key.length) - Math.abs(b.key.length - key.length) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const suggestions: string[] = [];
  for (const c of candidates) {
    const info = canon.word(c.key);
    if (!info) continue;
    const s = adaptCase(preferredForm(info, text), text);
    if (!suggestions.includes(s)) suggestions.push(s);
    if (suggestions.length >= maxSuggestions) break;
  }
  return suggestions.length ? { kind: 'misspelled', suggestions } : undefined;
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
    if (upperRe.test(text[k]) && canon.hasNamePrefix(lower.slice(0, k)) && canon.hasNamePrefix(lower.slice(k))) return true;
  }
  if (bestDistance < 2) return false;
  for (let k = 2; k <= lower.length - 4; k++) {
    const head = lower.slice(0, k);
    if (!canon.hasNamePrefix(head)) break; // a longer head cannot be a prefix either
    if (canon.namesEndingWith(lower.slice(k)).some((name) => !name.startsWith(head))) return true;
  }
  return false;
}

/** The canon spelling to offer for `written`: a capitalized form for names, else the first form. */
function preferredForm(info: CanonWord, written: string): string {
  if (info.forms.length === 1) return info.forms[0];
  const capital = upperRe.test(written[0]);
  return info.forms.find((f) => upperRe.test(f[0]) === capital) ?? info.forms[0];
}

/** Keeps the writer's casing style: `RUKAI` → `RUKIA`; a capitalized term stays capitalized. */
function adaptCase(form: string, written: string): string {
  if (isAllCaps(written)) return form.toUpperCase();
  if (upperRe.test(written[0]) && !upperRe.test(form[0])) return form[0].toUpperCase() + form.slice(1);
  return form;
}

function isAllCaps(text: string): boolean {
  return text.length >= 2 && !lowerRe.test(text) && upperRe.test(text);
}
