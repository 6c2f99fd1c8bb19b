/** Shared helpers for the CLI tests: a temp folder of files, and running `fic` in-process or as a process. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from '../../src/cli/run';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `fic argv` in-process with `cwd` as the working folder. */
export function fic(argv: string[], cwd?: string): Run {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = runCli(argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

export const cliBundle = path.resolve(__dirname, '../../../out/cli.js');

/** Runs the bundled `node out/cli.js argv` (built by `npm run build`). */
export function ficProcess(argv: string[], cwd?: string): Run {
  if (!fs.existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cliBundle, ...argv], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder holding `files` (path → content); returns its path. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fic-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}
