/** `fic.dialogue.style` over LSP: the setting reaches the parse, and changing it re-reads an open fic. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { semanticTokenTypes } from '../../src/core/features/semanticTokens';
import { startServer } from '../lsp/harness';

/** The token types of `data`, in order. */
function types(data: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 3; i < data.length; i += 5) out.push(semanticTokenTypes[data[i]!]!);
  return out;
}

test('fic.dialogue.style: en-GB reads single quotes as speech, and a change re-reads the open fic', async () => {
  const settings = { dialogue: { style: 'auto' } };
  const server = await startServer({ settings });
  try {
    const uri = 'file:///tmp/dialogue/gb.fic';
    const first = server.nextDiagnostics(uri);
    server.open(uri, `'Hi,' he said.\n\n'Bye,' she said.\n`);
    await first;
    const tokens = async () => types(((await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens).data);
    assert.deepEqual(await tokens(), ['thought', 'thought'], 'auto: two single-quoted paragraphs are too few votes for en-GB');
    settings.dialogue.style = 'en-GB';
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    let now: string[] = [];
    for (let k = 0; k < 200 && now.join() !== 'dialogue,dialogue'; k++) {
      await new Promise((r) => setTimeout(r, 10));
      now = await tokens();
    }
    assert.deepEqual(now, ['dialogue', 'dialogue']);
  } finally {
    await server.stop();
  }
});
