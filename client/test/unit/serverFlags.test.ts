/**
 * The server's Node flags are written in three places that cannot import one another: the VS Code client
 * (`serverExecArgv`, a module that needs `vscode`), the `fic-language-server` command's `#!` line
 * (scripts/build.mjs) and the bench, which must start the server as shipped. They must be one list.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

/** The string literals of the array assigned to `name` in `file`. */
function flagsIn(file: string, name: string): string[] {
  const text = readFileSync(resolve(root, file), 'utf8');
  const m = new RegExp(`const ${name} = \\[([^\\]]*)\\]`).exec(text);
  assert.ok(m, `${file} declares ${name}`);
  return [...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]);
}

test('the client, the command-line server and the bench start the server with the same flags', () => {
  const client = flagsIn('client/src/languageClient.ts', 'serverExecArgv');
  assert.ok(client.includes('--v8-pool-size=1') && client.includes('--max-semi-space-size=1'), client.join(' '));
  assert.deepEqual(flagsIn('scripts/build.mjs', 'serverFlags'), client);
  assert.deepEqual(flagsIn('server/bench/lsp.ts', 'serverFlags'), client);
});

test('the built command-line server carries them in its #! line', () => {
  const first = readFileSync(resolve(root, 'out/server.js'), 'utf8').split('\n', 1)[0];
  assert.equal(first, `#!/usr/bin/env -S node ${flagsIn('client/src/languageClient.ts', 'serverExecArgv').join(' ')}`);
});
