/**
 * Does a fic read as English? Asked only when its header names no language: a French, German, Spanish or
 * Russian fic spell-checked against an English dictionary would be flagged on nearly every word.
 *
 * The vote reads the fic's first `sampleWords` words after the header. English prose is about a third
 * function words (`the`, `and`, `was`, `she`...): the list below holds only the ones no other Latin-script
 * language uses as a common word (no `a`, `me`, `no`, `so`, `in`, `was`...), so a French or Spanish page
 * scores near zero and an English one far above the threshold. Words of other scripts vote against English.
 * With too few Latin words for a share (a new document, a drabble's first lines), a dozen words without one
 * English function word are not English, and otherwise the dialogue convention the parse read decides:
 * « », „ “, dash dialogue or 「」 mean another language; anything else is English.
 *
 * The first words of a long fic change rarely and a few keystrokes cannot tip a few hundred votes, so the
 * verdict is stable while the writer types.
 */
import type { FicModel } from '../model';

/** How many words the vote reads (a bound: the verdict costs the same at any length). */
const sampleWords = 600;
/** Fewer Latin-script words than this and the convention decides. */
const minimumVotes = 40;
/** A dozen English words without one function word among them is no English sentence. */
const shortVotes = 12;
/** English prose scores 0.25–0.45 on this list; other Latin-script languages under 0.03. */
const englishShare = 0.1;

const englishFunctionWords = new Set([
  'the', 'and', 'of', 'to', 'that', 'with', 'for', 'at', 'but', 'had', 'not', 'my', 'they', 'we', 'this',
  'what', 'said', 'were', 'have', 'him', 'his', 'her', 'she', 'he', 'it', 'from', 'there', 'would', 'could',
  'into', 'be', 'is', 'just', 'like', 'out', 'up', 'you', 'your', 'been', 'their', 'them', 'which',
  'when', 'about', 'didn', 'don', 'then', 'than', 'because', 'where', 'one', 'back', 'only', 'through',
]);

const englishConventions = new Set(['en-US', 'en-GB']);

/** True when `model`'s prose reads as English (see the module comment). */
export function readsAsEnglish(model: FicModel): boolean {
  const words = model.words;
  const source = model.source;
  const from = model.header ? model.header.end : 0;
  let i = firstWordAt(words, from);
  let latin = 0;
  let other = 0;
  let english = 0;
  for (let n = 0; i < words.length && n < sampleWords; i += 2, n++) {
    const start = words[i];
    const end = words[i + 1];
    const first = source.charCodeAt(start);
    if (!isLatinLetter(first)) {
      if (first > 0x24f) other++;
      continue;
    }
    latin++;
    if (end - start <= 7 && englishFunctionWords.has(source.slice(start, end).toLowerCase())) english++;
  }
  if (other > latin) return false;
  if (latin < minimumVotes) return (latin < shortVotes || english > 0) && englishConventions.has(model.dialogue.style);
  return english / latin >= englishShare;
}

/** Index (even) of the first word starting at or after `offset` in the flat `[start, end, ...]` array. */
function firstWordAt(words: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = words.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid * 2] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
