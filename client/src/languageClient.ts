/**
 * Starts the bundled language server (out/server.js) over stdio and keeps it alive: a server that
 * dies is restarted (see `RestartPolicy`) and the writer is told once.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';
import type { IgnoredWords } from './ignoredWords';
import { IgnoredWordsNotification } from '../../server/src/protocol';

export interface ClientHandle {
  client: LanguageClient;
  policy: RestartPolicy;
  /** Messages shown to the writer about crashes (tests assert there is only one). */
  notices: string[];
}

/** The `fic.*` settings as a plain object, sent with `initialize` (the server also pulls them later). */
function settingsSnapshot(): unknown {
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('fic')));
}

/**
 * Node flags the server runs with (the bench spawns it with the same ones; `fic-language-server` has them
 * in its `#!` line, scripts/build.mjs; a test keeps the three lists equal). `--v8-pool-size=1`: one V8
 * background thread, not Node's four. The server's background work is TurboFan compiling hot functions
 * and GC helpers; on a 2-core machine four such threads preempt the main thread, which does the work the
 * writer waits for: the open of a 500k-word fic took ~220 ms to complete diagnostics with four and ~193
 * ms with one (the keystroke rows unchanged, peak memory at 1M words ~10 MiB lower; server/bench).
 */
export const serverExecArgv = ['--max-semi-space-size=1', '--v8-pool-size=1'];

/** The server's code-cache folder: the extension's global storage, when it is on disk. */
function codeCacheEnv(context: vscode.ExtensionContext): Record<string, string> {
  const storage = context.globalStorageUri;
  return storage.scheme === 'file' ? { FIC_CODE_CACHE_DIR: vscode.Uri.joinPath(storage, 'code-cache').fsPath } : {};
}

/** Builds (but does not start) the client. */
export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, ignored: IgnoredWords): ClientHandle {
  const module = context.asAbsolutePath('out/server.js');
  const serverOptions: ServerOptions = {
    // A small young generation: parsing a long fic allocates fast, and by default V8 lets the young
    // generation grow to tens of MB of short-lived garbage. With 1 MB semi-spaces the server's peak RSS
    // with a 1M-word fic open drops from ~157 to ~135 MiB (see server/bench). The command-line server has the
    // same flag in its `#!` line, and its code cache is made under it (scripts/build.mjs).
    // FIC_CODE_CACHE_DIR: where out/server.js keeps the V8 code cache of the server bundle, made on its
    // first start in this runtime, so later starts skip compiling it (scripts/build.mjs `serverLoader`).
    // stdio, as every other editor and the bench start it: replies go through the server's own writer
    // (diagnostics serialized once each, semantic tokens written from their typed array in 64 KB parts);
    // over Node IPC each reply would be one JSON string of the whole result (~80 MB transient at 1M words).
    run: { module, transport: TransportKind.stdio, options: { execArgv: serverExecArgv, env: { ...process.env, ...codeCacheEnv(context) } } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const policy = new RestartPolicy();
  const notices: string[] = [];
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.canon');
  context.subscriptions.push(watcher);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'fic' }, { language: 'fic-canon' }],
    synchronize: { configurationSection: 'fic', fileEvents: watcher },
    // `trusted: false` tells the server to read no canon files (see capabilities.untrustedWorkspaces).
    initializationOptions: () => ({ settings: settingsSnapshot(), trusted: vscode.workspace.isTrusted }),
    outputChannel: output,
    middleware: {
      // `Add ‘X’ to canon` from a quick fix runs the client's command, which asks which canon file with a
      // quick pick when there are several (other editors get the server's choice of the nearest).
      executeCommand: async (command, args, next) => {
        if (command === 'fic.server.ignoreWord') {
          // `Ignore ‘x’ in this file` is kept in the workspace state too, so it outlives this session.
          const a = (args[0] ?? {}) as { word?: unknown; uri?: unknown };
          if (typeof a.word === 'string' && typeof a.uri === 'string') await ignored.add(a.uri, a.word);
          return next(command, args);
        }
        if (command !== 'fic.server.addToCanon') return next(command, args);
        const a = (args[0] ?? {}) as { word?: unknown; uri?: unknown };
        return vscode.commands.executeCommand('fic.addWordToCanon', typeof a.word === 'string' ? a.word : undefined, typeof a.uri === 'string' ? a.uri : undefined);
      },
      // The words ignored in a fic in an earlier session reach the server before the fic does, so its
      // first diagnostics already leave them out (the server forgets them when the fic closes).
      didOpen: async (document, next) => {
        const uri = document.uri.toString();
        const words = ignored.words(uri);
        if (words.length) await client.sendNotification(IgnoredWordsNotification.method, { uri, words } satisfies IgnoredWordsNotification.Params);
        return next(document);
      },
      // vscode-languageclient 9 turns a pull it cancelled itself (the writer typed again before the answer
      // came) into an empty report, and so clears the fic's problems until the next pull answers: the
      // Problems count dropped to nothing and back while typing. A cancelled pull is reported as
      // cancelled instead: the client keeps what it shows and pulls again.
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (token.isCancellationRequested) throw new vscode.CancellationError();
        return report;
      },
    },
    errorHandler: {
      // Write errors come when the server's stdin is gone (a killed server: every message queued behind
      // the kill fails, often more than three): `closed` follows and decides on a restart, so keep going here.
      // Shutting down on them would stop the client for good before `closed` could restart the server.
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        const decision = policy.onClosed(Date.now());
        output.appendLine(`[fic] the language server stopped; ${decision.restart ? 'restarting it' : 'giving up'}.`);
        if (decision.notify) {
          notices.push(decision.notify);
          void vscode.window.showWarningMessage(decision.notify);
        }
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  const client = new LanguageClient('fic', 'Fic Language Server', serverOptions, clientOptions);
  return { client, policy, notices };
}

/** The server's process id, for the crash test (vscode-languageclient keeps it private). */
export function serverPid(client: LanguageClient): number | undefined {
  const child = (client as unknown as { _serverProcess?: { pid?: number } })._serverProcess;
  return child?.pid;
}
