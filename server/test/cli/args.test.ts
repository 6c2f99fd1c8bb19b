import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../../src/cli/args';

test('parseArgs: commands, files and flags in any order', () => {
  const cases: [string[], unknown][] = [
    [['count', 'a.fic'], { command: 'count', files: ['a.fic'], json: false, canon: [], discoverCanon: true }],
    [['count', '--json', 'a.fic', 'b.fic'], { command: 'count', files: ['a.fic', 'b.fic'], json: true, canon: [], discoverCanon: true }],
    [['check', 'a.fic', '--canon', 'x.canon', '--canon=y.canon'], { command: 'check', files: ['a.fic'], json: false, canon: ['x.canon', 'y.canon'], discoverCanon: true }],
    [['check', '--no-canon-discovery', '--target', '100', 'a.fic'], { command: 'check', files: ['a.fic'], json: false, canon: [], discoverCanon: false, target: 100 }],
    [['check', '--', '--weird.fic'], { command: 'check', files: ['--weird.fic'], json: false, canon: [], discoverCanon: true }],
  ];
  for (const [argv, options] of cases) assert.deepEqual(parseArgs(argv), { kind: 'run', options }, argv.join(' '));
});

test('parseArgs: help and version', () => {
  assert.deepEqual(parseArgs(['--help']), { kind: 'help', command: undefined });
  assert.deepEqual(parseArgs(['-h']), { kind: 'help', command: undefined });
  assert.deepEqual(parseArgs(['help', 'check']), { kind: 'help', command: 'check' });
  assert.deepEqual(parseArgs(['count', '--help']), { kind: 'help', command: 'count' });
  assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
  assert.deepEqual(parseArgs(['-V']), { kind: 'version' });
});

test('parseArgs: every misuse is an error with a message that names the problem', () => {
  const cases: [string[], RegExp][] = [
    [[], /no command/],
    [['frobnicate', 'a.fic'], /unknown command 'frobnicate'/],
    [['--jsn'], /unknown option '--jsn'/],
    [['count'], /no files given/],
    [['check', '--json'], /no files given/],
    [['count', '--bogus', 'a.fic'], /unknown option '--bogus'/],
    [['check', 'a.fic', '--canon'], /--canon needs a file/],
    [['count', '--canon', 'x.canon', 'a.fic'], /--canon is an option of `fic check`/],
    [['check', '--target', 'lots', 'a.fic'], /positive whole number.*'lots'/],
    [['check', '--target', '0', 'a.fic'], /positive whole number/],
    [['count', '--json=yes', 'a.fic'], /--json takes no value/],
  ];
  for (const [argv, message] of cases) {
    const parsed = parseArgs(argv);
    assert.equal(parsed.kind, 'error', argv.join(' '));
    assert.match((parsed as { message: string }).message, message, argv.join(' '));
  }
});
