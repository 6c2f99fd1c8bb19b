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
import { warmUpFeature } from './warmUp';

export const serverVersion = '0.1.0';

export interface ServerOptions {
  /** Whole-text strings of about `bytes` just became garbage (an open's message, a text an edit let go). */
  textDied?(bytes: number): void;
  /** The file system works are read from (chapter files on disk); without it, works are the open fics. */
  workFiles?: WorkFileSystem;
  /** The transport's writer, when it says whether its messages are out (our stdio writer does). */
  output?: { readonly idle: boolean; whenIdle(): Promise<void> };
}

/** What the entry point may ask of a running server. */
export interface RunningServer {
  /** See `ServerContext.busy`. */
  busy(): boolean;
  /** See `ServerContext.sinceLastRequest`. */
  sinceLastRequest(): number;
}

/** How long a fic just opened counts as awaiting its first lints, at most (a client may never ask). */
const firstLintsWaitMs = 3000;

/** Wires every feature to `connection` and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): RunningServer {
  const documents = new TextDocuments(ficDocuments); // edits cost O(lines), not a full text copy (see documents.ts)
  const fics = new Map<string, OpenFic>();
  const listeners = { settings: [] as (() => void)[], canon: [] as (() => void)[], files: [] as ((changes: readonly FileEvent[]) => void)[] };
  let settings: FicSettings = defaultSettings;
  let settingsIn: () => void = () => undefined;
  const settingsFetched = new Promise<void>((resolve) => (settingsIn = resolve));
  let canon = CanonIndex.empty();
  let canonIn: () => void = () => undefined;
  const canonLoaded = new Promise<void>((resolve) => (canonIn = resolve));
  let hasCanon = false;
  let clientCapabilities: ClientCapabilities = {};
  let initializationOptions: unknown;
  let workspaceFolders: string[] = [];
  let shutDown = false;
  /** When a request last came or was answered (`Date.now()`); background work waits for a quiet moment. */
  let lastRequestAt = 0;
  const answered = () => void (lastRequestAt = Date.now());

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
    awaitingFirstLints() {
      const now = Date.now();
      for (const fic of fics.values()) if (!fic.analysed && now - fic.openedAt < firstLintsWaitMs) return true;
      return false;
    },
    busy() {
      return (options.output !== undefined && !options.output.idle) || ctx.awaitingFirstLints();
    },
    outputWritten: () => options.output?.whenIdle() ?? Promise.resolve(),
    settings: () => settings,
    settingsFetched: () => settingsFetched,
    env,
    setCanon(index) {
      canon = index;
      hasCanon = true;
      canonIn();
      for (const listener of listeners.canon) listener();
    },
    canonLoaded: () => canonLoaded,
    hasCanon: () => hasCanon,
    request: (handler) =>
      (...args) => {
        if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server has been shut down');
        lastRequestAt = Date.now();
        const result = handler(...args);
        if (result instanceof Promise) result.then(answered, answered);
        else answered();
        return result;
      },
    sinceLastRequest: () => Date.now() - lastRequestAt,
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
    if (!isCanonDocument(document.uri, document.languageId)) {
      const fic = new OpenFic(document, () => spelling.envFor(document.uri, env()));
      fics.set(document.uri, fic);
      // Parsed on the next turn, not when the first request needs it: the client's diagnostics pull waits
      // for the canon (read after `initialized`), and the parse needs no canon, so it runs in that wait.
      setImmediate(() => {
        try {
          if (fics.get(document.uri) === fic) fic.model();
        } catch (e) {
          connection.console.error(`Fic: parsing ${document.uri} failed: ${String((e as Error)?.stack ?? e)}`); // the first request reports it too
        }
      });
    }
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
    warmUpFeature(),
  ];

  async function fetchSettings(): Promise<void> {
    try {
      if (!clientCapabilities.workspace?.configuration) return;
      let next: FicSettings;
      try {
        const [raw] = await connection.workspace.getConfiguration([{ section: 'fic' }]);
        next = normalizeSettings(raw);
      } catch {
        next = defaultSettings; // a client that fails the request gets the defaults, not a crash
      }
      // The same settings again (VS Code sends them with `initialize` too): nothing to redo, and the
      // settings object, which lint and token caches compare, stays the same.
      if (JSON.stringify(next) === JSON.stringify(settings)) return;
      settings = next;
      for (const listener of listeners.settings) listener();
    } finally {
      settingsIn();
    }
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
    // Start-up work (reading the canon files, the works) begins now, with the settings `initialize` gave,
    // while the client answers the settings request: that answer queues behind the first didOpen, whose
    // text may be megabytes. What depends on the fetched settings waits for them (`settingsFetched`).
    const fetched = fetchSettings();
    for (const f of features) await f.initialized?.(ctx);
    await fetched;
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
  return { busy: () => ctx.busy(), sinceLastRequest: () => ctx.sinceLastRequest() };
}
