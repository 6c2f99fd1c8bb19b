/**
 * The bundled server reads its English word lists from the file the build writes beside it
 * (`out/english.dat`, scripts/build.mjs), as the CLI does: English spelling over LSP flags ordinary
 * misspellings, in both variants' lists, with suggestions from the same lists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { lines, startServer, until } from './harness';

const uri = 'file:///english/story.fic';

test('the bundled server spells English from its word-list file', async () => {
  const server = await startServer({ pull: true, settings: { canon: { words: ['Rukia'], files: [] }, spelling: { enabled: true, language: 'en-GB' } } });
  try {
    server.open(uri, lines('Rukia did not recieve the letter.', '', 'Its grry colour faded, and the color too.', ''));
    assert.ok(await until(() => server.refreshes > 0, 5000), 'a refresh request once the canon is in');
    const report = (await server.pull(uri)) as Extract<DocumentDiagnosticReport, { kind: 'full' }>;
    const english = report.items.filter((d) => d.code === 'spelling.unknown-word');
    // `colour` and `color` are both known (either variant is accepted); `recieve` and `grry` are not.
    assert.deepEqual(
      english.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`),
      ['0:14-21', '2:4-8'],
    );
    assert.match(english[0].message, /recieve/);
  } finally {
    await server.stop();
  }
});
