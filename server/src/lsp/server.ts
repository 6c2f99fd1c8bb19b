/**
 * The Fic language server: lifecycle, the open documents with one `OpenFic` per open fic, and the
 * features, each made and registered from its own module. Transport-agnostic: `node/main.ts` picks
 * stdio or IPC.
 */
import {
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
} from 'vscode-languageserver';
import { FicDocument, ficDocuments, isCanonDocument } from './documents';
import { OpenFic } from './openFic';
import { CanonIndex } from '../core/canon/canonIndex';
import type { AnalysisEnv } from '../core/env';
import type { Feature, ServerContext } from './context';
import { defaultSettings, normalizeSettings, type FicSettings } from './settings';
import { CanonStore } from './canonStore';
import { diagnosticsFeature } from './registerDiagnostics';
import { semanticTokensFeature } from './registerSemanticTokens';
import { canonFilesFeature } from './registerCanonFiles';
import { addToCanonFeature } from './registerAddToCanon';
import { codeActionsFeature } from './registerCodeActions';
import { completionFeature } from './registerCompletion';
import { hoverFeature } from './registerHover';
import { wordCountFeature } from './registerWordCount';
import { foldingFeature } from './registerFolding';
import { symbolsFeature } from './registerSymbols';
import { spellingFeature } from './registerSpelling';
import { SpellingState } from './spellingState';
import { exportFeature } from './registerExport';
import { WorkIndex, type WorkFileSystem } from './workIndex';
import { worksFeature } from './registerWorks';
import { renameFeature } from './registerRename';
import { referencesFeature } from './registerReferences';
import { workspaceSymbolsFeature } from './registerWorkspaceSymbols';
import { workDiagnosticsFeature } from './registerWorkDiagnostics';

export const serverVersion = '0.1.0';

export interface ServerOptions {
  /** Whole-text strings of about `bytes` just became garbage (an open's message, a text an edit let go). */
  textDied?(bytes: number): void;
  /** The file system works are read from (chapter files on disk); without it, works are the open fics. */
  workFiles?: WorkFileSystem;
}

/** Wires every feature to `connection` and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(ficDocuments); // edits cost O(lines), not a full text copy (see documents.ts)
  const fics = new Map<string, OpenFic>();
  const listeners = { settings: [] as (() => void)[], canon: [] as (() => void)[], files: [] as ((changes: readonly FileEvent[]) => void)[] };
  let settings: FicSettings = defaultSettings;
  let canon = CanonIndex.empty();
  let canonIn: () => void = () => undefined;
  const canonLoaded = new Promise<void>((resolve) => (canonIn = resolve));
  let clientCapabilities: ClientCapabilities = {};
  let initializationOptions: unknown;
  let workspaceFolders: string[] = [];
  let shutDown = false;

  const spelling = new SpellingState();
  const env = (): AnalysisEnv => ({
    canon,
    target: settings.wordCount.target ?? undefined,
    severities: settings.diagnostics.severity,
    hints: settings.hints,
    hintsDisplay: settings.hints.show,
    spelling: spelling.settings(settings),
    dialogueStyle: settings.dialogue.style,
  });

  const ctx: ServerContext = {
    connection,
    get clientCapabilities() {
      return clientCapabilities;
    },
    get initializationOptions() {
      return initializationOptions;
    },
    get workspaceFolders() {
      return workspaceFolders;
    },
    document: (uri) => documents.get(uri),
    allDocuments: () => documents.all(),
    fic: (uri) => fics.get(uri),
    fics: () => fics.values(),
    settings: () => settings,
    env,
    setCanon(index) {
      canon = index;
      canonIn();
      for (const listener of listeners.canon) listener();
    },
    canonLoaded: () => canonLoaded,
    request: (handler) =>
      (...args) => {
        if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server has been shut down');
        return handler(...args);
      },
    onSettingsChanged: (listener) => void listeners.settings.push(listener),
    onCanonChanged: (listener) => void listeners.canon.push(listener),
    onDidChangeContent: (listener) => void documents.onDidChangeContent((e) => listener(e.document)),
    onDidOpen: (listener) => void documents.onDidOpen((e) => listener(e.document.uri)),
    onDidChangeWatchedFiles: (listener) => void listeners.files.push(listener),
    onDidClose: (listener) => void documents.onDidClose((e) => listener(e.document)),
    publishExtraDiagnostics: (uri: string, diagnostics: Diagnostic[]) => void connection.sendDiagnostics({ uri, diagnostics }),
  };

  // Registered before any feature's listener, so features see the fic opened and not yet see it closed.
  documents.onDidOpen(({ document }) => {
    if (!isCanonDocument(document.uri, document.languageId)) fics.set(document.uri, new OpenFic(document, () => spelling.envFor(document.uri, env())));
    options.textDied?.(document.getText().length * 3); // the open's message, as UTF-8 bytes and decoded
  });
  documents.onDidClose(({ document }) => {
    fics.get(document.uri)?.dispose();
    fics.delete(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    if (document instanceof FicDocument) options.textDied?.(document.takeDropped() * 2);
  });

  const store = new CanonStore(ctx);
  const works = new WorkIndex(ctx, options.workFiles, (bytes) => options.textDied?.(bytes));
  const features: readonly Feature[] = [
    diagnosticsFeature(),
    semanticTokensFeature(),
    canonFilesFeature(store),
    addToCanonFeature(store, spelling),
    codeActionsFeature(),
    completionFeature(),
    hoverFeature(),
    wordCountFeature(),
    foldingFeature(),
    symbolsFeature(),
    exportFeature(),
    worksFeature(works),
    renameFeature(works, store),
    referencesFeature(works),
    workspaceSymbolsFeature(works),
    workDiagnosticsFeature(works),
    spellingFeature(spelling),
  ];

  async function fetchSettings(): Promise<void> {
    if (!clientCapabilities.workspace?.configuration) return;
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: 'fic' }]);
      settings = normalizeSettings(raw);
    } catch {
      settings = defaultSettings; // a client that fails the request gets the defaults, not a crash
    }
    for (const listener of listeners.settings) listener();
  }

  connection.onInitialize((params): InitializeResult => {
    clientCapabilities = params.capabilities;
    initializationOptions = params.initializationOptions;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
    settings = normalizeSettings(params.initializationOptions?.settings ?? {});
    const capabilities = Object.assign(
      { textDocumentSync: TextDocumentSyncKind.Incremental },
      ...features.map((f) => f.capabilities?.(params) ?? {}),
    );
    return { capabilities, serverInfo: { name: 'fic-language-server', version: serverVersion } };
  });

  connection.onInitialized(async () => {
    await fetchSettings();
    for (const f of features) await f.initialized?.(ctx);
  });
  connection.onShutdown(() => {
    shutDown = true;
  });
  connection.onDidChangeConfiguration(() => void fetchSettings());
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const listener of listeners.files) listener(changes);
  });

  for (const f of features) f.register(ctx);
  documents.listen(connection);
  connection.listen();
}
