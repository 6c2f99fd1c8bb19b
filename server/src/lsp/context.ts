/**
 * What every feature gets: the connection, the open documents, and one `OpenFic` per open fic. Handlers
 * look the fic up, answer empty when there is none, and delegate; nothing else.
 */
import type { ClientCapabilities, Connection, Diagnostic, FileEvent, InitializeParams, ServerCapabilities } from 'vscode-languageserver';
import type { AnalysisEnv } from '../core/env';
import type { CanonIndex } from '../core/canon/canonIndex';
import type { FicDocument } from './documents';
import type { OpenFic } from './openFic';
import type { FicSettings } from './settings';

export interface ServerContext {
  readonly connection: Connection;
  /** Capabilities the client sent with `initialize`. */
  readonly clientCapabilities: ClientCapabilities;
  /** `initializationOptions` the client sent with `initialize`. */
  readonly initializationOptions: unknown;
  /** Workspace folder URIs (empty for a single file). */
  readonly workspaceFolders: readonly string[];
  /** The open document with this URI (a fic or a canon file), if any. */
  document(uri: string): FicDocument | undefined;
  /** Every open document. */
  allDocuments(): readonly FicDocument[];
  /** The open fic with this URI; undefined for canon files and documents that are not open. */
  fic(uri: string): OpenFic | undefined;
  /** Every open fic. */
  fics(): Iterable<OpenFic>;
  /**
   * True while a fic opened in the last 3 s has not had its first lints made: its diagnostics are due.
   */
  awaitingFirstLints(): boolean;
  /**
   * True while background work (the works index, the keystroke warm-up, a forced GC) must wait: a fic
   * just opened awaits its first lints, or replies are still being written out. A reply of a few hundred
   * KB (the first diagnostics of a long fic) leaves over several turns of the event loop, and work that
   * starts in one of them delays its end by its own length.
   */
  busy(): boolean;
  /**
   * Resolves once every message handed to the transport so far has been written out (at once when the
   * transport does not say: Node IPC).
   */
  outputWritten(): Promise<void>;
  /** Settings (`fic.*`) as last fetched from the client, or defaults. */
  settings(): FicSettings;
  /**
   * Resolves once the settings fetched after `initialized` are in (at once for a client that has no
   * `workspace/configuration`). Start-up work may begin before with the settings `initialize` gave.
   */
  settingsFetched(): Promise<void>;
  /** The canon index and settings analysis runs with. */
  env(): AnalysisEnv;
  /** Replace the workspace canon index (after canon files or settings change); tells `onCanonChanged` listeners. */
  setCanon(index: CanonIndex): void;
  /** Resolves once the workspace's canon is in (the first `setCanon`), at once after that. */
  canonLoaded(): Promise<void>;
  /** True once the workspace's canon is in (set before `onCanonChanged` listeners run). */
  hasCanon(): boolean;
  /**
   * A request handler that answers `InvalidRequest` once the client has sent `shutdown`, as LSP asks.
   * Every request handler is registered through it.
   */
  request<P extends unknown[], R>(handler: (...args: P) => R): (...args: P) => R;
  /**
   * Milliseconds since a request last came in or was answered (through `request`): background work
   * waits for quiet. A request that waited (a pull waits for the canon) counts until its answer.
   */
  sinceLastRequest(): number;
  /** Called after settings are re-fetched. */
  onSettingsChanged(listener: () => void): void;
  /** Called after the canon index changed. */
  onCanonChanged(listener: () => void): void;
  /** Called when an open document is opened or edited (canon files re-index on this). */
  onDidChangeContent(listener: (document: FicDocument) => void): void;
  /** Called when a document is opened (its `OpenFic`, if a fic, is already made). */
  onDidOpen(listener: (uri: string) => void): void;
  /** Called for every watched-file event the client sends (one handler per server: features share it). */
  onDidChangeWatchedFiles(listener: (changes: readonly FileEvent[]) => void): void;
  /** Called when a document is closed (its `OpenFic`, if any, is already disposed). */
  onDidClose(listener: (document: FicDocument) => void): void;
  /** Publishes diagnostics of a document that is not an open fic (canon files). */
  publishExtraDiagnostics(uri: string, diagnostics: Diagnostic[]): void;
}

/** One LSP feature: the capabilities it announces and the handlers it registers. Made per server. */
export interface Feature {
  capabilities?(params: InitializeParams): Partial<ServerCapabilities>;
  register(ctx: ServerContext): void;
  /** After the client sent `initialized` (heavy start-up work goes here, never in `initialize`). */
  initialized?(ctx: ServerContext): void | Promise<void>;
}
