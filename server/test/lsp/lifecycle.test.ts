/** The bundled server over stdio: lifecycle, diagnostics on open and on incremental change. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lines, startServer } from './harness';

const uri = 'file:///tmp/lifecycle/story.fic';

test('initialize answers quickly and announces incremental sync', async () => {
  const server = await startServer();
  try {
    assert.equal(server.initializeResult.serverInfo?.name, 'fic-language-server');
    assert.equal(server.initializeResult.capabilities.textDocumentSync, 2);
    // Generous bound for a loaded CI machine; the benchmark measures the real figure.
    assert.ok(server.initializeMs < 2000, `initialize took ${server.initializeMs} ms`);
  } finally {
    assert.equal(await server.stop(), 0);
  }
});

test('an unclosed quote is reported on its opening quote; a multi-paragraph speech is not', async () => {
  const server = await startServer();
  try {
    const text = lines(
      'Rukia looked up.',
      '',
      '"We should go before the gate closes,',
      '',
      '"and before anyone sees us." She stood.',
      '',
      '"Wait, he said. Nobody answered.',
      '',
      'The wind rose.',
    );
    const published = server.nextDiagnostics(uri);
    server.open(uri, text);
    const { diagnostics, version } = await published;
    assert.equal(version, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]),
      [['dialogue.unclosed-quote', 2, 6, 0, 1]],
    );
  } finally {
    await server.stop();
  }
});

test('didChange re-checks the new version: closing the quote clears the warning, reopening brings it back', async () => {
  const server = await startServer();
  try {
    const first = server.nextDiagnostics(uri);
    server.open(uri, lines('"Come here, she said.', '', 'He stayed.'));
    assert.equal((await first).diagnostics.length, 1);

    // Insert the missing closing quote after "here," (line 0, character 11).
    const fixed = server.nextDiagnostics(uri, (p) => p.version === 2);
    server.change(uri, 2, [{ range: { start: { line: 0, character: 11 }, end: { line: 0, character: 11 } }, text: '"' }]);
    assert.deepEqual((await fixed).diagnostics, []);

    const broken = server.nextDiagnostics(uri, (p) => p.version === 3);
    server.change(uri, 3, [{ range: { start: { line: 0, character: 11 }, end: { line: 0, character: 12 } }, text: '' }]);
    assert.equal((await broken).diagnostics[0]?.code, 'dialogue.unclosed-quote');
  } finally {
    await server.stop();
  }
});

test('closing a document clears its diagnostics', async () => {
  const server = await startServer();
  try {
    const opened = server.nextDiagnostics(uri);
    server.open(uri, '"Never closed.');
    assert.equal((await opened).diagnostics.length, 1);
    const cleared = server.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    server.close(uri);
    await cleared;
  } finally {
    await server.stop();
  }
});

test('settings from the client turn a diagnostic off', async () => {
  const server = await startServer({ settings: { diagnostics: { severity: { 'dialogue.unclosed-quote': 'off' } } } });
  try {
    // The first publish may precede the settings fetch; wait for the empty one.
    const published = server.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    server.open(uri, '"Never closed.');
    await published;
  } finally {
    await server.stop();
  }
});

test('the server runs standalone: --version and --help print and exit', async () => {
  const { execFileSync } = await import('node:child_process');
  const { serverPath } = await import('./harness');
  assert.match(execFileSync(process.execPath, [serverPath, '--version'], { encoding: 'utf8' }), /^fic-language-server \d+\.\d+\.\d+/);
  assert.match(execFileSync(process.execPath, [serverPath, '--help'], { encoding: 'utf8' }), /--stdio/);
});
