/**
 * French incises written without dashes: the narrator's words inside a speech, `« Bonjour, dit-il,
 * comment vas-tu ? »`, `— Le tramway s'est arrêté, répondit Kaito. Il y avait de la neige.` In French
 * typography the incise stays inside the guillemets (or the dash line), so the scan reads the whole
 * span as speech; this cuts it out afterwards. An incise is, after `,` `!` `?` or `…`:
 *   - a verb with an inverted pronoun (`dit-il`, `demanda-t-elle`, `s'écria-t-on`, `dis-je`), or
 *   - a speech verb followed by a capitalised name (`répondit Kaito`, `dit Mireille`);
 * and it runs to the next `,` `.` `;` `!` `?` `…` (or the end of the span). The speech goes on after it.
 */
import type { MutableQuote } from './quotes';

const speechVerbs = [
  'dit', 'répondit', 'demanda', 'murmura', 'cria', 'écria', 'ajouta', 'reprit', 'souffla', 'lança', 'fit', 'expliqua',
  'poursuivit', 'continua', 'répliqua', 'soupira', 'chuchota', 'hurla', 'déclara', 'interrompit', 'observa', 'remarqua',
  'rétorqua', 'insista', 'affirma', 'avoua', 'admit', 'conclut', 'commença', 'proposa', 'protesta', 'grogna', 'gronda',
  'exclama', 'balbutia', 'bredouilla', 'marmonna', 'annonça', 'confirma', 'questionna', 'sourit', 'rit', 'lâcha', 'glissa',
  'dis', 'répondis', 'demandai', 'murmurai', 'ajoutai', 'repris', 'fis',
].join('|');

/** An incise's start (group 1 starts after the punctuation and spaces). */
const inciseRe = new RegExp(
  `[,!?…]\\s+((?:[sm]['’])?(?:\\p{Ll}+(?:-t)?-(?:il|elle|on|ils|elles|je)(?!\\p{L})|(?:${speechVerbs})\\s+\\p{Lu}))`,
  'uy',
);

/** The first incise in `text[from, to)`: the offset where its words start, or -1. */
function findIncise(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2c && c !== 0x21 && c !== 0x3f && c !== 0x2026) continue;
    inciseRe.lastIndex = i;
    const m = inciseRe.exec(text);
    if (m && i + m[0].length <= to) return i + m[0].length - m[1]!.length;
  }
  return -1;
}

/** The first `,` `.` `;` `!` `?` `…` `»` in `text[from, to)`, or `to`. */
function inciseStop(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0xbb) return i;
  }
  return to;
}

/**
 * Splits each French speech of `quotes[from..]` (style `guillemet` or `dash`) around its incises, in
 * place; the pieces keep the speech's links (`continues` on the first, `continued`/`closed` on the last).
 * Returns the piece that now ends where `open` ended (the speech left open), or `open` itself.
 */
export function splitFrenchIncises(text: string, quotes: MutableQuote[], from: number, open: MutableQuote | undefined): MutableQuote | undefined {
  let result = open;
  for (let k = from; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.kind !== 'dialogue' || (q.style !== 'guillemet' && q.style !== 'dash')) continue;
    const start = findIncise(text, q.start + 1, q.end);
    if (start < 0) continue;
    const stop = inciseStop(text, start, q.end);
    let resume = stop < q.end && text.charCodeAt(stop) !== 0xbb ? stop + 1 : stop;
    while (resume < q.end && /\s/.test(text[resume]!)) resume++;
    const speechEnd = trimEnd(text, q.start, start);
    const rest: MutableQuote | undefined = resume < q.end && text.charCodeAt(resume) !== 0xbb
      ? { start: resume, end: q.end, kind: 'dialogue', style: q.style, closed: q.closed, continues: false, continued: q.continued }
      : undefined;
    if (rest) {
      q.closed = true;
      q.continued = false;
      q.end = speechEnd;
      quotes.splice(k + 1, 0, rest);
      if (open === q) result = rest;
      open = result;
    } else {
      q.end = speechEnd;
      if (q.end < q.start + 1) q.end = q.start + 1;
    }
  }
  return result;
}

function trimEnd(text: string, floor: number, i: number): number {
  while (i > floor + 1 && /\s/.test(text[i - 1]!)) i--;
  return i;
}
