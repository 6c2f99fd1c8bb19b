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
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const noCpu = (): CpuByKind => ({ renderer: 0, browser: 0, extensionHost: 0, ficServer: 0, codeServer: 0, other: 0, total: 0 });

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
  return { keys, cpu, showCpu };
}

export const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
export const median = (v: readonly number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
