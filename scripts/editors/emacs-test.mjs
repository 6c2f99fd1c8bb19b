// `npm run test:emacs`: Emacs in batch mode, configured with README.md's own Elisp block for the
// installed version (the block marked `<!-- ci: emacs X.Y -->` with the highest X.Y not above it), opens
// a fic with a misspelled canon name in a copy of the fixture workspace; eglot must connect to
// `fic-language-server` and flymake must show the server's diagnostic for it. `fic-language-server` is
// this checkout's out/server.js (run `npm run build` first), put on PATH as `npm link` would. Installs
// Debian's `emacs-nox` and, for Emacs < 29, `elpa-eglot` with apt-get when they are missing.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { editorBlockFor, loadReadmeBlocks, repo } from '../readme/blocks.mjs';

const TIMEOUT_S = 60;
const log = (m) => console.log(`[emacs] ${m}`);

function apt(...args) {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const [cmd, ...rest] = [...sudo, 'apt-get', '-o', 'DPkg::Lock::Timeout=600', ...args];
  const r = spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${r.status})`);
}

function emacsVersion() {
  const r = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
  const m = /GNU Emacs (\d+)\.(\d+)/.exec(r.stdout ?? '');
  return m ? [Number(m[1]), Number(m[2]), 0] : undefined;
}

function ensureEmacs() {
  let version = emacsVersion();
  const needsEglotPackage = (v) => v[0] < 29;
  const hasEglot = () => spawnSync('emacs', ['--batch', '--eval', '(progn (package-initialize) (require (quote eglot)))'], { stdio: 'ignore' }).status === 0;
  if (version && (!needsEglotPackage(version) || hasEglot())) return version;
  log(`installing Debian's ${version ? 'elpa-eglot' : 'emacs-nox (and elpa-eglot if it is older than 29)'}`);
  apt('update', '-qq');
  if (!version) apt('install', '-y', '-qq', 'emacs-nox');
  version = emacsVersion();
  if (!version) throw new Error('emacs did not install');
  if (needsEglotPackage(version) && !hasEglot()) apt('install', '-y', '-qq', 'elpa-eglot');
  return version;
}

// Opens the fic (the README's hook runs eglot-ensure, which connects after the next command: run the
// command loop's hook by hand), waits for flymake's diagnostics, writes what it saw.
const harness = (result) => `
(setq eglot-sync-connect t)
(find-file "roof.fic")
(run-hooks 'post-command-hook)
(let ((deadline (+ (float-time) ${TIMEOUT_S})) diags lines)
  (while (and (< (float-time) deadline) (null (setq diags (flymake-diagnostics))))
    (accept-process-output nil 0.2)
    (when (bound-and-true-p flymake-mode) (flymake-start)))
  (push (format "mode %s" major-mode) lines)
  (push (format "server %s" (if (and (fboundp 'eglot-current-server) (eglot-current-server)) "connected" "none")) lines)
  (dolist (d diags)
    (push (format "diagnostic %d %s" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d)) lines))
  (unless diags (push "timeout no diagnostics arrived" lines))
  (with-temp-file ${JSON.stringify(result)} (insert (mapconcat #'identity (nreverse lines) "\\n") "\\n")))
(kill-emacs 0)
`;

function main() {
  const server = path.join(repo, 'out/server.js');
  if (!fs.existsSync(server)) throw new Error(`${server} is missing: run \`npm run build\` first`);
  const version = ensureEmacs();
  const blocks = loadReadmeBlocks();
  const block = editorBlockFor(blocks, 'emacs', version);
  if (!block) throw new Error(`README.md has no \`<!-- ci: emacs X.Y -->\` Elisp block for Emacs ${version[0]}.${version[1]}`);
  log(`Emacs ${version[0]}.${version[1]}: README.md's Elisp block at line ${block.line} (${block.marker})`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fic-emacs-'));
  try {
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(server, path.join(bin, 'fic-language-server'));
    // Every README Emacs block must at least read as Lisp.
    for (const b of blocks.filter((x) => x.lang === 'elisp' && /^emacs /.test(x.marker))) {
      const file = path.join(tmp, `block-${b.line}.el`);
      fs.writeFileSync(file, b.code);
      const read = spawnSync('emacs', ['--batch', '--eval', `(with-temp-buffer (insert-file-contents ${JSON.stringify(file)}) (emacs-lisp-mode) (check-parens) (goto-char 1) (condition-case nil (while t (read (current-buffer))) (end-of-file nil)))`], { encoding: 'utf8' });
      if (read.status !== 0) throw new Error(`README.md:${b.line}: the Elisp does not read: ${read.stderr.split('\n').find((l) => /error/i.test(l)) ?? read.stderr.trim()}`);
    }
    const ws = path.join(tmp, 'project');
    fs.cpSync(path.join(repo, 'client/test/fixtures/workspace'), ws, { recursive: true });
    fs.mkdirSync(path.join(ws, '.git'));
    const init = path.join(tmp, 'init.el');
    fs.writeFileSync(init, block.code + '\n');
    const result = path.join(tmp, 'result.txt');
    fs.writeFileSync(path.join(tmp, 'harness.el'), harness(result));
    // As Emacs starts for a writer: packages activated (package.el), then the init file.
    const r = spawnSync('emacs', ['--batch', '--eval', '(package-initialize)', '-l', init, '-l', path.join(tmp, 'harness.el')], {
      cwd: ws,
      env: { ...process.env, HOME: tmp, PATH: `${bin}:${process.env.PATH}` },
      encoding: 'utf8',
      timeout: (TIMEOUT_S + 30) * 1000,
    });
    if (!fs.existsSync(result)) {
      const output = `${r.stdout}${r.stderr}`.split('\n').slice(0, 12).map((l) => l.slice(0, 300)).join('\n');
      throw new Error(`Emacs wrote no result (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${output}`);
    }
    const lines = fs.readFileSync(result, 'utf8').trim().split('\n');
    for (const l of lines) log(l);
    const problems = [];
    if (!lines.includes('mode fic-mode')) problems.push('roof.fic is not in fic-mode');
    if (!lines.includes('server connected')) problems.push('eglot did not connect');
    const diagnostics = lines.filter((l) => l.startsWith('diagnostic '));
    if (!diagnostics.some((l) => /^diagnostic 16 .*Rukai.*Rukia/.test(l))) problems.push("no diagnostic for 'Rukai' on line 16");
    const wrong = diagnostics.filter((l) => /canon name/.test(l) && !/Rukai/.test(l));
    if (wrong.length) problems.push(`canon diagnostics for names spelled right: ${wrong.join('; ')}`);
    if (problems.length) throw new Error(problems.join('\n'));
    log(`ok: Emacs ${version[0]}.${version[1]} with README.md's config sees the canon diagnostic`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`[emacs] FAIL ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
