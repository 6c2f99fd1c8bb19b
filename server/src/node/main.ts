/**
 * The server's entry point. `vscode-languageserver/node` picks the transport from the command line:
 * `--stdio` (Neovim, Helix, Emacs...), `--node-ipc` (the VS Code client) or `--socket=PORT`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serverVersion, startServer } from '../lsp/server';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`fic-language-server ${serverVersion}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write(
    'Usage: fic-language-server --stdio\n\nThe Fic Writer language server. Speaks LSP over stdio (--stdio),\nNode IPC (--node-ipc) or a socket (--socket=PORT).\n',
  );
} else {
  startServer(createConnection(ProposedFeatures.all));
}
