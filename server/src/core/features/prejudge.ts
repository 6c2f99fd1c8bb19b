/**
 * A long fic's distinct words judged ahead, on another thread (`node/judgeWorker.ts`), while the server
 * parses the fic: judging is most of the first canon check (a 500k-word fic has ~5k distinct words at
 * ~25 µs each), and it needs only the text, the canon and the language, not the model. The server then
 * fills its own verdict table with the results (`usePrejudged`) before the first check, which finds every
 * word judged. Verdicts are a pure function of the word, the canon, the English variant and whether the
 * fic is in another language: the other thread reads the last two from the start of the text, and the
 * server uses its verdicts only when its own full reading agrees on all of them. Either way the lints are
 * the same; only where the judging ran differs.
 */
import type { CanonIndex } from '../canon/canonIndex';
import type { CanonText } from '../canon/canonSources';
import type { WordVerdict } from '../canon/judge';
import { VerdictTable, verdictTable } from '../canon/judge';
import { documentCanon, headerCanonEntries } from '../canon/headerNames';
import { scanWords, SpanBuffer } from '../count/wordScanner';
import type { SpellingSettings } from '../spelling/language';
import type { SpellingLanguage } from '../spelling/suggest';
import { parse } from '../parse/parse';
import { judgingLanguage } from './canonNames';
import type { FicModel } from '../model';

/** What the start of the text is read from: the header and the English vote's sample lie well inside it. */
const headReach = 64 * 1024;

/** The verdicts on a text's distinct words, and what they were judged under. Plain data (crosses threads). */
export interface Prejudged {
  /** The names the header declares (`headerCanonEntries`), which the document canon adds to the canon. */
  readonly headerNames: readonly string[];
  /** The English variant spell-checked in (undefined: none), and whether the fic is in another language. */
  readonly language?: SpellingLanguage;
  readonly foreign: boolean;
  /** Words with nothing to say (most). */
  readonly plain: readonly string[];
  /** Words with findings or canon names, and their verdicts. */
  readonly marked: readonly string[];
  readonly verdicts: readonly WordVerdict[];
}

/**
 * Judges every distinct AO3 word of `text` against `canon` (the workspace canon, without the fic's header
 * names: they are read here) with English spelling as `spelling` says. Linear in the text; never throws
 * on any text. The header and language are read from the text's first 64K units (cut at a line end).
 */
export function prejudge(text: string, canon: CanonIndex, spelling: SpellingSettings | undefined): Prejudged {
  const head = headOf(text);
  const docCanon = documentCanon(head, canon);
  const { language, foreign } = judgingLanguage(head, spelling);
  const table = new VerdictTable(docCanon, language, foreign);
  const judged = table.recordWords();
  const words = new SpanBuffer((text.length >>> 4) * 3 + 8);
  scanWords(text, 0, text.length, words);
  const data = words.data;
  for (let i = 0; i < words.size; i += 2) table.flagsOf(text, data[i], data[i + 1]);
  const plain: string[] = [];
  const marked: string[] = [];
  const verdicts: WordVerdict[] = [];
  for (const word of judged) {
    const verdict = table.judge(word, 0, word.length);
    if (verdict.findings.length === 0 && verdict.names.length === 0) plain.push(word);
    else {
      marked.push(word);
      verdicts.push(verdict);
    }
  }
  return { headerNames: headerCanonEntries(head).map((e) => e.name), language, foreign, plain, marked, verdicts };
}

/** The model of the text's start, for its header and language (a cut mid-header reads differently: see `usePrejudged`). */
function headOf(text: string): FicModel {
  if (text.length <= headReach) return parse(text);
  const cut = text.lastIndexOf('\n', headReach);
  return parse(text.slice(0, cut > 0 ? cut : headReach));
}

/**
 * Fills the verdict table the canon check of `model` under `canon` and `spelling` will use with `p`'s
 * verdicts, when they were judged under the same: the same base canon (the caller's to say), the same
 * header names, language and `foreign`. Returns whether it did; when not, the check judges every word
 * itself, as without `p`. Words the table already has keep their verdicts.
 */
export function usePrejudged(model: FicModel, canon: CanonIndex, spelling: SpellingSettings | undefined, p: Prejudged): boolean {
  const names = headerCanonEntries(model).map((e) => e.name);
  if (names.length !== p.headerNames.length || names.some((n, i) => n !== p.headerNames[i])) return false;
  const { language, foreign } = judgingLanguage(model, spelling);
  if (language !== p.language || foreign !== p.foreign) return false;
  const table = verdictTable(documentCanon(model, canon), language, foreign);
  for (const word of p.plain) table.prefill(word);
  for (let i = 0; i < p.marked.length; i++) table.prefill(p.marked[i], p.verdicts[i]);
  return true;
}

/**
 * Where the server gets verdicts judged elsewhere (the Node entry point gives one that judges on a worker
 * thread; without one, the server judges every word itself).
 */
export interface VerdictSource {
  /** Readies itself, once `initialize` is answered (before the canon is read). */
  start?(): void;
  /** `index` was built from `texts` and `words` (`buildCanon`'s arguments): said before it is in use. */
  canonBuilt(index: CanonIndex, texts: readonly CanonText[], words: readonly string[]): void;
  /**
   * Judges the distinct words of `text` (`prejudge`) against the last canon built; resolves with the
   * verdicts and the canon they are for, or undefined when there are none.
   */
  judge(text: string, spelling: SpellingSettings | undefined): Promise<{ canon: CanonIndex; words: Prejudged } | undefined>;
}
