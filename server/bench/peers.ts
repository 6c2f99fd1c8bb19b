/**
 * Peers on the same text, each a cold process: cspell (with the canon as its word list) and our own
 * `fic check --canon`. Wall time from spawn to exit, the median of several runs (one cold run varies by
 * ±15% on a busy 2-core machine, which is enough to swing the ratio past a target); a missing tool is `n/a`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { median } from './util';

export interface PeerRun {
  /** Median wall time over `samples`. */
  ms?: number;
  /** Every run's wall time, in run order. */
  samples?: number[];
  exitCode?: number | null;
  /** Number of findings printed (one per line). */
  findings?: number;
  note?: string;
}

const root = resolve(__dirname, '../..');

interface Timed {
  ms: number;
  samples: number[];
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node args` `runs` times; the output is the first run's (every run prints the same). */
function timed(args: string[], cwd: string, runs: number): Timed {
  const samples: number[] = [];
  let first: Omit<Timed, 'ms' | 'samples'> | undefined;
  for (let i = 0; i < Math.max(1, runs); i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
    samples.push(performance.now() - t);
    first ??= { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
    if (r.status !== 0 && r.status !== 1) break; // a failing tool: no point timing it again
  }
  return { ms: median(samples), samples, ...first! };
}

/** Cold cspell over `file` with every word of `canonText` (names, aliases, terms) as its word list; median of `runs`. */
export function runCspell(dir: string, file: string, canonText: string, runs = 3): PeerRun {
  const bin = resolve(root, 'node_modules/cspell/bin.mjs');
  if (!existsSync(bin)) return { note: 'cspell not installed' };
  const words = new Set<string>();
  for (const line of canonText.split('\n')) {
    if (line.startsWith('#')) continue;
    for (const w of line.split(/[\s=,]+/)) if (w) words.add(w);
  }
  const config = resolve(dir, 'cspell.json');
  writeFileSync(config, JSON.stringify({ version: '0.2', language: 'en', words: [...words], ignorePaths: [] }));
  const r = timed([bin, 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-must-find-files', '-c', config, file], dir, runs);
  const findings = r.stdout.split('\n').filter((l) => /Unknown word/.test(l)).length;
  if (r.status !== 0 && r.status !== 1) return { ms: r.ms, samples: r.samples, exitCode: r.status, note: r.stderr.slice(0, 120) };
  return { ms: r.ms, samples: r.samples, exitCode: r.status, findings };
}

/** Cold `node out/cli.js check FILE --canon CANON`; median of `runs`. */
export function runFicCheck(dir: string, file: string, canonFile: string, runs = 7): PeerRun {
  const cli = resolve(root, 'out/cli.js');
  if (!existsSync(cli)) return { note: 'out/cli.js missing' };
  if (/not implemented/.test(readFileSync(cli, 'utf8').slice(0, 4000))) return { note: 'CLI not landed' };
  const r = timed([cli, 'check', file, '--canon', canonFile], dir, runs);
  if (r.status !== 0 && r.status !== 1) return { ms: r.ms, samples: r.samples, exitCode: r.status, note: (r.stderr || r.stdout).slice(0, 120) };
  const findings = r.stdout.split('\n').filter((l) => /:\d+:\d+:/.test(l)).length;
  return { ms: r.ms, samples: r.samples, exitCode: r.status, findings };
}

export interface ColdCosts {
  /** `node -e 0`: what any Node program pays to start. */
  floor: PeerRun;
  /** `fic check --canon` of a 1k-word fic: the fixed cost (start-up, canon index, first-run compiles). */
  small: PeerRun;
  /** The same on the 500k-word fic. */
  large: PeerRun;
}

/**
 * Cold `fic check --canon` of a small and a large fic, and a bare `node -e 0`, run in turn `runs` times so
 * the machine's load falls on each alike; medians. The fixed cost is `small` minus `floor`.
 */
export function coldCheckCosts(dir: string, smallFile: string, largeFile: string, canonFile: string, runs = 9): ColdCosts {
  const cli = resolve(root, 'out/cli.js');
  const floor: number[] = [];
  const small: number[] = [];
  const large: number[] = [];
  let findings: [number, number] = [0, 0];
  for (let i = 0; i < runs; i++) {
    floor.push(timed(['-e', '0'], dir, 1).ms);
    const s = timed([cli, 'check', smallFile, '--canon', canonFile], dir, 1);
    const l = timed([cli, 'check', largeFile, '--canon', canonFile], dir, 1);
    small.push(s.ms);
    large.push(l.ms);
    if (i === 0) findings = [s, l].map((r) => r.stdout.split('\n').filter((x) => /:\d+:\d+:/.test(x)).length) as [number, number];
  }
  return {
    floor: { ms: median(floor), samples: floor },
    small: { ms: median(small), samples: small, findings: findings[0] },
    large: { ms: median(large), samples: large, findings: findings[1] },
  };
}
