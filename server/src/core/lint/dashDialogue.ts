/**
 * Dash dialogue (`es`, `ru`): a line of speech opens with an em dash, and the narrator's incise is set off
 * by dashes (`—Espera —dijo Marta—, ya voy.`; `— Привет, — сказал он.`). Checked on lines that open with a
 * dialogue dash:
 *   - `dialogue.dash`: a hyphen (or in Spanish an en dash) used as the dialogue or incise dash
 *     (`-Hola` → `—Hola`, `- Привет` → `— Привет`). Russian print often uses the en dash, so it is left alone.
 *   - `dialogue.incise-punctuation`: a full stop before a speech-verb incise (`—Espera. —dijo` → `—Espera
 *     —dijo`; Russian wants a comma: `— Привет. — сказал` → `— Привет, — сказал`), and in Spanish the comma
 *     that belongs after the incise's closing dash (`prisa, —respondió Marta— pero` → `prisa —respondió
 *     Marta—, pero`).
 *   - `dialogue.incise-case`: the incise's speech verb in lowercase (`—Dijo` → `—dijo`).
 */
import { LintCode, type Lint } from '../lint';
import { fixLint, type ParagraphText } from './paragraph';
import { russianSpeechVerbs, spanishSpeechVerbs } from './words';

const EM = '\u2014';
const wordRe = /[\p{L}\p{M}]+/uy;
const isLetter = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{M}]/u.test(ch);
const isDash = (ch: string | undefined): boolean => ch === EM || ch === '\u2013' || ch === '-';

/** The dialogue dash opening the line at `at` (`—`, `–`, `-` or `--`), as `[start, end)`, or undefined. */
function openingDash(text: string, at: number): [number, number] | undefined {
  const ch = text[at];
  if (!isDash(ch)) return undefined;
  const end = ch === '-' && text[at + 1] === '-' ? at + 2 : at + 1;
  let i = end;
  while (text[i] === ' ' || text[i] === '\u00a0') i++;
  // Speech follows: a letter, a digit, an opening `¿`/`¡`, an ellipsis or a quote; not a list's `- ` item of a number.
  return i < text.length && /[\p{L}\p{N}¿¡…."«]/u.test(text[i]!) ? [at, end] : undefined;
}

function speechVerb(word: string, convention: 'es' | 'ru'): boolean {
  return (convention === 'es' ? spanishSpeechVerbs : russianSpeechVerbs).has(word.toLowerCase());
}

/** Dash-dialogue findings of one paragraph in the `es` or `ru` convention. */
export function checkDashDialogue(p: ParagraphText, out: Lint[]): void {
  const convention = p.convention;
  if (convention !== 'es' && convention !== 'ru') return;
  const { text } = p;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    while (s < lineEnd && (text[s] === ' ' || text[s] === '\t' || text[s] === '\r')) s++;
    const dash = openingDash(text, s);
    if (dash) checkLine(p, convention, dash, lineEnd, out);
    lineStart = lineEnd + 1;
  }
}

function badDash(text: string, start: number, end: number, convention: 'es' | 'ru'): boolean {
  const d = text.slice(start, end);
  return d === '-' || d === '--' || (convention === 'es' && d === '\u2013');
}

function checkLine(p: ParagraphText, convention: 'es' | 'ru', dash: [number, number], lineEnd: number, out: Lint[]): void {
  const { text } = p;
  const dashMessage = 'The dialogue dash is an em dash (—), not a hyphen or an en dash.';
  if (badDash(text, dash[0], dash[1], convention)) out.push(fixLint(p, LintCode.DialogueDash, 'warning', dash[0], dash[1], dashMessage, EM));
  // Incise dashes: a dash after a space, followed by a word (`—Hola —dijo ella`).
  for (let i = dash[1]; i < lineEnd; i++) {
    const ch = text[i]!;
    if (!isDash(ch)) continue;
    const end = ch === '-' && text[i + 1] === '-' ? i + 2 : i + 1;
    const opens = /[ \u00a0]/.test(text[i - 1] ?? '') && (isLetter(text[end]) || (convention === 'ru' && text[end] === ' ' && isLetter(text[end + 1])));
    if (!opens) {
      // A closing incise dash in Spanish: a letter before, a space or punctuation after (`ella-.`, `Marta- pero`).
      if (convention === 'es' && ch !== EM && isLetter(text[i - 1]) && !isLetter(text[end]) && badDash(text, i, end, convention) && insideIncise(text, dash[1], i)) {
        out.push(fixLint(p, LintCode.DialogueDash, 'warning', i, end, dashMessage, EM));
      }
      i = end - 1;
      continue;
    }
    if (badDash(text, i, end, convention)) out.push(fixLint(p, LintCode.DialogueDash, 'warning', i, end, dashMessage, EM));
    let w = end;
    while (text[w] === ' ') w++;
    wordRe.lastIndex = w;
    const m = wordRe.exec(text);
    if (!m || !speechVerb(m[0], convention)) {
      i = end - 1;
      continue;
    }
    const verb = m[0];
    if (verb[0] !== verb[0]!.toLowerCase()) {
      out.push(fixLint(p, LintCode.InciseCase, 'warning', w, w + verb.length, `The incise goes on with the speech: write ‘${verb.toLowerCase()}’ in lowercase.`, verb[0]!.toLowerCase() + verb.slice(1)));
    }
    checkBeforeIncise(p, convention, i, w + verb.length, lineEnd, out);
    i = end - 1;
  }
}

/** Whether an incise is open at `at`: an odd number of incise dashes since the speech began. */
function insideIncise(text: string, from: number, at: number): boolean {
  let dashes = 0;
  for (let i = from; i < at; i++) if (isDash(text[i]) && /[ \u00a0]/.test(text[i - 1] ?? '')) dashes++;
  return dashes % 2 === 1;
}

/**
 * Abbreviations whose full stop stays before an incise (`las tres p. m. —dijo`, `la Sra. —dijo`, `etc.`,
 * `в 5 ч. — сказал`), lowercase: Spanish and Russian titles, units and list endings.
 */
const abbreviations = new Set(`
  sr sra srta sres sras dr dra dres ud uds vd vds etc lic ing prof pág núm art cía ee uu
  др пр см стр руб коп тыс млн млрд ул кв мин сек гг вв проф тов
`.split(/\s+/).filter(Boolean));

/** The full stop at `stop` ends an abbreviation: one letter (`p. m.`, `т. е.`, `ч.`) or a known one. */
function abbreviationEnds(text: string, stop: number): boolean {
  let k = stop;
  while (k > 0 && isLetter(text[k - 1])) k--;
  const word = text.slice(k, stop);
  return word.length === 1 || abbreviations.has(word.toLowerCase());
}

/** The punctuation before a speech-verb incise that opens at the dash `d`. */
function checkBeforeIncise(p: ParagraphText, convention: 'es' | 'ru', d: number, afterVerb: number, lineEnd: number, out: Lint[]): void {
  const { text } = p;
  let b = d - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\u00a0')) b--;
  if (b < 0) return;
  const ch = text[b];
  if (ch === '.' && text[b - 1] !== '.' && !abbreviationEnds(text, b)) {
    const message = convention === 'es'
      ? 'No full stop before a speech-verb incise: the sentence ends after it (‘—Espera —dijo—.’).'
      : 'Before a speech-verb incise the speech ends with a comma (‘— Привет, — сказал он.’).';
    out.push(fixLint(p, LintCode.IncisePunctuation, 'warning', b, b + 1, message, convention === 'es' ? '' : ','));
    return;
  }
  if (ch !== ',' || convention !== 'es') return;
  // Spanish: the comma goes after the incise's closing dash, when the speech goes on after it.
  let close = -1;
  for (let i = afterVerb; i < lineEnd; i++) {
    if (text[i] === EM || ((text[i] === '-' || text[i] === '\u2013') && isLetter(text[i - 1]))) {
      close = i;
      break;
    }
    if (text[i] === '.' || text[i] === '?' || text[i] === '!') return; // the incise ends the sentence
  }
  if (close < 0) return;
  const next = text[close + 1];
  if (next !== ' ' && next !== ',') return;
  if (next === ' ' && !/[\p{Ll}]/u.test(text[close + 2] ?? '')) return; // a new sentence after the incise
  const message = 'The comma goes after the incise, not before it (‘prisa —respondió Marta—, pero’).';
  const replacement = next === ',' ? text.slice(b + 1, close + 1) : `${text.slice(b + 1, close + 1)},`;
  out.push(fixLint(p, LintCode.IncisePunctuation, 'warning', b, close + 1, message, replacement));
}
