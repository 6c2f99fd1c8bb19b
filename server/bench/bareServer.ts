/**
 * The yardstick for start-up: a bare JSON-RPC server (vscode-jsonrpc over stdio) that answers `initialize`
 * and nothing else. The bench bundles it as the server is bundled and starts both the same way
 * (`startup.ts`), so the difference is what our server loads and runs before it can answer.
 */
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const connection = createMessageConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
connection.onRequest('initialize', () => ({ capabilities: {} }));
connection.listen();
