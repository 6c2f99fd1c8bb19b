/**
 * CPU time of the processes of this end-to-end run (the browser, code-server, the extension host, the
 * language server), read from /proc: on a shared machine CPU time measures the work a keystroke causes far
 * more steadily than wall-clock time, which other processes' load stretches.
 *
 * Each process's time is the sum of its threads' run time in nanoseconds (`/proc/PID/task/TID/schedstat`),
 * not `/proc/PID/stat`'s user and system ticks: those come in 10 ms steps per process, and with seven
 * processes sampled a few hundred ms apart the steps alone moved a round's figure, and even more the idle
 * use taken off it, by tens of ms. Where schedstat is missing the ticks are used.
 */
import * as fs from 'node:fs';

/** Process classes the suite reports apart. */
export type ProcessKind = 'renderer' | 'gpu' | 'browser' | 'extensionHost' | 'ficServer' | 'codeServer' | 'other';

export const processKinds: readonly ProcessKind[] = ['renderer', 'gpu', 'browser', 'extensionHost', 'ficServer', 'codeServer', 'other'];

export interface CpuSample {
  /** CPU milliseconds per thread (`pid/tid`), with each thread's process kind. */
  readonly byThread: Map<string, { kind: ProcessKind; ms: number }>;
  /** The CPU the samples taken before this one cost the extension host's thread that took them (see `samplerMs`). */
  readonly samplerMs: number;
}

/** This thread's run time in ms (undefined without schedstat). */
function ownThreadMs(): number | undefined {
  if (!hasSchedstat) return undefined;
  const line = fs.readFileSync('/proc/thread-self/schedstat', 'utf8');
  return Number(line.slice(0, line.indexOf(' '))) / 1e6;
}

/**
 * What sampling has cost so far: reading ~150 threads' schedstat files takes a few ms of the extension
 * host's CPU, five times a second while the suite waits for quiet, which would count as the extension
 * host's work (more in the mode whose rounds take longer). `cpuSpent` takes it off.
 */
let samplerMs = 0;

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

/** Whether this kernel reports run time per thread (CONFIG_SCHED_INFO). */
const hasSchedstat = (() => {
  try {
    return /^\d+ \d+ \d+/.test(fs.readFileSync('/proc/thread-self/schedstat', 'utf8'));
  } catch {
    return false;
  }
})();

/** Adds the run time of each thread of `pid`, in ms, to `out` under `pid/tid` (the process's ticks without schedstat). */
function readThreads(pid: number, kind: ProcessKind, out: Map<string, { kind: ProcessKind; ms: number }>): void {
  if (!hasSchedstat) {
    const s = readStat(pid);
    if (s) out.set(`${pid}`, { kind, ms: s.ms });
    return;
  }
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return; // gone
  }
  for (const tid of tids) {
    try {
      const line = fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8');
      out.set(`${pid}/${tid}`, { kind, ms: Number(line.slice(0, line.indexOf(' '))) / 1e6 });
    } catch {
      // the thread ended since the listing
    }
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
  const started = ownThreadMs();
  const before = samplerMs;
  const byThread = new Map<string, { kind: ProcessKind; ms: number }>();
  for (const [pid, kind] of run!) readThreads(pid, kind, byThread);
  const ended = ownThreadMs();
  if (started !== undefined && ended !== undefined) samplerMs += ended - started;
  return { byThread, samplerMs: before };
}

/**
 * CPU milliseconds spent between two samples, per process kind and in total. A thread that started since
 * `before` counts in full; one that ended since is not counted (its last moments are lost: threads of
 * these processes live long, so this is rare and small).
 */
export function cpuSpent(before: CpuSample, after: CpuSample): Record<ProcessKind | 'total', number> {
  const out: Record<ProcessKind | 'total', number> = { renderer: 0, gpu: 0, browser: 0, extensionHost: 0, ficServer: 0, codeServer: 0, other: 0, total: 0 };
  for (const [id, a] of after.byThread) {
    const d = Math.max(0, a.ms - (before.byThread.get(id)?.ms ?? 0));
    out[a.kind] += d;
    out.total += d;
  }
  // The samples from `before` up to `after` (their reads fall between the two, give or take one sample's).
  const sampling = Math.min(out.extensionHost, after.samplerMs - before.samplerMs);
  out.extensionHost -= sampling;
  out.total -= sampling;
  return out;
}

/**
 * CPU milliseconds the whole machine has been busy so far (all cores, every process: /proc/stat, in
 * 10 ms ticks), to tell how much other processes (other agents on a shared machine) were running while
 * a round was measured. Undefined where /proc/stat is missing.
 */
export function machineBusyMs(): number | undefined {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = fields[3]! + fields[4]!; // idle, iowait
    return (fields.reduce((a, b) => a + b, 0) - idle) * TICK_MS;
  } catch {
    return undefined;
  }
}
