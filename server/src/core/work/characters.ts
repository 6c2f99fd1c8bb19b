/**
 * Per character of the canon: how often a fic mentions them, and how many lines of dialogue a speech tag
 * gives them (`"…," Renji said`, `said Rukia`, `Rukia asked, "…"`). A tag must name the speaker by a
 * canon name next to a speech verb; pronouns (`she said`) and unattributed lines count for no one, so
 * the dialogue figure is a lower bound: what the text says outright.
 */
import type { FicModel, Quote } from '../model';
import type { CanonIndex } from '../canon/canonIndex';
import { wordKey } from '../canon/canonIndex';
import { countMentions } from '../count/mentions';
import { documentCanon } from '../canon/headerNames';

export interface CharacterStats {
  /** The canon entry's name (`Rukia Kuchiki`). */
  readonly name: string;
  /** Mentions in the story (`Rukia Kuchiki` once; see `count/mentions.ts`). */
  readonly mentions: number;
  /** Lines of dialogue a speech tag attributes to them. */
  readonly lines: number;
}

/**
 * Speech verbs of tags, past and present (`said`, `says`), from what fic tags use most. Conservative on
 * purpose: an action beat (`Renji smiled.`) is not a tag, so `smiled`, `laughed`, `nodded` are absent.
 */
const speechVerbs = new Set(
  (
    'said says asked asks replied replies answered answers whispered whispers shouted shouts yelled yells called calls ' +
    'cried cries muttered mutters murmured murmurs snapped snaps added adds continued continues told tells began begins ' +
    'explained explains insisted insists demanded demands admitted admits agreed agrees repeated repeats hissed hisses ' +
    'growled growls mumbled mumbles screamed screams exclaimed exclaims breathed breathes stammered stammers ' +
    'stuttered stutters offered offers suggested suggests warned warns argued argues protested protests teased teases ' +
    'interrupted interrupts corrected corrects drawled drawls retorted retorts countered counters responded responds ' +
    'pleaded pleads begged begs ordered orders announced announces declared declares wondered wonders noted notes ' +
    'remarked remarks observed observes grumbled grumbles groaned groans sobbed sobs whimpered whimpers quipped quips'
  ).split(' '),
);

const nameWord = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/** After the quote: `, Renji said` / `Renji said` / `said Renji` (the tag starts the rest of the sentence). */
const afterRe = new RegExp(`^[\\s,]*(?:(${nameWord})(?:\\s+${nameWord})?\\s+(\\p{Ll}+)|(\\p{Ll}+)\\s+(${nameWord}))`, 'u');
/** Before the quote: `Rukia said, "…"` / `Rukia asked: "…"`. */
const beforeRe = new RegExp(`(${nameWord})(?:\\s+${nameWord})?\\s+(\\p{Ll}+)\\s*[,:]\\s*$`, 'u');
/** How far around a quote a tag is looked for. */
const reach = 80;

/**
 * Mentions and attributed dialogue lines of every canon entry `model` mentions, most mentioned first.
 */
export function characterStats(model: FicModel, canon: CanonIndex): CharacterStats[] {
  const docCanon = documentCanon(model, canon);
  if (docCanon.size === 0) return [];
  const byName = new Map<string, { mentions: number; lines: number }>();
  for (const m of countMentions(model, canon)) byName.set(m.name, { mentions: m.total, lines: 0 });
  for (const quote of model.quotes) {
    if (quote.kind !== 'dialogue' || quote.continues) continue;
    const speaker = speakerOf(model, quote);
    const entry = speaker ? docCanon.word(wordKey(speaker))?.entries.find((e) => !e.term) : undefined;
    if (!entry) continue;
    const stats = byName.get(entry.name) ?? { mentions: 0, lines: 0 };
    stats.lines++;
    byName.set(entry.name, stats);
  }
  return [...byName].map(([name, s]) => ({ name, ...s })).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** The name word a speech tag next to `quote` gives as its speaker, or undefined. */
export function speakerOf(model: FicModel, quote: Quote): string | undefined {
  const para = paragraphAround(model, quote.start);
  const after = model.source.slice(quote.end, Math.min(para.end, quote.end + reach));
  const m = afterRe.exec(after);
  if (m) {
    if (m[1] && speechVerbs.has(m[2]!)) return m[1];
    if (m[3] && speechVerbs.has(m[3]) && m[4]) return m[4];
  }
  const before = model.source.slice(Math.max(para.start, quote.start - reach), quote.start);
  const b = beforeRe.exec(before);
  if (b && speechVerbs.has(b[2]!)) return b[1];
  return undefined;
}

function paragraphAround(model: FicModel, offset: number): { start: number; end: number } {
  const paragraphs = model.paragraphs;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return paragraphs[lo] ?? { start: 0, end: model.source.length };
}
