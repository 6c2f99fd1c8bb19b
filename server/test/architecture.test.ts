/** The layering promised in the README: core is pure, so the CLI, the benchmark and tests can use it directly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

const forbiddenInCore = /^(vscode|vscode-languageserver.*|vscode-jsonrpc|node:.*|fs|path|os|child_process|url|util|process)$/;

test('core imports nothing from VS Code, LSP or Node', () => {
  const offenders = sources(join(root, 'core')).flatMap((f) =>
    imports(f).filter((m) => forbiddenInCore.test(m)).map((m) => `${relative(root, f)} imports ${m}`),
  );
  assert.deepEqual(offenders, []);
});

test('core does not reach into the LSP, CLI or node layers', () => {
  const offenders = sources(join(root, 'core')).flatMap((f) =>
    imports(f).filter((m) => /\/(lsp|cli|node)\//.test(m)).map((m) => `${relative(root, f)} imports ${m}`),
  );
  assert.deepEqual(offenders, []);
});

test('the protocol module is plain types and constants the client can import', () => {
  assert.deepEqual(imports(join(root, 'protocol.ts')), []);
});

test('the server layer reaches no Node-only helper and drives no V8 internals: those live under node/, wired by the entry point', () => {
  const offenders = sources(join(root, 'lsp')).flatMap((f) =>
    imports(f)
      .filter((m) => /^node:(v8|vm|inspector|worker_threads)$/.test(m) || /(^|\/)node\//.test(m))
      .map((m) => `${relative(root, f)} imports ${m}`),
  );
  assert.deepEqual(offenders, []);
});

test('features are factories: no register<Feature>.ts keeps state at module level', () => {
  const offenders = sources(join(root, 'lsp'))
    .filter((f) => /\/register[A-Z]\w*\.ts$/.test(f))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => /^(export )?let\s/.test(line) || /^(export )?const\s+\w+\s*=\s*new\s/.test(line))
        .map((line) => `${relative(root, f)}: ${line.trim()}`),
    );
  assert.deepEqual(offenders, []);
});

test('the document store’s edit log is read in one place (openFic.ts), which hands the edits out', () => {
  const readers = [...sources(join(root, 'lsp')), ...sources(join(root, 'core'))]
    .filter((f) => /\.editsSince\(/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(root, f));
  assert.deepEqual(readers, [join('lsp', 'openFic.ts')]);
});
