/**
 * out/cli.js (scripts/build.mjs `codeCacheLoader`) compiles the CLI bundle with a V8 code cache: made once
 * where it may write, then read by every later run, with the same output as a run without one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliBundle, tempTree } from './helpers';

const files = {
  'names.canon': 'Mara Quillon\nTeodor Vance\n',
  'road.fic': 'Title: Road\n\n"We should go," Maara said. Teodor nodded at the rode.\n',
};

function run(cwd: string, env: Record<string, string>) {
  const r = spawnSync(process.execPath, [cliBundle, 'check', 'road.fic', '--canon', 'names.canon'], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('out/cli.js writes its code cache once, reads it after, and answers alike with and without it', () => {
  const dir = tempTree(files);
  const cacheDir = path.join(dir, 'cache');
  const caches = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);
  const first = run(dir, { FIC_CODE_CACHE_DIR: cacheDir });
  assert.equal(first.code, 1, first.stderr);
  assert.match(first.stdout, /Maara/);
  const made = caches();
  assert.equal(made.length, 1, `one cache file: ${made}`);
  assert.match(made[0]!, /^cli-main\..*\.cache$/);
  const written = fs.statSync(path.join(cacheDir, made[0]!)).mtimeMs;
  const second = run(dir, { FIC_CODE_CACHE_DIR: cacheDir });
  assert.deepEqual(second, first, 'the same answer from the cache');
  assert.deepEqual(caches(), made, 'no second cache');
  assert.equal(fs.statSync(path.join(cacheDir, made[0]!)).mtimeMs, written, 'the cache is read, not rewritten');
  // A cache that does not fit (here: garbage under the right name) is rejected by V8 and replaced.
  fs.writeFileSync(path.join(cacheDir, made[0]!), 'not a code cache');
  assert.deepEqual(run(dir, { FIC_CODE_CACHE_DIR: cacheDir }), first, 'the same answer past a bad cache');
  assert.ok(fs.statSync(path.join(cacheDir, made[0]!)).size > 1000, 'the bad cache is replaced');
});
