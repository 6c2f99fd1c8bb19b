/**
 * A short run of `fic` ends before V8's optimising compiler (TurboFan) pays for itself: the functions a
 * check of a few thousand words makes hot are compiled again, optimised, on a background thread, and that
 * costs more CPU than the optimised code saves (~15 ms of a 1k-word `fic check --canon`, about a third of
 * its cost past Node's own start; measured even from ~20k words, break-even near 50k, a loss above).
 * When every file the command names is a regular file and they hold at most `QUICK_BYTES` in all, the
 * optimiser is switched off for the run (the V8 flag `--no-turbofan`), and on again before the process
 * exits: the code cache the loader may write then carries V8's usual flags, so the next run can use it.
 * A folder, standard input or anything unreadable counts as large: the run keeps V8's defaults. So does a
 * process started with options of its own (other than Node's module options `--require`, `--import`,
 * `--loader`): they may set V8 flags (`--no-opt`, `--jitless`) that switching back would undo, and the
 * code cache would then no longer fit them.
 */
import { statSync, type Stats } from 'node:fs';

/** Total size of the named files up to which a run goes without the optimiser: ~30k words of fic text. */
export const QUICK_BYTES = 192 * 1024;

/** True when `argv` names regular files only (and at least one), of at most `QUICK_BYTES` in all. */
export function isQuickRun(argv: readonly string[], statOf: (path: string) => Stats = statSync): boolean {
  let total = 0;
  let files = 0;
  for (const arg of argv) {
    if (arg === '-') return false;
    if (arg.startsWith('-')) continue;
    let stat: Stats;
    try {
      stat = statOf(arg);
    } catch {
      continue; // a command, an option's value, or a missing file (reported by the command itself)
    }
    if (!stat.isFile()) return false;
    files++;
    total += stat.size;
    if (total > QUICK_BYTES) return false;
  }
  return files > 0;
}

/** Switches the optimiser off for a quick run (`isQuickRun`); returns what switches it back on. */
export function quickRunTiering(argv: readonly string[]): () => void {
  if (startedWithOptions([...(process.env.NODE_OPTIONS ?? '').split(/\s+/), ...process.execArgv]) || !isQuickRun(argv)) return noop;
  let v8: typeof import('node:v8');
  try {
    v8 = require('node:v8') as typeof import('node:v8');
    v8.setFlagsFromString('--no-turbofan');
  } catch {
    return noop;
  }
  return () => v8.setFlagsFromString('--turbofan');
}

/** True when `options` (Node's command line and NODE_OPTIONS) hold any but Node's module options. */
export function startedWithOptions(options: readonly string[]): boolean {
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!;
    if (/^(?:-r|--require|--import|--loader|--experimental-loader)$/.test(option)) i++;
    else if (option && !/^(?:--require|--import|--loader|--experimental-loader)=/.test(option)) return true;
  }
  return false;
}

function noop(): void {}
