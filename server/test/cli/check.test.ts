import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cliBundle, fic, ficProcess, tempTree } from './helpers';
import { canonFile, drabble, garden, roof, unclosed } from './fixtures';

const lineRe = /^(.+):(\d+):(\d+): (error|warning|information|hint) (\S+) (.+)$/;

function findings(stdout: string) {
  return stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const m = lineRe.exec(l);
      assert.ok(m, `'${l}' is file:line:col: severity code message`);
      return { file: m[1], line: Number(m[2]), col: Number(m[3]), severity: m[4], code: m[5], message: m[6] };
    });
}

test('fic check: a misspelled canon name, 1-based line and column, exit 1', () => {
  const dir = tempTree({ '.git/HEAD': 'ref: x\n', 'names.canon': canonFile, 'roof.fic': roof });
  const r = fic(['check', 'roof.fic'], dir);
  assert.equal(r.code, 1, r.stderr);
  const f = findings(r.stdout).filter((x) => x.code === 'canon.misspelled-name');
  assert.deepEqual(f.map((x) => [x.file, x.line, x.col, x.severity]), [['roof.fic', 16, 23, 'warning']]);
  assert.match(f[0]!.message, /Rukai.*Rukia/);
  assert.match(r.stderr, /1 warning in 1 file/);
});

test('fic check: an unclosed quote is a warning on the opening quote', () => {
  const dir = tempTree({ 'open.fic': unclosed });
  const r = fic(['check', 'open.fic'], dir);
  assert.equal(r.code, 1);
  assert.deepEqual(findings(r.stdout).map((x) => [x.line, x.col, x.severity, x.code]), [[1, 13, 'warning', 'dialogue.unclosed-quote']]);
});

test('fic check: canon files are found in the project folder, and only there', () => {
  const tree = {
    'outside.canon': 'Byakuay\n', // above the project root: never read
    'project/.git/HEAD': 'ref: x\n',
    'project/canon/names.canon': canonFile,
    'project/story/garden.fic': garden,
  };
  const dir = tempTree(tree);
  const found = fic(['check', 'project/story/garden.fic'], dir);
  assert.equal(found.code, 1, found.stderr);
  assert.deepEqual(findings(found.stdout).map((x) => [x.line, x.col, x.code]), [[1, 27, 'canon.misspelled-name']]);

  const json = JSON.parse(fic(['check', '--json', 'project/story/garden.fic'], dir).stdout);
  assert.deepEqual(json.canonFiles, ['project/canon/names.canon']);

  const off = fic(['check', '--no-canon-discovery', 'project/story/garden.fic'], dir);
  assert.equal(off.code, 0, 'without canon, Byakuay is just an unknown word');
  assert.equal(off.stdout, '');

  const explicit = fic(['check', '--no-canon-discovery', '--canon', 'project/canon/names.canon', 'project/story/garden.fic'], dir);
  assert.equal(explicit.code, 1);
});

test('fic check: without a project marker, the fic\'s own folder is searched', () => {
  const dir = tempTree({ 'loose/names.canon': canonFile, 'loose/garden.fic': garden });
  const r = fic(['check', 'loose/garden.fic'], dir);
  assert.equal(findings(r.stdout).filter((x) => x.code === 'canon.misspelled-name').length, 1, r.stdout + r.stderr);
});

test('fic check: information only (a drabble under its target) exits 0 but is printed', () => {
  const dir = tempTree({ 'snow.fic': drabble });
  const r = fic(['check', 'snow.fic'], dir);
  assert.equal(r.code, 0, r.stdout);
  const f = findings(r.stdout);
  assert.deepEqual(f.map((x) => [x.severity, x.code]), [['information', 'count.target']]);
  assert.equal(f[0]!.line, 2);
  assert.match(r.stderr, /1 information in 1 file/);
});

test('fic check: a clean fic prints nothing and exits 0', () => {
  const dir = tempTree({ 'ok.fic': 'Quiet\n\nThe rain stopped before dawn, and the city slept on.\n' });
  const r = fic(['check', 'ok.fic'], dir);
  assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
});

test('fic check: a malformed canon line is reported in the canon file', () => {
  const dir = tempTree({ '.git/HEAD': 'x\n', 'names.canon': canonFile + 'Rukia = \n' + 'x'.repeat(300) + '\n', 'ok.fic': 'Quiet\n\nRain.\n' });
  const r = fic(['check', '--json', 'ok.fic'], dir);
  const json = JSON.parse(r.stdout);
  const canonFindings = json.findings.filter((f: { file: string }) => f.file === 'names.canon');
  assert.ok(canonFindings.length >= 1, JSON.stringify(json.findings));
  assert.ok(canonFindings.every((f: { code: string; line: number }) => f.code.startsWith('canon.') && f.line >= 5));
});

test('fic check --json: files, canon files, findings with ranges, a summary', () => {
  const dir = tempTree({ '.git/HEAD': 'x\n', 'names.canon': canonFile, 'roof.fic': roof, 'open.fic': unclosed });
  const r = fic(['check', '--json', 'roof.fic', 'open.fic'], dir);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '');
  const json = JSON.parse(r.stdout);
  assert.deepEqual(json.files, ['roof.fic', 'open.fic']);
  assert.deepEqual(json.canonFiles, ['names.canon']);
  const name = json.findings.find((f: { code: string }) => f.code === 'canon.misspelled-name');
  assert.deepEqual(
    { file: name.file, line: name.line, column: name.column, endLine: name.endLine, endColumn: name.endColumn, severity: name.severity },
    { file: 'roof.fic', line: 16, column: 23, endLine: 16, endColumn: 28, severity: 'warning' },
  );
  assert.deepEqual(name.suggestions?.[0], 'Rukia');
  assert.equal(json.summary.warning, json.findings.filter((f: { severity: string }) => f.severity === 'warning').length);
});

test('fic check: CRLF files get the same line and column', () => {
  const dir = tempTree({ '.git/HEAD': 'x\n', 'names.canon': canonFile, 'roof.fic': roof.replace(/\n/g, '\r\n') });
  const f = findings(fic(['check', 'roof.fic'], dir).stdout).filter((x) => x.code === 'canon.misspelled-name');
  assert.deepEqual(f.map((x) => [x.line, x.col]), [[16, 23]]);
});

test('the bundled CLI: findings on stdout, exit 1', () => {
  const dir = tempTree({ 'open.fic': unclosed });
  const r = ficProcess(['check', 'open.fic'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^open\.fic:1:13: warning dialogue\.unclosed-quote /);
});

test('fic check FILE.canon checks the canon file itself', () => {
  const dir = tempTree({ 'names.canon': canonFile + 'Rukia Kuchiki\n' });
  const r = fic(['check', '--json', 'names.canon'], dir);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(json.files, []);
  assert.deepEqual(json.canonFiles, ['names.canon']);
  assert.deepEqual(json.findings.map((f: { file: string; line: number; code: string }) => [f.file, f.line, f.code]), [['names.canon', 5, 'canon.duplicate-entry']]);
  assert.equal(r.code, 0, 'a duplicate is a hint');
});

test('the bundled CLI stops quietly when its output pipe closes', () => {
  const dir = tempTree({ 'open.fic': unclosed.repeat(2000) });
  const r = spawnSync('bash', ['-c', `node ${JSON.stringify(cliBundle)} check open.fic | head -1`], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^open\.fic:1:13: warning/);
  assert.doesNotMatch(r.stderr, /EPIPE|Error/);
});
