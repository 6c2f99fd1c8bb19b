/** Semantic tokens over LSP from the bundled server: legend, full, delta and range requests. */
import { test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { getSemanticTokens, semanticTokenTypes, type SemanticTokenRange } from '../../src/core/features/semanticTokens';
import { findCanonNameSpans } from '../../src/core/features/canonNames';
import { CanonIndex } from '../../src/core/canon/canonIndex';
import { parseCanonText } from '../../src/core/canon/canonFile';
import { parse } from '../../src/core/parse/parse';
import { lines, startServer, until } from '../lsp/harness';
import { lineStarts } from './semanticHelpers';

const uri = 'file:///tmp/highlight/story.fic';
const text = lines(
  'The Bridge',
  '',
  'Characters: Orihime',
  '',
  'A/N: For a friend.',
  '',
  'Chapter 1',
  '',
  '"Stay here," Orihime said. \'I won\'t,\' he thought.',
  '',
  '* * *',
  '',
  '"It is over," she said.',
);

/** What core gives for `source`, with the canon names its header declares (no workspace canon). */
function expected(source: string, range?: SemanticTokenRange): number[] {
  const model = parse(source);
  return getSemanticTokens(model, { names: findCanonNameSpans(model, CanonIndex.empty()) }, range);
}

test('semantic tokens over LSP: legend, full, delta after an edit, range', async () => {
  const server = await startServer();
  try {
    const provider = server.initializeResult.capabilities.semanticTokensProvider as {
      legend: SemanticTokensLegend;
      full: { delta: boolean };
      range: boolean;
    };
    assert.deepEqual(provider.legend, { tokenTypes: [...semanticTokenTypes], tokenModifiers: [] });
    assert.deepEqual(provider.full, { delta: true });
    assert.equal(provider.range, true);

    server.open(uri, text);
    const first = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
    assert.deepEqual(first.data, expected(text));
    assert.ok(first.resultId);
    assert.ok(first.data.length >= 7 * 5, 'title, note, heading, name, speech, thought, break');

    // Insert a word on the line of the first speech.
    const line = 8;
    const edited = text.replace('said.', 'said softly.');
    server.change(uri, 2, [{ range: { start: { line, character: 25 }, end: { line, character: 25 } }, text: ' softly' }]);
    const delta = (await server.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri },
      previousResultId: first.resultId,
    })) as SemanticTokensDelta;
    assert.ok(delta.edits, 'a delta, not a full result');
    const applied = [...first.data];
    for (const e of [...delta.edits].reverse()) applied.splice(e.start, e.deleteCount, ...(e.data ?? []));
    assert.deepEqual(applied, expected(edited));

    // An unknown previous result gets full data back.
    const fallback = (await server.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri },
      previousResultId: 'nope',
    })) as SemanticTokens;
    assert.deepEqual(fallback.data, expected(edited));

    const range = (await server.connection.sendRequest('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range: { start: { line: 8, character: 3 }, end: { line: 11, character: 0 } },
    })) as SemanticTokens;
    const starts = lineStarts(edited);
    assert.deepEqual(range.data, expected(edited, { start: starts[8], end: starts[11], startLine: 8 }));

    const missing = (await server.connection.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri: 'file:///tmp/highlight/not-open.fic' },
    })) as SemanticTokens;
    assert.deepEqual(missing.data, []);
  } finally {
    assert.equal(await server.stop(), 0);
  }
});

test('semantic tokens over LSP: a client that sends no whole-document requests is offered ranges only', async () => {
  const semanticTokens = (full: boolean | { delta: boolean }) => ({
    semanticTokens: { requests: { range: true, full }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
  });
  for (const [full, offered] of [
    [false, undefined],
    [{ delta: true }, { delta: true }],
    [true, { delta: true }],
  ] as const) {
    const server = await startServer({ textDocumentCapabilities: semanticTokens(full) });
    try {
      const provider = server.initializeResult.capabilities.semanticTokensProvider as { full?: unknown; range: boolean };
      assert.deepEqual(provider.full, offered, `client requests.full ${JSON.stringify(full)}`);
      assert.equal(provider.range, true);
      server.open(uri, text);
      const range = (await server.connection.sendRequest('textDocument/semanticTokens/range', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 13, character: 0 } },
      })) as SemanticTokens;
      assert.deepEqual(range.data, expected(text), 'the whole text by range is the full result');
    } finally {
      assert.equal(await server.stop(), 0);
    }
  }
});

test('a full tokens request sent with the open waits for the workspace canon: its names are in the first reply', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fic-tokens-'));
  const canonText = 'Rukia Kuchiki\nRenji Abarai\n';
  writeFileSync(join(dir, 'names.canon'), canonText);
  const story = lines('Snow', '', 'Rukia waited. Renji came late, and Rukia said nothing.', '', '"Kuchiki," he said.');
  const fic = pathToFileURL(join(dir, 'snow.fic')).href;
  writeFileSync(join(dir, 'snow.fic'), story);
  const server = await startServer({ settings: { canon: { words: [], files: ['**/*.canon'] } }, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
  try {
    server.open(fic, story);
    const first = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: fic } })) as SemanticTokens;
    const model = parse(story);
    const canon = CanonIndex.build(parseCanonText(canonText, 'names.canon').entries);
    const names = findCanonNameSpans(model, canon);
    assert.equal(names.length, 4, 'Rukia, Renji, Rukia, Kuchiki');
    assert.deepEqual(first.data, getSemanticTokens(model, { names }));
  } finally {
    await server.stop();
  }
});

test('tokens refresh when the canon comes in only if tokens went out without it, and on every later change', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fic-tokens-'));
  writeFileSync(join(dir, 'names.canon'), 'Rukia Kuchiki\n');
  const story = lines('Snow', '', '"Wait," Rukia said by the gate.');
  const fic = pathToFileURL(join(dir, 'snow.fic')).href;
  const cases = [
    { name: 'a full request (it waits for the canon)', ask: 'full', refreshes: 0 },
    { name: 'a range request (answered at once, without the canon)', ask: 'range', refreshes: 1 },
  ] as const;
  for (const c of cases) {
    // Settings answered late: the canon comes in only after the tokens request was answered or waited.
    const server = await startServer({
      pull: true,
      settings: { canon: { words: [], files: ['**/*.canon'] } },
      settingsDelayMs: 300,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      workspaceCapabilities: { semanticTokens: { refreshSupport: true } },
    });
    let tokenRefreshes = 0;
    server.connection.onRequest('workspace/semanticTokens/refresh', () => void tokenRefreshes++);
    try {
      server.open(fic, story);
      const range = { start: { line: 0, character: 0 }, end: { line: 2, character: 40 } };
      const reply = (await server.connection.sendRequest(`textDocument/semanticTokens/${c.ask}`, { textDocument: { uri: fic }, range })) as SemanticTokens;
      assert.ok(reply.data.length > 0, c.name);
      assert.ok(await until(() => server.refreshes > 0, 5000), `${c.name}: the canon is in`);
      await server.connection.sendRequest('fic/wordCount', { textDocument: { uri: fic } }); // the server's messages before it are in
      assert.equal(tokenRefreshes, c.refreshes, c.name);
      // A later change of the canon (a new canon file) always asks again.
      writeFileSync(join(dir, 'more.canon'), 'Renji Abarai\n');
      server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'more.canon')).href, type: 1 }] });
      assert.ok(await until(() => tokenRefreshes > c.refreshes, 5000), `${c.name}: a refresh after the canon changed`);
    } finally {
      await server.stop();
    }
  }
});
