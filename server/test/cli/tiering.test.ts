/**
 * Which runs of `fic` go without V8's optimising compiler (server/src/cli/tiering.ts): those naming only
 * regular files, small in all. Run as a process, a quick check answers exactly as in-process, and the code
 * cache it leaves is the one a run under V8's usual flags reads (codeCache.test.ts reads it back).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { isQuickRun, QUICK_BYTES, startedWithOptions } from '../../src/cli/tiering';
import { fic, ficProcess, tempTree } from './helpers';

test('a quick run names regular files only, at most QUICK_BYTES in all', () => {
  const half = 'x'.repeat(QUICK_BYTES / 2);
  const dir = tempTree({ 'a.fic': 'Hello.\n', 'b.canon': 'Mara\n', 'half1.fic': half, 'half2.fic': half, 'big.fic': half + half + 'x', 'sub/c.fic': 'Hi.\n' });
  const at = (f: string) => path.join(dir, f);
  const cases: [string[], boolean, string][] = [
    [['check', at('a.fic'), '--canon', at('b.canon')], true, 'small files'],
    [['check', at('half1.fic'), at('half2.fic')], true, 'exactly the limit'],
    [['check', at('half1.fic'), at('half2.fic'), at('a.fic')], false, 'past the limit in all'],
    [['check', at('big.fic')], false, 'one file past the limit'],
    [['check', at('sub')], false, 'a folder (a work of any size)'],
    [['check', '-'], false, 'standard input'],
    [['check', at('missing.fic'), at('a.fic')], true, 'a missing file is the command\'s to report'],
    [['check', at('missing.fic')], false, 'no file at all'],
    [['--version'], false, 'no file at all'],
  ];
  for (const [argv, expected, why] of cases) assert.equal(isQuickRun(argv), expected, why);
});

test('a process started with options of its own keeps V8\'s flags (module options aside)', () => {
  const cases: [string[], boolean][] = [
    [[], false],
    [['', ''], false],
    [['--require', '/x/hook.cjs'], false],
    [['-r', 'hook', '--import=tsx'], false],
    [['--no-opt'], true],
    [['--require', 'hook', '--jitless'], true],
    [['--max-semi-space-size=1'], true],
  ];
  for (const [options, expected] of cases) assert.equal(startedWithOptions(options), expected, options.join(' '));
});

test('a quick check as a process answers as in-process', () => {
  const dir = tempTree({ 'names.canon': 'Mara Quillon\nTeodor Vance\n', 'road.fic': 'Title: Road\n\n"We should go," Maara said. Teodor nodded at the rode.\n' });
  assert.ok(isQuickRun(['check', path.join(dir, 'road.fic'), '--canon', path.join(dir, 'names.canon')]));
  const argv = ['check', 'road.fic', '--canon', 'names.canon'];
  assert.deepEqual(ficProcess(argv, dir), fic(argv, dir));
});
