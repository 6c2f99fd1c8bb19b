/**
 * Spawns the bundled server (`out/server.js --stdio`, built by `npm run build`) and speaks JSON-RPC to it,
 * as an editor would. Tests wait for conditions (the next matching notification), never for fixed times.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  DocumentDiagnosticReport,
  InitializeParams,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  TextEdit,
} from 'vscode-languageserver-protocol';

/** `text` with `edits` (LSP positions, `\n` lines, non-overlapping) applied, as a client would. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

export const serverPath = resolve(__dirname, '../../../out/server.js');

export interface TestServer {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  /** Milliseconds from spawn to the `initialize` reply. */
  readonly initializeMs: number;
  readonly initializeResult: InitializeResult;
  /** Resolves with the next `publishDiagnostics` for `uri` that satisfies `accept` (default: any). */
  nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  /** `textDocument/diagnostic` (with `pull: true`): the report for `uri`. */
  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport>;
  /** How many `workspace/diagnostic/refresh` requests the server has sent. */
  readonly refreshes: number;
  /** `shutdown` + `exit`; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  /** Answers `workspace/configuration` for section `fic` (omit: the client has no configuration capability). */
  settings?: unknown;
  workspaceFolders?: { uri: string; name: string }[];
  initializationOptions?: unknown;
  /** Extra `workspace` client capabilities (e.g. `applyEdit`, `workspaceEdit`). */
  workspaceCapabilities?: Record<string, unknown>;
  /** Extra `textDocument` client capabilities (e.g. `semanticTokens`). */
  textDocumentCapabilities?: Record<string, unknown>;
  /** Announce pull diagnostics (`textDocument.diagnostic`, with refresh support), as VS Code does. */
  pull?: boolean;
  /** Answer `workspace/configuration` this many milliseconds late (a slow client, or a slow start). */
  settingsDelayMs?: number;
}

/** Starts the bundled server and completes the `initialize`/`initialized` handshake. */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
  const t0 = performance.now();
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr!.on('data', (d) => process.stderr.write(`[server] ${d}`));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));

  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const i = waiters.findIndex((w) => w.uri === p.uri && w.accept(p));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(p);
  });
  connection.onRequest('workspace/configuration', async (params: { items: { section?: string }[] }) => {
    if (options.settingsDelayMs) await new Promise((r) => setTimeout(r, options.settingsDelayMs));
    return params.items.map((item) => (item.section === 'fic' ? options.settings ?? null : null));
  });
  connection.onRequest('client/registerCapability', () => null);
  let refreshes = 0;
  connection.onRequest('workspace/diagnostic/refresh', () => {
    refreshes++;
    return null;
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();

  const params: InitializeParams = {
    processId: process.pid,
    rootUri: options.workspaceFolders?.[0]?.uri ?? null,
    workspaceFolders: options.workspaceFolders ?? null,
    initializationOptions: options.initializationOptions,
    capabilities: {
      workspace: {
        configuration: options.settings !== undefined,
        didChangeWatchedFiles: { dynamicRegistration: true },
        ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
        ...options.workspaceCapabilities,
      },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        synchronization: { dynamicRegistration: false },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        ...options.textDocumentCapabilities,
      },
    },
  };
  const initializeResult = (await connection.sendRequest('initialize', params)) as InitializeResult;
  const initializeMs = performance.now() - t0;
  await connection.sendNotification('initialized', {});

  return {
    process: child,
    connection,
    initializeMs,
    initializeResult,
    nextDiagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolvePromise, reject) => {
        const waiter = {
          uri,
          accept,
          resolve: (p: PublishDiagnosticsParams) => {
            clearTimeout(timer);
            resolvePromise(p);
          },
        };
        // A waiter that timed out leaves the list: else it would take the next matching publish from the
        // waiter after it.
        const timer = setTimeout(() => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) waiters.splice(i, 1);
          reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    open(uri, text, languageId = 'fic') {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    change(uri, version, contentChanges) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    pull(uri, previousResultId) {
      return connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId }) as Promise<DocumentDiagnosticReport>;
    },
    get refreshes() {
      return refreshes;
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async stop() {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Waits (polling the event loop) until `check` holds or `ms` pass; resolves with whether it held. */
export async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}

/** Joins lines with `\n`, so test texts read like the fic they stand for. */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}
