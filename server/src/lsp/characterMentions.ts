/**
 * A canon name under the cursor, and its mentions in every chapter file of the workspace (open ones from
 * the editor, closed ones from the work index), for rename, references and workspace symbols.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import type { CanonIndex } from '../core/canon/canonIndex';
import { wordKey } from '../core/canon/canonIndex';
import type { CanonEntry } from '../core/canon/canonFile';
import { documentCanon } from '../core/canon/headerNames';
import type { FicModel, Span } from '../core/model';
import { findMentions, type Mention } from '../core/work/mentions';
import type { ServerContext } from './context';
import type { OpenFic } from './openFic';
import { pathToUri, uriToPath, type WorkIndex } from './workIndex';

/** A canon name word at a place in a document. */
export interface NameAt extends Span {
  /** The word as the canon spells it (`Rukia`, `Weasley`). */
  readonly name: string;
  /** Canon entries that hold the word (`Rukia Kuchiki`). */
  readonly entries: readonly CanonEntry[];
  /** The canon the document is checked against (for telling plurals from other names). */
  readonly canon: CanonIndex;
}

const letterRe = /[\p{L}\p{M}\p{Nd}]/u;
/** Longest word looked at around the cursor: a name is never longer. */
const maxWord = 100;

/** The canon name word at `offset` in `model` (also from its plural or possessive), or undefined. */
export function nameAt(model: FicModel, offset: number, canon: CanonIndex): NameAt | undefined {
  const source = model.source;
  const from = Math.max(0, offset - maxWord);
  const around = source.slice(from, Math.min(source.length, offset + maxWord));
  let s = offset - from;
  let e = s;
  while (s > 0 && letterRe.test(around[s - 1]!)) s--;
  while (e < around.length && letterRe.test(around[e]!)) e++;
  if (s === e) return undefined;
  const word = around.slice(s, e);
  const docCanon = documentCanon(model, canon);
  for (const stem of [word, word.replace(/e?s$/i, ''), word.replace(/s$/i, '')]) {
    if (!stem) continue;
    const known = docCanon.word(wordKey(stem));
    const form = known?.forms.find((f) => f === stem || f.toUpperCase() === stem);
    const entries = known?.entries.filter((en) => !en.term) ?? [];
    if (form && entries.length > 0) return { start: from + s, end: from + s + stem.length, name: form, entries, canon: docCanon };
  }
  return undefined;
}

/** A chapter file's mentions of a name, with a way to turn offsets into ranges. */
export interface FileMentions {
  readonly uri: string;
  readonly text: string;
  readonly mentions: Mention[];
  /** The open document's version (for versioned edits), or null for a closed file. */
  readonly version: number | null;
  range(start: number, end: number): Range;
}

/** Mentions of `name` in every chapter file: the workspace's (open or not) and `origin` itself. */
export function mentionsEverywhere(ctx: ServerContext, index: WorkIndex, origin: OpenFic, at: NameAt): FileMentions[] {
  const uris = new Set(index.chapterFiles().map(pathToUri));
  uris.add(origin.uri);
  const isOther = (w: string) => at.canon.word(wordKey(w)) !== undefined;
  const out: FileMentions[] = [];
  for (const uri of [...uris].sort()) {
    const fic = ctx.fic(uri);
    const file = uriToPath(uri);
    const text = fic ? fic.document.getText() : file ? index.text(file) : undefined;
    if (text === undefined) continue;
    const mentions = findMentions(text, at.name, isOther);
    if (mentions.length === 0) continue;
    const doc = fic?.document ?? TextDocument.create(uri, 'fic', 0, text);
    out.push({
      uri,
      text,
      mentions,
      version: fic ? fic.document.version : null,
      range: (start, end) => ({ start: doc.positionAt(start), end: doc.positionAt(end) }),
    });
  }
  return out;
}
