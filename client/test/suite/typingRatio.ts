/** The typing-cost measurement of the end-to-end suite: a long fic, and Fic against Plain Text typing. */
import * as vscode from 'vscode';
import { cpuSample, cpuSpent, findRunProcesses, machineBusyMs, processKinds, type CpuSample, type ProcessKind } from './processCpu';

/**
 * A fic of exactly `words` AO3 words in 10-word sentences: narration, dialogue, a thought and canon names of
 * the fixture canon, in paragraphs of five sentences under chapters of 5,000 words (no header, no notes).
 */
export function longFicText(words: number): string {
  const sentences = [
    'Rukia climbed the stairs to the roof and sat down.',
    '"You are late," Renji said, and he sat beside her.',
    'The wind carried the smell of rain across the city.',
    "'He never waits for anyone,' she thought, and looked away.",
    'Byakuya watched them both from the shadow of the gate.',
  ];
  const perParagraph = sentences.length * 10;
  const chapters: string[] = [];
  for (let done = 0, n = 1; done < words; n++) {
    const paragraphs: string[] = [];
    for (let w = 0; w < 5000 && done < words; w += perParagraph, done += perParagraph) paragraphs.push(sentences.join(' '));
    chapters.push(`Chapter ${n}\n\n${paragraphs.join('\n\n')}`);
  }
  return chapters.join('\n\n') + '\n';
}


/** CPU milliseconds per process kind, and in total. */
export type CpuByKind = Record<ProcessKind | 'total', number>;

/** One round of typing: the keys' latencies and the CPU time the run spent on them. */
export interface TypingRound {
  /** Milliseconds from sending each key to its `type` command returning. */
  readonly keys: number[];
  /** CPU milliseconds of the run's processes from the first key until they were quiet again, idle use taken off. */
  readonly cpu: CpuByKind;
  /** The same for bringing the editor to the front and placing the cursor, before the first key (not typing). */
  readonly showCpu: number;
  /** The idle use taken off, in CPU ms per second, per process kind (the mean of the second before the first key and the second after quiet). */
  readonly idle: CpuByKind;
  /** The idle use in total, CPU ms/s, in the second before the first key and in the second after quiet (their mean is `idle`). */
  readonly idleBeforeAfter: [number, number];
  /** Milliseconds from the first key until the run was quiet again (what the idle use was taken off for). */
  readonly elapsed: number;
  /** Other processes' load during the round, in cores (the machine's busy time less the run's, per ms): other agents. */
  readonly others: number;
  /** The run's CPU ms (idle not taken off) while the keys were typed, then in each ~200 ms after the last key until quiet. */
  readonly timeline: number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const noCpu = (): CpuByKind => ({ renderer: 0, gpu: 0, browser: 0, extensionHost: 0, ficServer: 0, codeServer: 0, other: 0, total: 0 });
const kinds = processKinds;

/**
 * How long after the last key a round goes on, at least, before the run may count as quiet: work that
 * the typing starts after a pause belongs to the round (the server judges the word being typed 1 s after
 * the last key and asks for a new pull; semantic tokens are asked after the writer pauses).
 */
const AFTER_LAST_KEY_MS = 1500;

/**
 * Waits until the run is quiet (the requests, renders and analyses a change caused are done): two
 * 200 ms windows in a row in which the run's processes used at most 15% of a core (the run's idle use is
 * a few percent). Gives up after `timeoutMs`.
 */
export async function waitQuiet(serverPid: () => number | undefined, timeoutMs = 10_000, timeline?: number[]): Promise<void> {
  const windowMs = 200;
  let quiet = 0;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && quiet < 2; ) {
    const a = cpuSample(serverPid());
    const t = Date.now();
    await sleep(windowMs);
    const b = cpuSample(serverPid());
    if (!a || !b) {
      await sleep(1000); // no /proc: a pause is all that is left
      return;
    }
    const spent = cpuSpent(a, b).total;
    timeline?.push(spent);
    quiet = spent / (Date.now() - t) > 0.15 ? 0 : quiet + 1;
  }
}

/** Samples the run every 200 ms until `until` (a `Date.now()` time), pushing each window's CPU ms to `timeline`. */
async function sampleUntil(serverPid: () => number | undefined, until: number, timeline: number[]): Promise<void> {
  while (Date.now() + 100 < until) {
    const a = cpuSample(serverPid());
    await sleep(Math.min(200, until - Date.now()));
    const b = cpuSample(serverPid());
    if (a && b) timeline.push(cpuSpent(a, b).total);
  }
}

/**
 * The run's use over `ms` of nobody typing, per process kind, in CPU ms per ms: the mean over the whole
 * window, small bursts included (a burst that lands in a round is counted there too, so leaving bursts out
 * of the idle use would add them to the rounds only).
 */
async function idleRate(serverPid: () => number | undefined, ms: number): Promise<CpuByKind> {
  const rate = noCpu();
  // A second above the quiet bound (15% of a core, 3x the usual idle use) was not idle: drawing that
  // went on after the run looked quiet (Plain Text's GPU at ~430 CPU ms/s in such a second), which, taken
  // off a whole round, made that round ~500 ms cheaper. Wait for quiet and measure again (at most twice
  // more; the last measure stands). This leaves out of the idle use only such bursts, which raises both
  // modes' rounds alike (a ratio a little nearer 1).
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) await waitQuiet(serverPid);
    const a = cpuSample(serverPid());
    const t = Date.now();
    await sleep(ms);
    const b = cpuSample(serverPid());
    if (!a || !b) return rate;
    const spent = cpuSpent(a, b);
    const elapsed = Date.now() - t;
    for (const k of Object.keys(rate) as (keyof CpuByKind)[]) rate[k] = spent[k] / elapsed;
    if (rate.total <= 0.15) break;
  }
  return rate;
}

const meanRate = (a: CpuByKind, b: CpuByKind): CpuByKind => {
  const out = noCpu();
  for (const k of Object.keys(out) as (keyof CpuByKind)[]) out[k] = (a[k] + b[k]) / 2;
  return out;
};

/**
 * CPU spent between two samples `elapsed` ms apart, with the idle use `idle` over that time taken off, per
 * kind and in total; not clamped at 0 (a kind whose idle use was overestimated shows it, instead of a bias
 * upwards).
 */
function spentSince(before: CpuSample | undefined, after: CpuSample | undefined, elapsed: number, idle: CpuByKind): CpuByKind {
  const spent = before && after ? cpuSpent(before, after) : noCpu();
  const out = noCpu();
  for (const k of Object.keys(out) as (keyof CpuByKind)[]) out[k] = spent[k] - idle[k] * elapsed;
  return out;
}

/**
 * Brings `document`'s editor to the front with the cursor at the end of line `line` and waits until the
 * run is quiet; measures the idle use for a second; types `text` a key at a time; waits until
 * `settled(true)` holds (what the mode shows is up to date), `AFTER_LAST_KEY_MS` have passed since the
 * last key and the run is quiet again; measures the idle use for another second; then deletes what it
 * typed, so that every round starts from the same text at the same place.
 */
export async function typingRound(
  document: vscode.TextDocument,
  line: number,
  text: string,
  opts: { serverPid: () => number | undefined; settled?: (typed: boolean) => PromiseLike<unknown> },
): Promise<TypingRound> {
  findRunProcesses(opts.serverPid());
  await waitQuiet(opts.serverPid);
  const shown = cpuSample(opts.serverPid());
  const showStarted = Date.now();
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const end = document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  // The cursor in the middle of the screen: a round whose new line scrolled the editor repainted all of
  // it, and whether it did depended on where the last reveal had left the view.
  editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
  await opts.settled?.(false);
  await waitQuiet(opts.serverPid);
  const showEnded = cpuSample(opts.serverPid());
  const showElapsed = Date.now() - showStarted;
  const idleBefore = await idleRate(opts.serverPid, 1000);
  const showCpu = spentSince(shown, showEnded, showElapsed, idleBefore).total;

  const before = cpuSample(opts.serverPid());
  const machineBefore = machineBusyMs();
  const started = Date.now();
  const keys: number[] = [];
  for (const ch of text) {
    const t = Date.now();
    await vscode.commands.executeCommand('type', { text: ch });
    keys.push(Date.now() - t);
  }
  const lastKey = Date.now();
  const typedSample = cpuSample(opts.serverPid());
  const timeline: number[] = [before && typedSample ? cpuSpent(before, typedSample).total : 0];
  await opts.settled?.(true);
  await sampleUntil(opts.serverPid, lastKey + AFTER_LAST_KEY_MS, timeline);
  await waitQuiet(opts.serverPid, 10_000, timeline);
  const after = cpuSample(opts.serverPid());
  const machineAfter = machineBusyMs();
  const elapsed = Date.now() - started;
  const idleAfter = await idleRate(opts.serverPid, 1000);
  const idle = meanRate(idleBefore, idleAfter);
  const cpu = spentSince(before, after, elapsed, idle);
  const runSpent = before && after ? cpuSpent(before, after).total : 0;
  const others = machineBefore !== undefined && machineAfter !== undefined ? Math.max(0, machineAfter - machineBefore - runSpent) / elapsed : 0;

  const typedEnd = document.positionAt(document.offsetAt(end) + text.length);
  const typed = document.getText(new vscode.Range(end, typedEnd));
  if (typed !== text) throw new Error(`the editor did not get the keys: ${JSON.stringify(typed)}`);
  await editor.edit((b) => b.delete(new vscode.Range(end, typedEnd)));
  const idlePerSecond = noCpu();
  for (const k of Object.keys(idle) as (keyof CpuByKind)[]) idlePerSecond[k] = idle[k] * 1000;
  return { keys, cpu, showCpu, idle: idlePerSecond, idleBeforeAfter: [idleBefore.total * 1000, idleAfter.total * 1000], elapsed, others, timeline };
}

export const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
export const median = (v: readonly number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * One mode's rounds for the report: the median CPU per round in total and per process kind, each with
 * every round's figure in brackets (in the order typed), so that the noise is there to see.
 */
export function describeRounds(rounds: readonly TypingRound[]): string {
  const all = (k: keyof CpuByKind) => rounds.map((x) => x.cpu[k].toFixed(0)).join(' ');
  const med = (k: keyof CpuByKind) => median(rounds.map((x) => x.cpu[k])).toFixed(0);
  return `${med('total')} [${all('total')}]; ` + kinds.map((k) => `${k} ${med(k)} [${all(k)}]`).join(', ');
}

/** Fic and Plain Text rounds typed in turn (see `typeInTurn`). */
export interface TypingComparison {
  readonly fic: TypingRound[];
  readonly plain: TypingRound[];
  /** The uncounted first round of each mode, Fic then Plain Text. */
  readonly warmUp: TypingRound[];
}

/**
 * Types `chunk` in `rounds` rounds per mode, in turn and in alternating order (Fic then Plain Text, then
 * Plain Text then Fic, ...), at line `line` of both documents (the same text): the machine's load, which
 * drifts, falls on both alike, and round i of each mode are neighbours in time.
 */
export async function typeInTurn(
  docs: { fic: vscode.TextDocument; plain: vscode.TextDocument },
  line: number,
  chunk: string,
  rounds: number,
  opts: { serverPid: () => number | undefined; settled?: (typed: boolean) => PromiseLike<unknown>; around?: (mode: 'fic' | 'plain', round: number, run: () => Promise<TypingRound>) => Promise<TypingRound> },
): Promise<TypingComparison> {
  const out: TypingComparison = { fic: [], plain: [], warmUp: [] };
  // A solid cursor in both modes while measuring: a blinking one repaints the editor twice a second,
  // which the idle use taken off a round only approximates.
  const editor = vscode.workspace.getConfiguration('editor');
  const blinking = editor.inspect('cursorBlinking')?.globalValue;
  await editor.update('cursorBlinking', 'solid', vscode.ConfigurationTarget.Global);
  // Plain Text without word suggestions, as Fic has them ([fic] defaults): whether Plain Text's suggest
  // widget opened before the next key came was a race, which made its cost flip between ~450 and ~950
  // CPU ms a round from run to run (its GPU process's share from ~120 to ~500). Without it, Plain Text
  // is the steadier and the cheaper baseline: the ratio is the stricter for it.
  const plainEditor = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
  const plainWords = plainEditor.inspect('wordBasedSuggestions')?.globalLanguageValue;
  await plainEditor.update('wordBasedSuggestions', 'off', vscode.ConfigurationTarget.Global, true);
  try {
    // One round in each mode first, not counted: the first rounds cost more in both (code run for the
    // first time, caches filled), which is not what typing costs.
    for (const mode of ['fic', 'plain'] as const) out.warmUp.push(await typingRound(docs[mode], line, chunk, { serverPid: opts.serverPid, settled: mode === 'fic' ? opts.settled : undefined }));
    for (let r = 0; r < rounds; r++) {
      for (const mode of r % 2 ? (['plain', 'fic'] as const) : (['fic', 'plain'] as const)) {
        const run = () => typingRound(docs[mode], line, chunk, { serverPid: opts.serverPid, settled: mode === 'fic' ? opts.settled : undefined });
        out[mode].push(await (opts.around ? opts.around(mode, r, run) : run()));
      }
    }
  } finally {
    await editor.update('cursorBlinking', blinking, vscode.ConfigurationTarget.Global);
    await plainEditor.update('wordBasedSuggestions', plainWords, vscode.ConfigurationTarget.Global, true);
  }
  return out;
}

/** The `q` quantile (0..1) of `v`, interpolated. */
export const quantile = (v: readonly number[], q: number) => {
  const s = [...v].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
};

/**
 * The Fic / Plain Text cost ratio two ways: the ratio of the modes' median round costs, and the median
 * of the ratios of neighbouring rounds (round i of each mode, typed one after the other), which a load
 * that changes during the run skews less; with the quartiles of those paired ratios, to show their spread.
 */
export function costRatios(c: TypingComparison): { medians: number; paired: number; pairedQuartiles: [number, number] } {
  const cost = (rounds: readonly TypingRound[]) => rounds.map((x) => x.cpu.total);
  const fic = cost(c.fic);
  const plain = cost(c.plain);
  const pairs = fic.map((f, i) => f / Math.max(1, plain[i]!));
  return { medians: median(fic) / Math.max(1, median(plain)), paired: median(pairs), pairedQuartiles: [quantile(pairs, 0.25), quantile(pairs, 0.75)] };
}

/** The report of a comparison: both ratios, then every round's CPU per process kind, the idle use taken off, other processes' load and the keys' times. */
export function describeComparison(c: TypingComparison): string {
  const { medians, paired, pairedQuartiles } = costRatios(c);
  const keys = (rounds: readonly TypingRound[]) => rounds.map((x) => sum(x.keys));
  const show = (rounds: readonly TypingRound[]) => median(rounds.map((x) => x.showCpu)).toFixed(0);
  const idle = (rounds: readonly TypingRound[]) =>
    `${median(rounds.map((x) => x.idle.total)).toFixed(0)} [${rounds.map((x) => x.idleBeforeAfter.map((v) => v.toFixed(0)).join('/')).join(' ')}] (` +
    kinds.map((k) => `${k} ${median(rounds.map((x) => x.idle[k])).toFixed(0)}`).join(', ') + ')';
  const others = (rounds: readonly TypingRound[]) => rounds.map((x) => x.others.toFixed(2)).join(' ');
  const elapsed = (rounds: readonly TypingRound[]) => median(rounds.map((x) => x.elapsed)).toFixed(0);
  const typing = (rounds: readonly TypingRound[]) => `${median(rounds.map((x) => x.timeline[0]!)).toFixed(0)} [${rounds.map((x) => x.timeline[0]!.toFixed(0)).join(' ')}]`;
  const timeline = (round: TypingRound | undefined) => (round ? `${round.timeline[0]!.toFixed(0)} | ${round.timeline.slice(1).map((x) => x.toFixed(0)).join(' ')}` : '');
  return (
    `Fic / Plain Text CPU: ratio of medians ${medians.toFixed(2)}×, median of paired rounds ${paired.toFixed(2)}× ` +
    `(quartiles of the paired ratios ${pairedQuartiles[0].toFixed(2)}–${pairedQuartiles[1].toFixed(2)}; target ≤ 1.25×); ` +
    `CPU ms a round (median [each round]), Fic ${describeRounds(c.fic)}; Plain Text ${describeRounds(c.plain)}; ` +
    `keys ms a round, Fic ${median(keys(c.fic))} [${keys(c.fic).join(' ')}], Plain Text ${median(keys(c.plain))} [${keys(c.plain).join(' ')}]; ` +
    `round length (first key to quiet, ms), Fic ${elapsed(c.fic)}, Plain Text ${elapsed(c.plain)}; ` +
    `idle use taken off, CPU ms/s (median [each round's second before/after]): Fic ${idle(c.fic)}, Plain Text ${idle(c.plain)}; ` +
    `other processes' load during each round (cores of 2): Fic [${others(c.fic)}], Plain Text [${others(c.plain)}]; ` +
    `while the keys were typed alone (first key to the last key's return, idle not taken off): Fic ${typing(c.fic)}, Plain Text ${typing(c.plain)}, ` +
    `ratio of medians ${(median(c.fic.map((x) => x.timeline[0]!)) / Math.max(1, median(c.plain.map((x) => x.timeline[0]!)))).toFixed(2)}×; ` +
    `CPU ms while typing | then each ~200 ms until quiet, first round of each mode: Fic ${timeline(c.fic[0])}; Plain Text ${timeline(c.plain[0])}; ` +
    `uncounted first rounds: Fic ${c.warmUp[0]?.cpu.total.toFixed(0)}, Plain Text ${c.warmUp[1]?.cpu.total.toFixed(0)} ms; ` +
    `bringing the editor to the front (not typing): CPU ${show(c.fic)} ms in Fic, ${show(c.plain)} in Plain Text`
  );
}
