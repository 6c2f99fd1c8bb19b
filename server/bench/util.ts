/** Small helpers for the benchmark: timing, statistics, the machine description, formatting. */
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';

/** The value at quantile `q` (0..1) of `values` (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Median wall time in ms of `fn` over `runs` runs after `warmup` unmeasured ones. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
}

/** CPU model (from /proc/cpuinfo when readable), logical cores, Node version. */
export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1]!.trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  return { cpu, cores: cpus().length, node: process.version };
}

/** `12.3 ms`, `n/a` for NaN/undefined. */
export function ms(v: number | undefined, digits = 1): string {
  return v === undefined || Number.isNaN(v) ? 'n/a' : `${v.toFixed(digits)} ms`;
}

/** `1.2M`, `350k`. */
export function rate(wordsPerSecond: number | undefined): string {
  if (wordsPerSecond === undefined || !Number.isFinite(wordsPerSecond)) return 'n/a';
  if (wordsPerSecond >= 1e6) return `${(wordsPerSecond / 1e6).toFixed(1)}M`;
  return `${(wordsPerSecond / 1e3).toFixed(0)}k`;
}

/** A markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `pass`/`FAIL` against `limit` (at most), `n/a` when the value is missing. */
export function verdict(value: number | undefined, limit: number, atLeast = false): string {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  return (atLeast ? value >= limit : value <= limit) ? 'pass' : 'FAIL';
}
