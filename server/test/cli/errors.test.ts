import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fic, ficProcess, tempTree } from './helpers';

const clean = 'The Quiet Roof\n\nShe sat on the roof and watched the clouds go by.\n';

test('--help and --version print to stdout and exit 0', () => {
  for (const argv of [['--help'], ['help'], ['check', '--help'], ['count', '-h']]) {
    const r = fic(argv);
    assert.equal(r.code, 0, argv.join(' '));
    assert.match(r.stdout, /^Usage: fic/, argv.join(' '));
    assert.equal(r.stderr, '');
  }
  const v = fic(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^fic \d+\.\d+\.\d+\n$/);
});

test('usage errors exit 2 with a message on stderr and nothing on stdout', () => {
  for (const argv of [[], ['count'], ['nope', 'a.fic'], ['check', '--frob', 'a.fic'], ['check', 'a.fic', '--canon']]) {
    const r = fic(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, /^fic: /, argv.join(' '));
    assert.equal(r.stdout, '');
  }
});

// A folder is a work (see works.test.ts); one with no chapter files in it is the error.
test('a missing file, a folder without chapters, an unreadable file: exit 2 and name the file and the problem', () => {
  const dir = tempTree({ 'ok.fic': clean, 'empty/readme.txt': 'not a chapter', 'locked.fic': clean });
  const locked = path.join(dir, 'locked.fic');
  fs.chmodSync(locked, 0o000);
  const canRead = (() => {
    try {
      fs.readFileSync(locked);
      return true; // root reads anything: the permission case cannot be made here
    } catch {
      return false;
    }
  })();
  const cases: [string, RegExp][] = [
    ['missing.fic', /missing\.fic: no such file/],
    ['empty', /no chapter files \(\*\.fic\) under empty/],
  ];
  if (!canRead) cases.push(['locked.fic', /locked\.fic: permission denied/]);
  for (const command of ['count', 'check']) {
    for (const [file, message] of cases) {
      const r = fic([command, 'ok.fic', file], dir);
      assert.equal(r.code, 2, `${command} ${file}`);
      assert.match(r.stderr, message, `${command} ${file}`);
      if (command === 'count') assert.match(r.stdout, /ok\.fic/, 'the readable file is still counted');
    }
  }
  const badCanon = fic(['check', '--canon', 'nope.canon', 'ok.fic'], dir);
  assert.equal(badCanon.code, 2);
  assert.match(badCanon.stderr, /canon file nope\.canon: no such file/);
  fs.chmodSync(locked, 0o644);
});

test('binary input: NUL bytes and invalid UTF-8 give a note, not a crash', () => {
  const bytes = new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0x00, 0x01, 0xff, 0xfe, 0x20, 0x68, 0x69, 0x0a]);
  const dir = tempTree({ 'odd.fic': bytes });
  for (const command of ['count', 'check']) {
    const r = fic([command, 'odd.fic'], dir);
    assert.equal(r.code, 0, `${command}: ${r.stderr}`);
    assert.match(r.stderr, /odd\.fic: contains NUL bytes \(first at byte 7\)/);
    assert.match(r.stderr, /not valid UTF-8/);
  }
});

test('the bundled out/cli.js behaves the same as a process (exit codes, streams)', () => {
  const dir = tempTree({ 'ok.fic': clean });
  const help = ficProcess(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: fic/);
  const missing = ficProcess(['count', 'nope.fic'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /fic: nope\.fic: no such file/);
  const flag = ficProcess(['count', '--nope', 'ok.fic'], dir);
  assert.equal(flag.code, 2);
  const ok = ficProcess(['check', 'ok.fic'], dir);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(ok.stdout, '');
});
