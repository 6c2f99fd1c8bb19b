/**
 * The Fic language server: lifecycle, the open documents, one parse per document version, and the
 * features, each registered from its own module. Transport-agnostic: `node/main.ts` picks stdio or IPC.
 */
import {
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { analyse, FicDocument, ficDocuments } from './documents';
import { LargeGarbage } from './largeGarbage';
import { LintCache } from './lintCache';
import { CanonIndex } from '../core/canon/canonIndex';
import type { AnalysisEnv } from '../core/features/diagnostics';
import type { Analysis, Feature, ServerContext } from './context';
import { defaultSettings, normalizeSettings, type FicSettings } from './settings';
import { diagnosticsFeature } from './registerDiagnostics';
import { refreshSemanticTokens, semanticTokensFeature } from './registerSemanticTokens';
import { canonFeature } from './registerCanon';
import { wordCountFeature } from './registerWordCount';
import { foldingFeature } from './registerFolding';
import { symbolsFeature } from './registerSymbols';
import { envFor, spellingFeature, spellingSettings } from './registerSpelling';

const features: readonly Feature[] = [
  diagnosticsFeature,
  semanticTokensFeature,
  canonFeature,
  wordCountFeature,
  foldingFeature,
  symbolsFeature,
  spellingFeature,
];

export const serverVersion = '0.1.0';

/** Wires every feature to `connection` and starts listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(ficDocuments); // edits cost O(lines), not a full text copy (see documents.ts)
  const cache = new Map<string, Analysis & { version: number }>();
  const lintCache = new LintCache();
  const settingsListeners: (() => void)[] = [];
  let settings: FicSettings = defaultSettings;
  let canon = CanonIndex.empty();
  let clientCapabilities: ClientCapabilities = {};
  let workspaceFolders: string[] = [];
  let revalidate: () => void = () => undefined;

  const ctx: ServerContext = {
    connection,
    get clientCapabilities() {
      return clientCapabilities;
    },
    get workspaceFolders() {
      return workspaceFolders;
    },
    document: (uri) => documents.get(uri),
    allDocuments: () => documents.all(),
    analysis(uri) {
      const document = documents.get(uri);
      if (!document) return undefined;
      const cached = cache.get(uri);
      // The document object is updated in place, so the version the model was made from is kept apart.
      if (cached && cached.document === document && cached.version === document.version) return cached;
      // The previous version's model is replaced right here, so its word array may be edited in place.
      const analysis = { document, version: document.version, model: analyse(document, cached, true) };
      cache.set(uri, analysis);
      return analysis;
    },
    lints(uri) {
      const analysis = ctx.analysis(uri);
      if (!analysis) return undefined;
      const { document, version, model } = analysis as Analysis & { version: number };
      return { analysis, lints: lintCache.lints(document, version, model, envFor(ctx, uri, ctx.env())) };
    },
    settings: () => settings,
    env(): AnalysisEnv {
      return {
        canon,
        target: settings.wordCount.target ?? undefined,
        severities: settings.diagnostics.severity,
        spelling: spellingSettings(settings),
      };
    },
    setCanon(index) {
      canon = index;
      revalidate();
      refreshSemanticTokens(ctx); // `character` tokens follow the canon
    },
    revalidateAll: () => revalidate(),
    onSettingsChanged: (listener) => void settingsListeners.push(listener),
    onDidChangeContent: (listener) => void documents.onDidChangeContent((e) => listener(e.document)),
    onDidClose: (listener) => void documents.onDidClose((e) => listener(e.document)),
    publishExtraDiagnostics: (uri: string, diagnostics: Diagnostic[]) =>
      void connection.sendDiagnostics({ uri, diagnostics }),
  };

  async function fetchSettings(): Promise<void> {
    if (!clientCapabilities.workspace?.configuration) return;
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: 'fic' }]);
      settings = normalizeSettings(raw);
    } catch {
      settings = defaultSettings; // a client that fails the request gets the defaults, not a crash
    }
    for (const listener of settingsListeners) listener();
  }

  connection.onInitialize((params): InitializeResult => {
    clientCapabilities = params.capabilities;
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

  connection.onDidChangeConfiguration(() => void fetchSettings());
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    lintCache.delete(e.document.uri);
  });

  for (const f of features) f.register(ctx);
  revalidate = () => diagnosticsFeature.revalidateAll(ctx);
  documents.onDidChangeContent((e) => diagnosticsFeature.schedule(ctx, e.document.uri));
  // Big texts that died: an open's message (as UTF-8 bytes and as a decoded string), the string an edit let go.
  const garbage = new LargeGarbage();
  documents.onDidOpen((e) => garbage.died(e.document.getText().length * 3));
  documents.onDidChangeContent((e) => e.document instanceof FicDocument && garbage.died(e.document.takeDropped() * 2));
  documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));

  documents.listen(connection);
  connection.listen();
}
