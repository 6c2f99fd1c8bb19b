/**
 * CPU time of the processes of this end-to-end run (the browser, code-server, the extension host, the
 * language server), read from /proc: on a shared machine CPU time measures the work a keystroke causes far
 * more steadily than wall-clock time, which other processes' load stretches.
 */
import * as fs from 'node:fs';

/** Process classes the suite reports apart. */
export type ProcessKind = 'renderer' | 'gpu' | 'browser' | 'extensionHost' | 'ficServer' | 'codeServer' | 'other';

export interface CpuSample {
  /** CPU milliseconds (user + system) per process id. */
  readonly byPid: Map<number, { kind: ProcessKind; ms: number }>;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

function readStat(pid: number): { ppid: number; ms: number } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return undefined;
  }
}

function kindOf(pid: number, serverPid: number | undefined): ProcessKind {
  if (pid === serverPid) return 'ficServer';
  let cmd = '';
  try {
    cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return 'other';
  }
  if (/--type=renderer/.test(cmd)) return 'renderer';
  // Chromium's GPU process draws and composites the page (in software when headless).
  if (/--type=gpu-process/.test(cmd)) return 'gpu';
  if (/chrom/i.test(cmd) && !/--type=/.test(cmd)) return 'browser';
  if (/extensionHost/.test(cmd)) return 'extensionHost';
  if (/out[/\\]server\.js/.test(cmd)) return 'ficServer';
  if (/code-server|server-main|entry/.test(cmd)) return 'codeServer';
  return 'other';
}

/** The root of this run's process tree: the runner (FIC_E2E_RUNNER_PID), else the extension host's oldest node ancestor. */
function runRoot(): number {
  const fromEnv = Number(process.env.FIC_E2E_RUNNER_PID);
  if (fromEnv > 0 && readStat(fromEnv)) return fromEnv;
  let pid = process.pid;
  for (let up = readStat(pid)?.ppid; up && up > 1; up = readStat(up)?.ppid) pid = up;
  return pid;
}

/** The run's processes and their kinds, found by a scan of /proc (reading every process is slow: done rarely). */
let run: Map<number, ProcessKind> | undefined;

/**
 * Finds the run's processes again (every process under the run's root): call it before a measurement,
 * as processes come and go (the language server restarts, the browser starts workers). Sampling then
 * reads only those processes, so that the measurement itself costs little.
 */
export function findRunProcesses(serverPid: number | undefined): void {
  if (!fs.existsSync('/proc/self/stat')) return;
  const root = runRoot();
  const parents = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = readStat(pid);
    if (s) parents.set(pid, s.ppid);
  }
  const inRun = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parents.get(p), hops++) if (p === root) return true;
    return false;
  };
  run = new Map();
  for (const pid of parents.keys()) if (pid !== root && inRun(pid)) run.set(pid, kindOf(pid, serverPid));
}

/** CPU time now of the run's processes (see findRunProcesses); undefined where /proc is missing. */
export function cpuSample(serverPid: number | undefined): CpuSample | undefined {
  if (!fs.existsSync('/proc/self/stat')) return undefined;
  if (!run || (serverPid !== undefined && !run.has(serverPid))) findRunProcesses(serverPid);
  const byPid = new Map<number, { kind: ProcessKind; ms: number }>();
  for (const [pid, kind] of run!) {
    const s = readStat(pid);
    if (s) byPid.set(pid, { kind, ms: s.ms });
  }
  return { byPid };
}

/** CPU milliseconds spent between two samples, per process kind and in total (processes gone since are not counted). */
export function cpuSpent(before: CpuSample, after: CpuSample): Record<ProcessKind | 'total', number> {
  const out: Record<ProcessKind | 'total', number> = { renderer: 0, gpu: 0, browser: 0, extensionHost: 0, ficServer: 0, codeServer: 0, other: 0, total: 0 };
  for (const [pid, a] of after.byPid) {
    const d = a.ms - (before.byPid.get(pid)?.ms ?? 0);
    out[a.kind] += d;
    out.total += d;
  }
  return out;
}
