/**
 * Peers on the same text, each a cold process: cspell (with the canon as its word list) and our own
 * `fic check --canon`. Wall time from spawn to exit; a missing tool is `n/a`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PeerRun {
  ms?: number;
  exitCode?: number | null;
  /** Number of findings printed (one per line). */
  findings?: number;
  note?: string;
}

const root = resolve(__dirname, '../..');

function timed(args: string[], cwd: string): { ms: number; status: number | null; stdout: string; stderr: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  return { ms: performance.now() - t, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Cold cspell over `file` with every word of `canonText` (names, aliases, terms) as its word list. */
export function runCspell(dir: string, file: string, canonText: string): PeerRun {
  const bin = resolve(root, 'node_modules/cspell/bin.mjs');
  if (!existsSync(bin)) return { note: 'cspell not installed' };
  const words = new Set<string>();
  for (const line of canonText.split('\n')) {
    if (line.startsWith('#')) continue;
    for (const w of line.split(/[\s=,]+/)) if (w) words.add(w);
  }
  const config = resolve(dir, 'cspell.json');
  writeFileSync(config, JSON.stringify({ version: '0.2', language: 'en', words: [...words], ignorePaths: [] }));
  const r = timed([bin, 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-must-find-files', '-c', config, file], dir);
  const findings = r.stdout.split('\n').filter((l) => /Unknown word/.test(l)).length;
  if (r.status !== 0 && r.status !== 1) return { ms: r.ms, exitCode: r.status, note: r.stderr.slice(0, 120) };
  return { ms: r.ms, exitCode: r.status, findings };
}

/** Cold `node out/cli.js check FILE --canon CANON`. */
export function runFicCheck(dir: string, file: string, canonFile: string): PeerRun {
  const cli = resolve(root, 'out/cli.js');
  if (!existsSync(cli)) return { note: 'out/cli.js missing' };
  if (/not implemented/.test(readFileSync(cli, 'utf8').slice(0, 4000))) return { note: 'CLI not landed' };
  const r = timed([cli, 'check', file, '--canon', canonFile], dir);
  if (r.status !== 0 && r.status !== 1) return { ms: r.ms, exitCode: r.status, note: (r.stderr || r.stdout).slice(0, 120) };
  const findings = r.stdout.split('\n').filter((l) => /:\d+:\d+:/.test(l)).length;
  return { ms: r.ms, exitCode: r.status, findings };
}
