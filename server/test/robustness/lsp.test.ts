/**
 * The bundled server under abuse: a storm of rapid edits, bad documents over the wire, and a canon file
 * deleted while a fic that uses it is open. Waits for conditions, never for fixed times.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../lsp/harness';
import { generateCorpus } from '../../bench/corpus';
import { countWords } from '../../src/core/count/wordScanner';

test('a storm of 1,000 rapid edits: superseded work is dropped, the final state is served', async () => {
  const server = await startServer();
  const uri = 'file:///tmp/storm/story.fic';
  try {
    // A long fic, so that validating every intermediate version would take far longer than the test allows.
    const story = generateCorpus({ words: 100_000, seed: 11, canonSize: 100, isEnglish: () => false }).text.replace(/^[\s\S]*?Chapter 1/, 'Chapter 1');
    const opened = server.nextDiagnostics(uri);
    server.open(uri, story);
    await opened;

    const published: number[] = [];
    const final = 1001;
    const done = server.nextDiagnostics(uri, (p) => (published.push(p.version ?? -1), p.version === final), 60_000);
    for (let v = 2; v <= final; v++) {
      server.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'w ' }]);
    }
    const counted = server.connection.sendRequest('fic/wordCount', { textDocument: { uri } }) as Promise<{ total: number } | null>;
    const last = await done;
    assert.equal(last.version, final);
    assert.ok(published.length < 100, `validations coalesced: ${published.length} publishes for 1,000 edits`);
    assert.deepEqual(published, [...published].sort((a, b) => a - b), 'no stale version published after a newer one');
    const count = await counted;
    assert.ok(count, 'fic/wordCount answers during the storm');
    assert.equal(count.total, countWords('w '.repeat(1000) + story), 'the answer reflects all 1,000 edits');
  } finally {
    await server.stop();
  }
});

test('bad documents over the wire: empty, NUL, lone surrogates, one 5 MB line; the server keeps answering', async () => {
  const server = await startServer();
  try {
    const texts = ['', '\u0000'.repeat(1000), '\ud800"open \udc00\n\n\ud83d', 'x "y" '.repeat(900_000)];
    for (const [i, text] of texts.entries()) {
      const uri = `file:///tmp/bad/${i}.fic`;
      const published = server.nextDiagnostics(uri, () => true, 30_000);
      server.open(uri, text);
      await published;
      const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols) || symbols === null);
    }
    assert.equal(server.process.exitCode, null, 'still running');
  } finally {
    await server.stop();
  }
});

test('a canon file deleted while a fic is open: its names are forgotten, the server keeps working', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fic-canon-'));
  const canonPath = join(dir, 'names.canon');
  writeFileSync(canonPath, 'Rukia Kuchiki\nRenji Abarai\n');
  const server = await startServer({
    settings: { canon: { words: [], files: ['**/*.canon'] } },
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
  });
  const uri = pathToFileURL(join(dir, 'story.fic')).href;
  const misspelled = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.some((d) => d.code === 'canon.misspelled-name');
  try {
    const flagged = server.nextDiagnostics(uri, misspelled, 15_000);
    server.open(uri, 'Rukai looked at Renji across the courtyard.\n');
    await flagged; // the canon file was read: `Rukai` is a misspelling of `Rukia`

    const cleared = server.nextDiagnostics(uri, (p) => !misspelled(p), 15_000);
    unlinkSync(canonPath);
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(canonPath).href, type: 3 }] });
    await cleared; // without canon there is nothing to be a misspelling of

    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) || symbols === null);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
