/** The typing-cost measurement of the end-to-end suite: a long fic, and Fic against Plain Text typing. */
import * as vscode from 'vscode';
import { cpuSample, cpuSpent, findRunProcesses, type CpuSample, type ProcessKind } from './processCpu';

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
  /** The idle use taken off, in CPU ms per second (all processes). */
  readonly idle: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const noCpu = (): CpuByKind => ({ renderer: 0, gpu: 0, browser: 0, extensionHost: 0, ficServer: 0, codeServer: 0, other: 0, total: 0 });

/**
 * Waits until the run is quiet (the requests, renders and analyses a change caused are done): two
 * 200 ms windows in a row in which the run's processes used at most a quarter of a core. Returns the CPU
 * use of those windows per process kind, in CPU ms per ms: the run's idle use now (the workbench draws,
 * polls and chats a little even when nobody types). Gives up after `timeoutMs`.
 */
export async function waitQuiet(serverPid: () => number | undefined, timeoutMs = 10_000): Promise<CpuByKind> {
  const windowMs = 200;
  let quiet: CpuByKind[] = [];
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && quiet.length < 2; ) {
    const a = cpuSample(serverPid());
    const t = Date.now();
    await sleep(windowMs);
    const b = cpuSample(serverPid());
    if (!a || !b) {
      await sleep(1000); // no /proc: a pause is all that is left
      return noCpu();
    }
    const spent = cpuSpent(a, b);
    const ms = Date.now() - t;
    if (spent.total / ms > 0.25) quiet = [];
    else quiet.push(Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, v / ms])) as CpuByKind);
  }
  const rate = noCpu();
  for (const k of Object.keys(rate) as (keyof CpuByKind)[]) rate[k] = quiet.length ? sum(quiet.map((q) => q[k])) / quiet.length : 0;
  return rate;
}

const meanRate = (a: CpuByKind, b: CpuByKind): CpuByKind => {
  const out = noCpu();
  for (const k of Object.keys(out) as (keyof CpuByKind)[]) out[k] = (a[k] + b[k]) / 2;
  return out;
};

/** CPU spent since `before`, with the idle use `idle` over the time since `since` taken off (per kind, never below 0). */
function spentSince(before: CpuSample | undefined, since: number, idle: CpuByKind, serverPid: () => number | undefined): CpuByKind {
  const after = cpuSample(serverPid());
  const spent = before && after ? cpuSpent(before, after) : noCpu();
  const elapsed = Date.now() - since;
  const out = noCpu();
  for (const k of Object.keys(out) as (keyof CpuByKind)[]) out[k] = Math.max(0, spent[k] - idle[k] * elapsed);
  return out;
}

/**
 * Brings `document`'s editor to the front with the cursor at the end of line `line` and waits until the
 * run is quiet; types `text` a key at a time; waits until the run is quiet again and `settled(true)`
 * holds (what the mode shows is up to date); then deletes what it typed, so that every round starts
 * from the same text at the same place. The idle use taken off is the mean of the quiet windows before
 * the first key and after the work.
 */
export async function typingRound(
  document: vscode.TextDocument,
  line: number,
  text: string,
  opts: { serverPid: () => number | undefined; settled?: (typed: boolean) => PromiseLike<unknown> },
): Promise<TypingRound> {
  findRunProcesses(opts.serverPid());
  const idleBefore = await waitQuiet(opts.serverPid);
  const shown = cpuSample(opts.serverPid());
  const showStarted = Date.now();
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const end = document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  // The cursor in the middle of the screen: a round whose new line scrolled the editor repainted all of
  // it, and whether it did depended on where the last reveal had left the view.
  editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
  await opts.settled?.(false);
  const idleShown = await waitQuiet(opts.serverPid);
  const showCpu = spentSince(shown, showStarted, meanRate(idleBefore, idleShown), opts.serverPid).total;

  const before = cpuSample(opts.serverPid());
  const started = Date.now();
  const keys: number[] = [];
  for (const ch of text) {
    const t = Date.now();
    await vscode.commands.executeCommand('type', { text: ch });
    keys.push(Date.now() - t);
  }
  await opts.settled?.(true);
  const idleAfter = await waitQuiet(opts.serverPid);
  const cpu = spentSince(before, started, meanRate(idleShown, idleAfter), opts.serverPid);

  const typedEnd = document.positionAt(document.offsetAt(end) + text.length);
  const typed = document.getText(new vscode.Range(end, typedEnd));
  if (typed !== text) throw new Error(`the editor did not get the keys: ${JSON.stringify(typed)}`);
  await editor.edit((b) => b.delete(new vscode.Range(end, typedEnd)));
  return { keys, cpu, showCpu, idle: meanRate(idleShown, idleAfter).total * 1000 };
}

export const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
export const median = (v: readonly number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const kinds = ['renderer', 'gpu', 'browser', 'extensionHost', 'ficServer', 'codeServer', 'other'] as const;

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

/**
 * The Fic / Plain Text cost ratio two ways: the ratio of the modes' median round costs, and the median
 * of the ratios of neighbouring rounds (round i of each mode, typed one after the other), which a load
 * that changes during the run skews less.
 */
export function costRatios(c: TypingComparison): { medians: number; paired: number } {
  const cost = (rounds: readonly TypingRound[]) => rounds.map((x) => x.cpu.total);
  const fic = cost(c.fic);
  const plain = cost(c.plain);
  const pairs = fic.map((f, i) => f / Math.max(1, plain[i]!));
  return { medians: median(fic) / Math.max(1, median(plain)), paired: median(pairs) };
}

/** The report of a comparison: both ratios, then every round's CPU per process kind and the keys' times. */
export function describeComparison(c: TypingComparison): string {
  const { medians, paired } = costRatios(c);
  const keys = (rounds: readonly TypingRound[]) => rounds.map((x) => sum(x.keys));
  const show = (rounds: readonly TypingRound[]) => median(rounds.map((x) => x.showCpu)).toFixed(0);
  const idle = (rounds: readonly TypingRound[]) => `${median(rounds.map((x) => x.idle)).toFixed(0)} [${rounds.map((x) => x.idle.toFixed(0)).join(' ')}]`;
  return (
    `Fic / Plain Text CPU: ratio of medians ${medians.toFixed(2)}×, median of paired rounds ${paired.toFixed(2)}× (target ≤ 1.25×); ` +
    `CPU ms a round (median [each round]), Fic ${describeRounds(c.fic)}; Plain Text ${describeRounds(c.plain)}; ` +
    `keys ms a round, Fic ${median(keys(c.fic))} [${keys(c.fic).join(' ')}], Plain Text ${median(keys(c.plain))} [${keys(c.plain).join(' ')}]; ` +
    `idle use taken off, CPU ms/s: Fic ${idle(c.fic)}, Plain Text ${idle(c.plain)}; ` +
    `uncounted first rounds: Fic ${c.warmUp[0]?.cpu.total.toFixed(0)}, Plain Text ${c.warmUp[1]?.cpu.total.toFixed(0)} ms; ` +
    `bringing the editor to the front (not typing): CPU ${show(c.fic)} ms in Fic, ${show(c.plain)} in Plain Text`
  );
}
