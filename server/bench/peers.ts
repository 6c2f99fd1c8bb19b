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

export interface ColdRun extends PeerRun {
  /** Median CPU time (user + system, all threads), from `cpuUsageHook.cjs`. */
  cpuMs?: number;
  /** Median CPU time of the main thread alone (Linux), from `cpuUsageHook.cjs`. */
  mainCpuMs?: number;
}

export interface ColdCosts {
  /** `node -e 0`: what any Node program pays to start. */
  floor: ColdRun;
  /** `fic check --canon` of a 1k-word fic: the fixed cost (start-up, canon index, first-run compiles). */
  small: ColdRun;
  /** The same on the 500k-word fic. */
  large: ColdRun;
}

/**
 * Cold `fic check --canon` of a small and a large fic, and a bare `node -e 0`, run in turn `runs` times so
 * the machine's load falls on each alike; medians of wall and CPU time. The fixed cost is `small` minus `floor`.
 */
export function coldCheckCosts(dir: string, smallFile: string, largeFile: string, canonFile: string, runs = 9): ColdCosts {
  const cli = resolve(root, 'out/cli.js');
  const hook = ['--require', resolve(__dirname, 'cpuUsageHook.cjs')];
  const jobs = { floor: [...hook, '-e', '0'], small: [...hook, cli, 'check', smallFile, '--canon', canonFile], large: [...hook, cli, 'check', largeFile, '--canon', canonFile] };
  const wall: Record<string, number[]> = { floor: [], small: [], large: [] };
  const cpu: Record<string, number[]> = { floor: [], small: [], large: [] };
  const mainCpu: Record<string, number[]> = { floor: [], small: [], large: [] };
  const findings: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(jobs)) {
      const r = timed(args, dir, 1);
      wall[name]!.push(r.ms);
      const m = /FIC_BENCH_CPU ([\d.]+)(?: MAIN ([\d.]+))?/.exec(r.stderr);
      if (m) cpu[name]!.push(Number(m[1]));
      if (m?.[2]) mainCpu[name]!.push(Number(m[2]));
      findings[name] ??= r.stdout.split('\n').filter((x) => /:\d+:\d+:/.test(x)).length;
    }
  }
  const run = (name: string): ColdRun => ({ ms: median(wall[name]!), samples: wall[name], cpuMs: cpu[name]!.length ? median(cpu[name]!) : undefined, mainCpuMs: mainCpu[name]!.length ? median(mainCpu[name]!) : undefined, findings: name === 'floor' ? undefined : findings[name] });
  return { floor: run('floor'), small: run('small'), large: run('large') };
}
