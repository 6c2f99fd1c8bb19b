/**
 * Dialogue conventions: how a fic marks speech, and which convention a document is read with.
 *
 * Some delimiters mean the same in every convention and are read everywhere: `“…”` and `"…"`, `„…“`,
 * `«…»`, `»…«`, `「…」` and `『…』`. What a convention changes is small and decided here:
 * - `en-GB`: single quotes are speech (`'Run,' he said.`), thoughts are italics only;
 * - `fr`, `es`, `ru`: a paragraph that opens with a dash is speech (`—Hola —dijo ella—. ¿Vienes?`);
 *   in `fr` a paragraph opening with `»` carries on an open speech (the French *guillemet de rappel*)
 *   instead of opening one;
 * - `de`: `‘` closes a thought that `‚` opened (`‚Verdammt‘, dachte er.`).
 *
 * The convention comes from the `Language:` header field, else the `fic.dialogue.style` setting, else
 * the text: every prose paragraph's opening delimiter is one vote (see `openingClass`), and `decide`
 * weighs the votes. One vote per paragraph, counted when the paragraph is read, costs nothing; and a few
 * keystrokes change a few votes, which cannot flip a document with hundreds of dialogue paragraphs.
 */
import type { DialogueStyle } from '../model';
import { asciiWordAt, isSpace } from './chars';

export type { DialogueInfo, DialogueSetting, DialogueStyle } from '../model';

export const dialogueStyles: readonly DialogueStyle[] = ['en-US', 'en-GB', 'fr', 'de', 'es', 'ru', 'ja', 'zh'];

/** The switches a convention sets for the inline scan. */
export interface ConventionFlags {
  /** `'…'` and `‘…’` are speech, not thoughts (en-GB). */
  readonly singleSpeech: boolean;
  /** A paragraph that opens with a dash is speech, and dashes inside it mark the narrator's incises. */
  readonly dashSpeech: boolean;
  /** `»` never opens a speech; at a paragraph's start it carries an open one on (fr). */
  readonly frenchGuillemets: boolean;
  /** `‘` may close a thought (after `‚`: de). */
  readonly lowSingles: boolean;
}

const flags: Record<DialogueStyle, ConventionFlags> = {
  'en-US': { singleSpeech: false, dashSpeech: false, frenchGuillemets: false, lowSingles: false },
  'en-GB': { singleSpeech: true, dashSpeech: false, frenchGuillemets: false, lowSingles: false },
  fr: { singleSpeech: false, dashSpeech: true, frenchGuillemets: true, lowSingles: false },
  de: { singleSpeech: false, dashSpeech: false, frenchGuillemets: false, lowSingles: true },
  es: { singleSpeech: false, dashSpeech: true, frenchGuillemets: false, lowSingles: false },
  ru: { singleSpeech: false, dashSpeech: true, frenchGuillemets: false, lowSingles: false },
  ja: { singleSpeech: false, dashSpeech: false, frenchGuillemets: false, lowSingles: false },
  zh: { singleSpeech: false, dashSpeech: false, frenchGuillemets: false, lowSingles: false },
};

/** The scan switches of `style`. */
export function conventionFlags(style: DialogueStyle): ConventionFlags {
  return flags[style];
}

// Opening classes: what a prose paragraph opens with.
export const OPEN_NONE = 0;
export const OPEN_DOUBLE = 1; // " “
export const OPEN_SINGLE = 2; // ' ‘ (not an elision: `'Cause` is no vote)
export const OPEN_GUILLEMET = 3; // «
export const OPEN_GERMAN = 4; // „ or »word
export const OPEN_DASH = 5; // — – ― -- or a hyphen followed by speech
export const OPEN_CORNER = 6; // 「 『
export const OPEN_DASH_CYRILLIC = 7; // a speech dash before Cyrillic: ru
export const OPENING_CLASSES = 8;

/** Words that make a leading apostrophe an elision rather than a quote (no vote for single quotes). */
const elisionWords = new Set(['cause', 'cos', 'coz', 'cuz', 'em', 'til', 'tis', 'twas', 'bout', 'round', 'nother', 'kay', 'ello', 'ere']);

/** A dash unit: em dash, en dash, horizontal bar, or a hyphen (a hyphen is a dash only where it stands alone). */
export function isDashUnit(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2d;
}

/**
 * Whether `text[i, end)` opens with a speech dash: `—`, `–`, `―` or `--` followed by the speech, or a
 * single `-` followed by a space or a letter (`- Привет`, `-Hola`), but not a negative number (`-5`) or
 * a line of dashes. Returns the offset just past the dash, or -1.
 */
export function speechDashAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (!isDashUnit(c)) return -1;
  let j = i + 1;
  if (c === 0x2d && j < end && text.charCodeAt(j) === 0x2d) j++;
  if (j >= end) return -1;
  const next = text.charCodeAt(j);
  if (isDashUnit(next)) return -1;
  if (next >= 0x30 && next <= 0x39 && c === 0x2d) return -1;
  let k = j;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k >= end || k - j > 3) return -1;
  return j;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** False when a paragraph whose first unit is `c` has no opening class (`openingClass` is then 0). */
export function mayOpenVote(c: number): boolean {
  return !(c >= 0x2e && c < 0x80);
}

/** The opening class of the trimmed paragraph `text[start, end)` (one vote; see the module comment). */
export function openingClass(text: string, start: number, end: number): number {
  if (end - start < 2) return OPEN_NONE;
  const c = text.charCodeAt(start);
  if (!mayOpenVote(c)) return OPEN_NONE; // a letter, a digit, most punctuation: narration (the common case)
  const next = text.charCodeAt(start + 1);
  switch (c) {
    case 0x22:
    case 0x201c:
      return isSpace(next) ? OPEN_NONE : OPEN_DOUBLE;
    case 0x27:
    case 0x2018: {
      if (isSpace(next) || next === 0x27) return OPEN_NONE;
      if (next >= 0x30 && next <= 0x39) return OPEN_NONE; // '90s
      const w = asciiWordAt(text, start + 1, end, 8);
      return w !== '' && elisionWords.has(w) ? OPEN_NONE : OPEN_SINGLE;
    }
    case 0xab:
      return OPEN_GUILLEMET;
    case 0x201e:
      return OPEN_GERMAN;
    case 0xbb:
      return isSpace(next) ? OPEN_NONE : OPEN_GERMAN;
    case 0x300c:
    case 0x300e:
      return OPEN_CORNER;
    default: {
      const j = speechDashAt(text, start, end);
      if (j < 0) return OPEN_NONE;
      let k = j;
      while (k < end && k < j + 4 && !isLetter(text.charCodeAt(k))) k++;
      const l = k < end ? text.charCodeAt(k) : 0;
      return l >= 0x400 && l <= 0x4ff ? OPEN_DASH_CYRILLIC : OPEN_DASH;
    }
  }
}

/**
 * The convention the votes point to, and never one that a handful of votes decides:
 * - single quotes win over double quotes only with more than twice as many votes (an American fic full
 *   of quoted thoughts stays American; a British one has almost no paragraph opening with `"`);
 * - otherwise the class with the most votes wins, double quotes winning ties; no votes at all is en-US;
 * - dashes mostly before Cyrillic are ru; other dashes with any `«` vote, or `«` winning, fr; dashes
 *   alone es; `„`/`»` de; corner brackets ja.
 * `english`: the `Language:` field said English, so only en-US and en-GB are possible.
 */
export function decide(votes: ArrayLike<number>, english = false): DialogueStyle {
  const double = votes[OPEN_DOUBLE]!;
  const single = votes[OPEN_SINGLE]!;
  const british = single > 2 * double + 2;
  if (english) return british ? 'en-GB' : 'en-US';
  let best = OPEN_DOUBLE;
  let bestVotes = double;
  if (british && single > bestVotes) {
    best = OPEN_SINGLE;
    bestVotes = single;
  }
  const dashes = votes[OPEN_DASH]! + votes[OPEN_DASH_CYRILLIC]!;
  for (const k of [OPEN_GUILLEMET, OPEN_GERMAN, OPEN_DASH, OPEN_CORNER]) {
    const v = k === OPEN_DASH ? dashes : votes[k]!;
    if (v > bestVotes) {
      best = k;
      bestVotes = v;
    }
  }
  switch (best) {
    case OPEN_SINGLE:
      return 'en-GB';
    case OPEN_GUILLEMET:
      return 'fr';
    case OPEN_DASH:
      if (votes[OPEN_DASH_CYRILLIC]! * 2 > dashes) return 'ru';
      return votes[OPEN_GUILLEMET]! > 0 ? 'fr' : 'es';
    case OPEN_GERMAN:
      return 'de';
    case OPEN_CORNER:
      return 'ja';
    default:
      return 'en-US';
  }
}

/**
 * AO3's language names (as the Archive lists them, in their own script and in English) and ISO codes,
 * lower-cased, to the convention their fiction uses. `english` is en-US or en-GB as the text decides.
 */
const languages: Record<string, DialogueStyle | 'english'> = {
  english: 'english', en: 'english', 'en-us': 'en-US', 'en-gb': 'en-GB', 'american english': 'en-US', 'british english': 'en-GB',
  'en-au': 'en-GB', 'en-nz': 'en-GB', 'en-ie': 'en-GB', 'en-ca': 'en-US',
  français: 'fr', francais: 'fr', french: 'fr', fr: 'fr', italiano: 'fr', italian: 'fr', it: 'fr', català: 'fr', catalan: 'fr', ca: 'fr',
  ελληνικά: 'fr', greek: 'fr', el: 'fr',
  deutsch: 'de', german: 'de', de: 'de', čeština: 'de', czech: 'de', cs: 'de', dansk: 'de', danish: 'de', da: 'de',
  slovenčina: 'de', slovak: 'de', sk: 'de', lietuvių: 'de', lithuanian: 'de', lt: 'de',
  español: 'es', espanol: 'es', spanish: 'es', es: 'es', português: 'es', portuguese: 'es', pt: 'es', 'pt-br': 'es', 'pt-pt': 'es',
  'português brasileiro': 'es', 'português europeu': 'es', polski: 'es', polish: 'es', pl: 'es', magyar: 'es', hungarian: 'es', hu: 'es',
  svenska: 'es', swedish: 'es', sv: 'es', suomi: 'es', finnish: 'es', fi: 'es', türkçe: 'es', turkish: 'es', tr: 'es',
  русский: 'ru', russian: 'ru', ru: 'ru', українська: 'ru', ukrainian: 'ru', uk: 'ru', български: 'ru', bulgarian: 'ru', bg: 'ru',
  беларуская: 'ru', belarusian: 'ru', be: 'ru', српски: 'ru', serbian: 'ru', sr: 'ru',
  日本語: 'ja', japanese: 'ja', ja: 'ja', 中文: 'zh', chinese: 'zh', zh: 'zh', '中文-普通话 國語': 'zh', 'zh-cn': 'zh', 'zh-tw': 'zh',
  广东话: 'zh', 國語: 'zh', 普通话: 'zh',
};

/**
 * The convention a `Language:` field value names (`English`, `Français`, `fr`, `Deutsch`, `русский`,
 * `日本語`...), `english` for plain English, or undefined when the value names no language it knows.
 */
export function languageStyle(value: string): DialogueStyle | 'english' | undefined {
  const v = value.trim().replace(/[.;,]+$/, '').toLowerCase();
  if (v.length === 0 || v.length > 40) return undefined;
  const direct = languages[v];
  if (direct) return direct;
  // `English (UK)`, `Español (España)`, `中文-普通话 國語`: the first word or the part before a bracket.
  const head = v.split(/[\s(\-–—/,]+/u)[0] ?? '';
  return languages[head];
}
