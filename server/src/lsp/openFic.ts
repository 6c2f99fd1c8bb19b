/**
 * One open fic, everything the server knows about it in one object: the document buffer, the model of
 * its current text, its lints, their diagnostics, its semantic tokens and the canon names in it.
 *
 * Analysis is keyed by the document's revision (every `didChange` makes one, whatever version number the
 * client gave it) and done on demand: a burst of edits before the next request costs one reparse. The
 * edits since the last analysis are read from the document's log once (`changesSince`) and handed to
 * every part that can reuse its previous state (the reparse, the canon check, the diagnostic conversion,
 * the tokens); a part not asked for in a while gets the edits it missed when it is next asked.
 *
 * Handlers look the fic up (`ServerContext.fic`), return an empty answer when there is none, and delegate.
 */
import type { Diagnostic, SemanticTokensDelta } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisEnv } from '../core/env';
import { getLintState, type LintState } from '../core/features/diagnostics';
import { getWordTotals, type WordTotals } from '../core/count/wordCounts';
import { carryWordIndex, knownWordIndex } from '../core/count/wordIndex';
import type { Lint } from '../core/lint';
import type { DialogueSetting, FicModel, Span } from '../core/model';
import { parse } from '../core/parse/parse';
import { reparseChanged, type ChangedRegion, type TextEdit } from '../core/parse/incremental';
import { composeChanges } from '../core/features/semanticTokenData';
import { DiagnosticConverter } from './diagnosticConverter';
import { FicDocument } from './documents';
import { FicTokens, type FullTokens, type TokenCatchUp } from './ficTokens';
import { typingAt, withoutTyped } from './typedWord';

/** More edits than this missed by one part of the analysis: it starts over rather than keep them. */
const maxPending = 256;

/**
 * The edits that turned `document` at `revision` into its current text, in order (empty when it is
 * there); undefined when they are not known. The one reader of the document store's edit log.
 */
export function changesSince(document: TextDocument, revision: number): readonly TextEdit[] | undefined {
  return document instanceof FicDocument ? document.editsSince(revision) : undefined;
}

/**
 * The model of `document` now: re-analysed incrementally from `previous` (the model of an earlier
 * revision of the same document) when its edits since then are known, parsed in full otherwise. With
 * `consume`, the caller drops `previous` for the result, so its buffers may be reused (see `ReparseOptions`).
 */
export function analyse(document: TextDocument, previous?: { document: TextDocument; revision: number; model: FicModel }, consume = false, dialogueStyle: DialogueSetting = 'auto'): FicModel {
  const edits = previous && previous.document === document ? changesSince(document, previous.revision) : undefined;
  return modelAfter(document, previous?.model, edits, consume, dialogueStyle).model;
}

/** The model after `edits`, and where its spans changed (null: nowhere; undefined: parsed in full). */
function modelAfter(
  document: TextDocument,
  previous: FicModel | undefined,
  edits: readonly TextEdit[] | undefined,
  consume: boolean,
  dialogueStyle: DialogueSetting,
): { model: FicModel; changed: ChangedRegion | null | undefined } {
  // A new dialogue setting re-reads the document once, in full.
  if (previous && previous.dialogue.setting !== dialogueStyle) return { model: parse(document.getText(), { dialogueStyle }), changed: undefined };
  if (previous && edits && edits.length === 0) return { model: previous, changed: null };
  if (previous && edits) {
    const { model, changed } = reparseChanged(previous, edits, document instanceof FicDocument ? document.source() : document.getText(), { consume });
    return { model, changed };
  }
  return { model: parse(document.getText(), { dialogueStyle }), changed: undefined };
}

/**
 * What one part of the analysis has not caught up with yet: the edits, and where the model's spans
 * changed over them. Edits become unknown (the part starts over) when too many pile up.
 */
class Missed implements TokenCatchUp {
  edits: TextEdit[] | undefined = [];
  region: ChangedRegion | null | undefined = null;

  add(edits: readonly TextEdit[] | undefined, region: ChangedRegion | null | undefined): void {
    if (!edits || !this.edits || this.edits.length + edits.length > maxPending) this.edits = undefined;
    else for (const e of edits) this.edits.push(e);
    this.region = this.region === undefined || region === undefined ? undefined : composeChanges(this.region, region);
  }

  /** What was missed since the last `take`, and a fresh start. */
  take(): TokenCatchUp {
    const missed = { edits: this.edits, region: this.region };
    this.edits = [];
    this.region = null;
    return missed;
  }
}

export interface FicDiagnostics {
  readonly items: Diagnostic[];
  /** Changes only when `items` differ from the list before (see `DiagnosticConverter.resultId`). */
  readonly resultId: string;
  /** The document version they are for. */
  readonly version: number;
  /**
   * Set when diagnostics of the word being typed are held back (`typedWord.ts`): when (`Date.now()`
   * time) they are due. Ask again then; they come out unless another keystroke held them longer.
   */
  readonly heldUntil?: number;
}

export class OpenFic {
  /** The revision `current` is the model of. */
  private revision: number;
  private current: FicModel | undefined;
  private lintState: { revision: number; env: AnalysisEnv; state: LintState } | undefined;
  private readonly lintMissed = new Missed();
  private readonly converter = new DiagnosticConverter();
  private converted: (FicDiagnostics & { lints: readonly Lint[] }) | undefined;
  private readonly converterMissed = new Missed();
  private readonly tokens = new FicTokens();
  private readonly tokensMissed = new Missed();
  private disposed = false;
  /** When the fic was opened (`Date.now()`): background work waits a while for its first lints. */
  readonly openedAt = Date.now();

  constructor(
    readonly document: FicDocument,
    /** The canon and settings analysis runs with now. */
    private readonly env: () => AnalysisEnv,
  ) {
    this.revision = document.revision;
  }

  get uri(): string {
    return this.document.uri;
  }

  /** The model of the document's current text; parsed or re-analysed at most once per revision. */
  model(): FicModel {
    if (this.disposed) throw new Error(`${this.uri} was closed`);
    const revision = this.document.revision;
    const style = this.env().dialogueStyle ?? 'auto';
    if (this.current && revision === this.revision && this.current.dialogue.setting === style) return this.current;
    const same = this.current !== undefined && this.current.dialogue.setting === style;
    const edits = same ? changesSince(this.document, this.revision) : undefined;
    // The previous model is dropped right here, so its word array may be edited in place.
    const index = this.current && knownWordIndex(this.current);
    const { model, changed } = modelAfter(this.document, same ? this.current : undefined, edits, true, style);
    // Counts (status bar, target lint) of the new model from the last one's, when the edit allows it.
    if (same) carryWordIndex(index, model, changed);
    this.current = model;
    this.revision = revision;
    this.lintMissed.add(edits, changed);
    this.converterMissed.add(edits, changed);
    this.tokensMissed.add(edits, changed);
    return model;
  }

  /**
   * Every lint now (severity overrides applied, `off` dropped, sorted by start), at most once per
   * revision and settings; shared by diagnostics and code actions. The canon check starts from the last
   * one's state and re-judges only the paragraphs the edits touched.
   */
  lints(): readonly Lint[] {
    const model = this.model();
    const env = this.env();
    const last = this.lintState;
    if (last && last.revision === this.revision && sameEnv(last.env, env)) return last.state.lints;
    const { edits, region } = this.lintMissed.take();
    // The last state is dropped for the new one: its lints after the edits are moved in place.
    const previous = last && edits && edits.length > 0 ? { state: last.state, edits, region, consume: true } : undefined;
    const state = getLintState(model, env, previous);
    this.lintState = { revision: this.revision, env, state };
    return state.lints;
  }

  /**
   * The diagnostics of `lints()`, reusing last time's objects where an edit left them alone. With
   * `holdTyped`, those about the word the writer is typing are held back until they leave it or pause
   * (`typedWord.ts`; `now` is the time, `Date.now()` by default): only for a caller that asks again at
   * `heldUntil`.
   */
  diagnostics(options: { holdTyped?: boolean; now?: number } = {}): FicDiagnostics {
    const all = this.lints();
    const typing = options.holdTyped ? typingAt(this.document, options.now ?? Date.now()) : undefined;
    const lints = typing ? withoutTyped(this.document, all, typing) : all;
    const last = this.converted;
    if (last && last.lints === lints && last.version === this.document.version) return last;
    const items = this.converter.convert(this.document, lints, this.converterMissed.take().edits);
    const heldUntil = lints !== all ? typing!.until : undefined;
    this.converted = { items, resultId: this.converter.resultId, version: this.document.version, lints, heldUntil };
    return this.converted;
  }

  /** True once lints have been made for some version: the writer has seen its first diagnostics. */
  get analysed(): boolean {
    return this.lintState !== undefined;
  }

  /** Word totals now, and a count per range (offsets) asked for. */
  counts(ranges?: readonly Span[]): WordTotals {
    return getWordTotals(this.model(), ranges, this.env().target);
  }

  /**
   * The canon names' bounds in the model now (computed once per version for tokens and mentions); read
   * it before the next edit, which may move the names in the same array.
   */
  canonNames(): Uint32Array {
    const model = this.model();
    return this.tokens.nameBounds(model, this.document, this.env().canon, this.tokensMissed.take());
  }

  /** `textDocument/semanticTokens/full`: every token, with a result id for later deltas. */
  semanticTokens(): FullTokens {
    const model = this.model();
    return this.tokens.full(model, this.document, this.env().canon, this.tokensMissed.take());
  }

  /** `textDocument/semanticTokens/full/delta`: the edits from the client's result `previousResultId`. */
  semanticTokensDelta(previousResultId: string): FullTokens | SemanticTokensDelta {
    const model = this.model();
    return this.tokens.delta(previousResultId, model, this.document, this.env().canon, this.tokensMissed.take());
  }

  /** `textDocument/semanticTokens/range`: the tokens of whole lines from `startLine` to offset `end`. */
  semanticTokensInRange(startLine: number, end: number): number[] {
    const model = this.model();
    return this.tokens.range(model, this.document, this.env().canon, this.tokensMissed.take(), startLine, end);
  }

  /** Lets go of everything (the document was closed). */
  dispose(): void {
    this.disposed = true;
    this.current = undefined;
    this.lintState = undefined;
    this.converted = undefined;
    this.tokens.dispose();
  }
}

const sameEnv = (a: AnalysisEnv, b: AnalysisEnv): boolean =>
  a.canon === b.canon &&
  a.target === b.target &&
  a.severities === b.severities &&
  a.dialogueStyle === b.dialogueStyle &&
  a.hints === b.hints &&
  a.hintsDisplay === b.hintsDisplay &&
  a.dialogue === b.dialogue &&
  a.spelling === b.spelling;
