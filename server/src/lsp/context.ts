/**
 * What every LSP handler gets: the connection, the open documents, and the parsed model of each,
 * cached per document version. Handlers look up the model and delegate to core; nothing else.
 */
import type { ClientCapabilities, Connection, InitializeParams, ServerCapabilities } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FicModel } from '../core/model';
import type { AnalysisEnv } from '../core/features/diagnostics';
import type { CanonIndex } from '../core/canon/canonIndex';
import type { FicSettings } from './settings';
import type { Lint } from '../core/lint';

export interface Analysis {
  readonly document: TextDocument;
  readonly model: FicModel;
}

export interface ServerContext {
  readonly connection: Connection;
  /** Capabilities the client sent with `initialize`. */
  readonly clientCapabilities: ClientCapabilities;
  /** Workspace folder URIs (empty for a single file). */
  readonly workspaceFolders: readonly string[];
  /** The open document with this URI, if any. */
  document(uri: string): TextDocument | undefined;
  /** Every open document. */
  allDocuments(): readonly TextDocument[];
  /** The model of an open document, parsed at most once per version; undefined if it is not open. */
  analysis(uri: string): Analysis | undefined;
  /**
   * Every lint of an open document now (severity overrides applied, `off` dropped), computed at most once
   * per version and settings and shared by diagnostics and code actions; undefined if it is not open.
   */
  lints(uri: string): { readonly analysis: Analysis; readonly lints: readonly Lint[] } | undefined;
  /** Settings (`fic.*`) as last fetched from the client, or defaults. */
  settings(): FicSettings;
  /** The canon index and settings analysis runs with. */
  env(): AnalysisEnv;
  /** Replace the workspace canon index (after canon files or settings change) and re-check open fics. */
  setCanon(index: CanonIndex): void;
  /** Re-run diagnostics for every open document. */
  revalidateAll(): void;
  /** Called after settings are re-fetched. */
  onSettingsChanged(listener: () => void): void;
  /** Called when an open document is opened or edited (canon files re-index on this). */
  onDidChangeContent(listener: (document: TextDocument) => void): void;
  /** Called when a document is closed. */
  onDidClose(listener: (document: TextDocument) => void): void;
  /** Extra diagnostics publishers for non-fic documents (canon files); keyed by URI. */
  publishExtraDiagnostics(uri: string, diagnostics: import('vscode-languageserver').Diagnostic[]): void;
}

/** One LSP feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  capabilities?(params: InitializeParams): Partial<ServerCapabilities>;
  register(ctx: ServerContext): void;
  /** After the client sent `initialized` (heavy start-up work goes here, never in `initialize`). */
  initialized?(ctx: ServerContext): void | Promise<void>;
}
