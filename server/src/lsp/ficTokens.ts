/**
 * The semantic tokens of one open fic: the canon names in it (for `character` tokens) and the last full
 * result, kept so that a delta request can answer with one small edit.
 */
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CanonIndex } from '../core/canon/canonIndex';
import { findCanonNameBounds } from '../core/features/canonNames';
import { diffSemanticTokens, getSemanticTokenData, getSemanticTokens } from '../core/features/semanticTokens';
import type { FicModel } from '../core/model';
import type { TextEdit } from '../core/parse/incremental';


export class FicTokens {
  /** Result ids differ between fics and between openings of one, so a client never mixes them up. */
  private readonly tag = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  private results = 0;
  private names: { model: FicModel; canon: CanonIndex; bounds: Uint32Array } | undefined;
  /** The last full result: kept as 4 bytes a number (a plain array holds 8: ~8 MB at 1M words). */
  private last: { resultId: string; data: Uint32Array } | undefined;

  /** Brings the names up to `model` (the document's text after `edits`, undefined: unknown). */
  private update(model: FicModel, canon: CanonIndex, _edits: readonly TextEdit[] | undefined): Uint32Array {
    if (!this.names || this.names.model !== model || this.names.canon !== canon) {
      this.names = { model, canon, bounds: findCanonNameBounds(model, canon) };
    }
    return this.names.bounds;
  }

  full(model: FicModel, _document: TextDocument, canon: CanonIndex, edits: readonly TextEdit[] | undefined): SemanticTokens {
    const names = this.update(model, canon, edits);
    const data = getSemanticTokenData(model, { names });
    const resultId = `${this.tag}.${++this.results}`;
    this.last = { resultId, data };
    return { resultId, data: Array.from(data) };
  }

  delta(previousResultId: string, model: FicModel, document: TextDocument, canon: CanonIndex, edits: readonly TextEdit[] | undefined): SemanticTokens | SemanticTokensDelta {
    const previous = this.last;
    const next = this.full(model, document, canon, edits);
    if (!previous || previous.resultId !== previousResultId) return next;
    return { resultId: next.resultId!, edits: diffSemanticTokens(previous.data, next.data) };
  }

  range(model: FicModel, document: TextDocument, canon: CanonIndex, edits: readonly TextEdit[] | undefined, startLine: number, end: number): number[] {
    const names = this.update(model, canon, edits);
    const range = { start: document.offsetAt({ line: startLine, character: 0 }), end, startLine };
    return getSemanticTokens(model, { names }, range);
  }

  dispose(): void {
    this.names = undefined;
    this.last = undefined;
  }
}
