/**
 * Lints per open document, computed at most once per document version and settings, and shared by
 * diagnostics and code actions. Each version's canon check starts from the previous version's (core
 * re-judges only the paragraphs the edits touched), using the edit log the document store keeps.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getLintState, type AnalysisEnv, type LintState } from '../core/features/diagnostics';
import type { Lint } from '../core/lint';
import type { FicModel } from '../core/model';
import { FicDocument } from './documents';

interface Entry {
  readonly document: TextDocument;
  readonly version: number;
  readonly env: AnalysisEnv;
  readonly state: LintState;
}

const sameEnv = (a: AnalysisEnv, b: AnalysisEnv): boolean => a.canon === b.canon && a.target === b.target && a.severities === b.severities && a.spelling === b.spelling;

export class LintCache {
  /** The last state per URI: small (lints and a few spans), never a model or a text. */
  private readonly entries = new Map<string, Entry>();

  /** The lints of `model`, the model of `document` at `version`. */
  lints(document: TextDocument, version: number, model: FicModel, env: AnalysisEnv): readonly Lint[] {
    const uri = document.uri;
    const last = this.entries.get(uri);
    if (last && last.document === document && last.version === version && sameEnv(last.env, env)) return last.state.lints;
    // The edit log reaches back from the document's current version only, so reuse needs `version` to be it.
    const edits =
      last && last.document === document && document instanceof FicDocument && document.version === version && last.version < version
        ? document.editsSince(last.version)
        : undefined;
    const state = getLintState(model, env, last && edits && edits.length > 0 ? { state: last.state, edits } : undefined);
    this.entries.set(uri, { document, version, env, state });
    return state.lints;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
