/**
 * The server's entry point. `vscode-languageserver/node` picks the transport from the command line:
 * `--stdio` (the VS Code client, Neovim, Helix, Emacs...), `--node-ipc` or `--socket=PORT`.
 * Over stdio the writer is ours (`messageWriter.ts`: diagnostics serialized once per object, large
 * number arrays written in chunks straight from their typed arrays).
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { serverVersion, startServer, type RunningServer, type ServerOptions } from '../lsp/server';
import { isInside, readChapterFile, scanFolder } from './workScan';
import { ChunkedMessageWriter } from './messageWriter';
import { LargeGarbage } from './largeGarbage';

/** A stdio connection with our writer; stdin's end still ends the process, as stock. */
function stdioConnection(writer: ChunkedMessageWriter): Connection {
  // stdin goes in as a stream (typed as a reader: the overloads do not mix, the code does): the library
  // wraps it itself and keeps its exit-when-stdin-ends handling.
  const connection = createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, writer);
  // As the stock stdio connection does: stdout carries the protocol, so console output goes to the client's log.
  const log = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => connection.console[level](format(...args));
  console.log = log('log');
  console.info = log('info');
  console.debug = log('log');
  console.warn = log('warn');
  console.error = log('error');
  return connection;
}

/**
 * Big dead strings are collected soon (see largeGarbage.ts): the server tells it when they die. Not while
 * the server is busy, nor within `quietMs` of a request coming or being answered: a full GC right after
 * the first diagnostics of a long fic went out held up the semantic tokens asked for beside them.
 */
const quietMs = 50;
let server: RunningServer | undefined;
const garbage = new LargeGarbage(undefined, () => !!server && (server.busy() || server.sinceLastRequest() < quietMs));
const options: ServerOptions = { textDied: (bytes: number) => garbage.died(bytes), workFiles: { scanFolder, readChapterFile, isInside } };

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`fic-language-server ${serverVersion}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write(
    'Usage: fic-language-server --stdio\n\nThe Fic Writer language server. Speaks LSP over stdio (--stdio),\nNode IPC (--node-ipc) or a socket (--socket=PORT).\n',
  );
} else if (args.includes('--stdio') && !args.includes('--node-ipc')) {
  const writer = new ChunkedMessageWriter(process.stdout);
  server = startServer(stdioConnection(writer), { ...options, output: writer });
} else {
  server = startServer(createConnection(ProposedFeatures.all), options);
}
