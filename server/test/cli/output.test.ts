/**
 * The `fic` process's output (server/src/cli/output.ts): written to file descriptors 1 and 2 directly, a
 * long report in parts, whole, in order, and the same as the in-process report; a pipe closed early, or
 * one that takes nothing for a while (non-blocking), loses no status and raises no error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cliBundle, fic, ficProcess, tempTree } from './helpers';

/** A fic with ~1,800 findings (a report of ~180 KB, past the writer's 64 KB parts), with non-ASCII text. */
function noisyTree(): string {
  const line = 'Maara smiled at Teodor — “again,” she said, 🙂 and Teodorr laughed.';
  return tempTree({
    'names.canon': 'Mara Quillon\nTeodor Vance\n',
    'long.fic': `Title: Long\n\n${Array.from({ length: 900 }, () => line).join('\n\n')}\n`,
  });
}

test('a long report from the process equals the in-process one, byte for byte', () => {
  const dir = noisyTree();
  const inProcess = fic(['check', 'long.fic', '--canon', 'names.canon'], dir);
  const processed = ficProcess(['check', 'long.fic', '--canon', 'names.canon'], dir);
  assert.ok(inProcess.stdout.length > 150_000, `a long report (${inProcess.stdout.length})`);
  assert.deepEqual(processed, inProcess);
});

test('a pipe closed after the first bytes (`fic check | head -1`) ends the process quietly, with the findings status', async () => {
  const dir = noisyTree();
  const child = spawn(process.execPath, [cliBundle, 'check', 'long.fic', '--canon', 'names.canon'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 1);
  assert.doesNotMatch(stderr, /EPIPE|Error|at /);
});

test('a non-blocking pipe read late (EAGAIN) still gets the whole report, in order', (t) => {
  // Python sets O_NONBLOCK on the pipe it hands over, and reads only after the writer has filled it.
  const python = spawnSync('python3', ['-c', 'print(1)'], { encoding: 'utf8' });
  if (python.status !== 0) return t.skip('python3 is not installed');
  const dir = noisyTree();
  const script = [
    'import os, fcntl, subprocess, sys, time',
    'r, w = os.pipe()',
    'fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)',
    'p = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.DEVNULL)',
    'os.close(w)',
    'time.sleep(0.5)',
    'data = b""',
    'while True:',
    '    chunk = os.read(r, 65536)',
    '    if not chunk: break',
    '    data += chunk',
    'sys.stdout.buffer.write(data)',
    'sys.exit(p.wait())',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, process.execPath, cliBundle, 'check', 'long.fic', '--canon', 'names.canon'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout, fic(['check', 'long.fic', '--canon', 'names.canon'], dir).stdout);
});
