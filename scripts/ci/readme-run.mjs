// `node scripts/ci/readme-run.mjs [--keep]` (what .ci/run does): follows README.md word for word on a
// fresh clone. Every shell block marked `<!-- ci: run -->` is run, in README order, by one bash (so `cd`
// carries over) in a temporary folder: `git clone` takes this checkout's last commit instead of the
// public URL, `npm link` / `npm install -g` go to a temporary global folder (on PATH for the commands
// after), and `code ...` is skipped (no VS Code here; `npm run test:vsix` installs the .vsix into
// code-server the same way). A block marked `<!-- ci: output -->` must equal what the last command of
// the run block before it printed. Exits with the first failing command's status.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { commandsOf, loadReadmeBlocks, repo, shellLanguages } from '../readme/blocks.mjs';

const keep = process.argv.includes('--keep');
const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

function git(...args) {
  const r = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${repo}: ${r.stderr.trim()} (CI needs a git checkout)`);
  return r.stdout.trim();
}

/** The steps of the README, in order: { command, line, expect? }. */
function readmeSteps() {
  const steps = [];
  let last;
  for (const block of loadReadmeBlocks()) {
    if (block.marker === 'run') {
      if (!shellLanguages.has(block.lang)) throw new Error(`README.md:${block.line}: a \`ci: run\` block must be tagged sh, not '${block.lang}'`);
      const commands = commandsOf(block);
      if (commands.length === 0) throw new Error(`README.md:${block.line}: a \`ci: run\` block with no command`);
      for (const command of commands) steps.push((last = { command, line: block.line }));
    } else if (block.marker === 'output') {
      if (!last || last.expect !== undefined) throw new Error(`README.md:${block.line}: a \`ci: output\` block must follow a \`ci: run\` block`);
      last.expect = block.code;
    }
  }
  if (steps.length === 0) throw new Error('README.md has no `<!-- ci: run -->` block');
  return steps;
}

/** The bash line for one README command, rewritten only where this machine must differ. */
function bashFor(step, i, work, commit) {
  const { command } = step;
  const clone = /^git clone\s+(\S+)(?:\s+(\S+))?\s*$/.exec(command);
  if (clone) {
    const dir = clone[2] ?? path.basename(clone[1]).replace(/\.git$/, '');
    return `git clone -q ${q(repo)} ${q(dir)} && git -C ${q(dir)} checkout -q --detach ${commit}`;
  }
  if (/^code(\s|$)/.test(command)) return null;
  if (step.expect === undefined) return command;
  const expected = q(path.join(work, `expected-${i}.txt`));
  const got = q(path.join(work, `got-${i}.txt`));
  fs.writeFileSync(path.join(work, `expected-${i}.txt`), step.expect.replace(/[ \t]+$/gm, '').trimEnd() + '\n');
  return [
    `{\n${command}\n} > ${got}`, // on its own line: a trailing # comment ends there
    `cat ${got}`,
    `sed -i -e 's/[ \\t]*$//' ${got}`,
    `diff -u ${expected} ${got} || { echo "[readme] that output differs from the block after README.md:${step.line} (- README, + actual): update one of them" >&2; exit 1; }`,
  ].join('\n');
}

function main() {
  const commit = git('rev-parse', 'HEAD');
  if (git('status', '--porcelain', '--untracked-files=no')) {
    console.warn(`[readme] note: ${repo} has uncommitted changes; the fresh clone tests the last commit (${commit.slice(0, 10)}).`);
  }
  const steps = readmeSteps();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fic-readme-'));
  const globalPrefix = path.join(work, 'npm-global');
  const times = path.join(work, 'times.tsv');
  const lines = [
    'set -euo pipefail',
    `export NPM_CONFIG_PREFIX=${q(globalPrefix)} PATH=${q(path.join(globalPrefix, 'bin'))}:"$PATH"`,
    `cd ${q(work)}`,
  ];
  steps.forEach((step, i) => {
    const bash = bashFor(step, i, work, commit);
    lines.push(`printf '\\n[readme] $ %s   (README.md:%s)\\n' ${q(step.command)} ${step.line}`);
    if (bash === null) {
      lines.push(`echo '[readme] skipped: needs VS Code'; printf 'skipped\\t%s\\n' ${q(step.command)} >> ${q(times)}`);
      return;
    }
    lines.push(`__t=$SECONDS`, bash, `printf '%s\\t%s\\n' "$((SECONDS - __t))" ${q(step.command)} >> ${q(times)}`);
  });
  const script = path.join(work, 'readme.sh');
  fs.writeFileSync(script, lines.join('\n') + '\n');
  console.log(`[readme] ${steps.length} commands from README.md, run on a fresh clone of ${commit.slice(0, 10)} in ${work}`);

  const run = spawnSync('bash', [script], { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? 'true' } });
  const done = fs.existsSync(times) ? fs.readFileSync(times, 'utf8').trim().split('\n').filter(Boolean) : [];
  console.log('\n[readme] seconds per command:');
  for (const row of done) {
    const [secs, command] = row.split('\t');
    console.log(`  ${secs.padStart(7)}  ${command}`);
  }
  const ran = done.filter((r) => !r.startsWith('skipped')).length;
  const failed = run.status === 0 ? 0 : 1;
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`[readme] kept ${work}`);
  console.log(`readme: ${ran} passed, ${failed} failed, ${done.length - ran} skipped`);
  process.exit(run.status ?? 1);
}

try {
  main();
} catch (error) {
  console.error(`[readme] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
