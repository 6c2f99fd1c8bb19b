/**
 * The semantic tokens of one open fic: the canon names in it (for `character` tokens), found again only
 * around the edits, and its tokens, re-encoded only on the lines where the model or the names changed.
 * A delta request answers with what changed since the result the client has (see semanticTokenData.ts).
 */
import type { SemanticTokensDelta } from 'vscode-languageserver';
import type { CanonIndex } from '../core/canon/canonIndex';
import { canonNamesAfter, type CanonNames } from '../core/features/canonNames';
import { getSemanticTokens } from '../core/features/semanticTokens';
import { SemanticTokenData, unionChanges, type LineIndex, type TokenChange } from '../core/features/semanticTokenData';
import type { FicModel } from '../core/model';
import type { TextEdit } from '../core/parse/incremental';
import type { FicDocument } from './documents';

/** What changed since the tokens were last brought up to date (see `Missed` in openFic.ts). */
export interface TokenCatchUp {
  /** The document's edits since then; undefined when not known. */
  readonly edits: readonly TextEdit[] | undefined;
  /** Where the model's spans changed since then: null nowhere, undefined anywhere. */
  readonly region: TokenChange | null | undefined;
}

function lineIndex(document: FicDocument): LineIndex {
  return {
    lineCount: document.lineCount,
    lineAt: (offset) => document.positionAt(offset).line,
    lineStart: (line) => document.offsetAt({ line, character: 0 }),
  };
}

/** A full semantic-tokens result: the numbers as a copy the next edit leaves alone (see `JsonNumbers`). */
export interface FullTokens {
  readonly resultId: string;
  readonly data: Uint32Array;
}

export class FicTokens {
  /** Result ids differ between fics and between openings of one, so a client never mixes them up. */
  private readonly tag = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  private results = 0;
  private names: { base: CanonIndex; names: CanonNames } | undefined;
  private tokens: SemanticTokenData | undefined;
  /** The id of the last result handed out; `tokens` were marked then. */
  private resultId: string | undefined;

  /** Brings the names, and the tokens when there are any, up to `model` (the document's text now). */
  private update(model: FicModel, document: FicDocument, canon: CanonIndex, missed: TokenCatchUp): Uint32Array {
    const last = this.names;
    let namesChanged: TokenChange | null | undefined = null;
    if (!last || last.base !== canon || !missed.edits || missed.edits.length > 0) {
      // The last names are dropped for these, so their array may be edited in place.
      const next = canonNamesAfter(model, canon, last && last.base === canon && missed.edits ? { names: last.names, edits: missed.edits, consume: true } : undefined);
      namesChanged = next.changed;
      this.names = { base: canon, names: next.names };
    }
    const names = this.names!.names.bounds;
    const tokens = this.tokens;
    if (tokens) {
      const change = namesChanged === undefined || missed.region === undefined ? undefined : unionChanges(missed.region, namesChanged);
      if (change !== null) tokens.update(model, { names }, lineIndex(document), change);
    }
    return names;
  }

  /** Where the canon names of `model` are (shared with the tokens: the stats view's mentions read them too). */
  nameBounds(model: FicModel, document: FicDocument, canon: CanonIndex, missed: TokenCatchUp): Uint32Array {
    return this.update(model, document, canon, missed);
  }

  full(model: FicModel, document: FicDocument, canon: CanonIndex, missed: TokenCatchUp): FullTokens {
    const names = this.update(model, document, canon, missed);
    this.tokens ??= new SemanticTokenData(model, { names }, lineIndex(document));
    this.tokens.mark();
    this.resultId = `${this.tag}.${++this.results}`;
    // A typed copy (4 bytes a number), not a JS array (8, then a JSON string): the tokens are edited in
    // place while the reply may still be on its way out.
    return { resultId: this.resultId, data: this.tokens.view().slice() };
  }

  delta(previousResultId: string, model: FicModel, document: FicDocument, canon: CanonIndex, missed: TokenCatchUp): FullTokens | SemanticTokensDelta {
    if (!this.tokens || previousResultId !== this.resultId) return this.full(model, document, canon, missed);
    this.update(model, document, canon, missed);
    const edits = this.tokens.sinceMark();
    this.tokens.mark();
    if (edits.length > 0) this.resultId = `${this.tag}.${++this.results}`;
    return { resultId: this.resultId, edits };
  }

  range(model: FicModel, document: FicDocument, canon: CanonIndex, missed: TokenCatchUp, startLine: number, end: number): number[] {
    const names = this.update(model, document, canon, missed);
    const range = { start: document.offsetAt({ line: startLine, character: 0 }), end, startLine };
    return getSemanticTokens(model, { names }, range);
  }

  dispose(): void {
    this.names = undefined;
    this.tokens = undefined;
  }
}
