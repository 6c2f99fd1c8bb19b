/**
 * The typing lab (not part of the suite: FIC_E2E_GREP='lab' runs it): the typing-ratio measurement of
 * fic.e2e.ts with one piece of the editor switched off at a time, to find what makes Fic typing cost more
 * than Plain Text. FIC_LAB_VARIANTS=name,name picks variants; FIC_E2E_PROFILE=DIR also saves the page's
 * CPU profiles (page and extension host) of each variant's rounds (see scripts/e2e/run-code-server.mjs).
 */
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ficApi, fixtureUri, note, waitFor } from './util';
import { describeComparison, longFicText, typeInTurn, type TypingRound } from './typingRatio';
import { cpuSample, cpuSpent, findRunProcesses, processKinds } from './processCpu';

/** Rounds per mode and variant (FIC_LAB_ROUNDS, default 8). */
const ROUNDS = Number(process.env.FIC_LAB_ROUNDS) || 8;

type Step = () => PromiseLike<unknown>;
const editorSetting = (key: string, value: unknown): Step => () =>
  vscode.workspace.getConfiguration('editor', { languageId: 'fic' }).update(key, value, vscode.ConfigurationTarget.Global, true);
const both = (...steps: Step[]): Step => async () => {
  for (const step of steps) await step();
};

describe('lab', () => {

  // What the run spends with nobody typing, per process kind, in CPU ms per second: the idle use the
  // typing measurement takes off each round. FIC_E2E_GREP='lab: idle' runs it alone.
  it('lab: idle use by process kind', async function () {
    this.timeout(600_000);
    const api = await ficApi();
    const text = longFicText(200_000);
    const ficUri = fixtureUri('lab-idle.fic');
    const plainUri = fixtureUri('lab-idle.txt');
    await vscode.workspace.fs.writeFile(ficUri, new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(plainUri, new TextEncoder().encode(text));
    const fic = await vscode.workspace.openTextDocument(ficUri);
    await vscode.window.showTextDocument(fic, { preview: false });
    await waitFor('the count', () => api.statusText(), (t) => t === '200,000 words', 120_000);
    const plain = await vscode.workspace.openTextDocument(plainUri);
    const serverPid = () => api.serverPid();
    const windows = async (label: string, n: number, ms: number) => {
      findRunProcesses(serverPid());
      const rows: string[] = [];
      for (let i = 0; i < n; i++) {
        const a = cpuSample(serverPid())!;
        const t = Date.now();
        await new Promise((r) => setTimeout(r, ms));
        const b = cpuSample(serverPid())!;
        const el = Date.now() - t;
        const s = cpuSpent(a, b);
        rows.push(`${((s.total / el) * 1000).toFixed(0)} (` + processKinds.map((k) => `${k} ${((s[k] / el) * 1000).toFixed(0)}`).join(' ') + ')');
      }
      note(`idle ${label}, CPU ms/s per ${ms} ms window: ${rows.join('; ')}`);
    };
    // With FIC_E2E_PROFILE, the extension host's own profile of the idle windows (what its bursts are).
    const dir = process.env.FIC_E2E_PROFILE;
    const session = dir ? new inspector.Session() : undefined;
    const post = (method: string) => new Promise<any>((resolve, reject) => session!.post(method, (e, r) => (e ? reject(e) : resolve(r))));
    for (const [label, doc] of [['fic', fic], ['plain', plain], ['fic again', fic]] as const) {
      await vscode.window.showTextDocument(doc, { preview: false });
      await new Promise((r) => setTimeout(r, 3000));
      if (session) {
        fs.mkdirSync(dir!, { recursive: true });
        session.connect();
        await post('Profiler.enable');
        await post('Profiler.start');
        console.log(`fic-profile start idle-${label.replace(/\W+/g, '-')}`);
      }
      await windows(label, 8, 500);
      if (session) {
        console.log(`fic-profile stop idle-${label.replace(/\W+/g, '-')}`);
        const { profile } = await post('Profiler.stop');
        fs.writeFileSync(path.join(dir!, `idle-${label.replace(/\W+/g, '-')}.exthost.cpuprofile`), JSON.stringify(profile));
        session.disconnect();
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await new Promise((r) => setTimeout(r, 3000));
    await windows('no editor', 8, 500);
  });
  it('lab: typing cost with one piece switched off at a time', async function () {
    this.timeout(1_800_000);
    const api = await ficApi();
    const text = longFicText(200_000);
    const ficUri = fixtureUri('lab.fic');
    const plainUri = fixtureUri('lab.txt');
    await vscode.workspace.fs.writeFile(ficUri, new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(plainUri, new TextEncoder().encode(text));
    const fic = await vscode.workspace.openTextDocument(ficUri);
    await vscode.window.showTextDocument(fic, { preview: false });
    const counted = (typed = false) => {
      const words = `${(200_000 + (typed ? 2 : 0)).toLocaleString('en')} words`;
      return waitFor(`the count ${words}`, () => api.statusText(), (t) => t === words, 120_000);
    };
    await counted();
    const plain = await vscode.workspace.openTextDocument(plainUri);
    let line = Math.floor(fic.lineCount / 2);
    while (!fic.lineAt(line).text.startsWith('Rukia climbed')) line++;
    const serverPid = () => api.serverPid();
    const variants: [string, Step, Step][] = [
      ['base', async () => undefined, async () => undefined],
      ['no semantic highlighting', editorSetting('semanticHighlighting.enabled', false), editorSetting('semanticHighlighting.enabled', undefined)],
      ['no quick suggestions', editorSetting('quickSuggestions', { other: 'off', comments: 'off', strings: 'off' }), editorSetting('quickSuggestions', undefined)],
      // VS Code's own delay (10 ms) instead of the [fic] default of 300 ms: a request and a widget on every word.
      ['quick suggestions at once', editorSetting('quickSuggestionsDelay', 10), editorSetting('quickSuggestionsDelay', undefined)],
      ['no word wrap', editorSetting('wordWrap', 'off'), editorSetting('wordWrap', undefined)],
      // The bracket-pair tree is parsed again over the whole fic after each whole-document semantic token
      // update, by the first of these to ask (colorization draws nothing in a fic: no colorized pairs).
      ['no bracket pair colorization', editorSetting('bracketPairColorization.enabled', false), editorSetting('bracketPairColorization.enabled', undefined)],
      [
        'no bracket pair colorization or matching',
        both(editorSetting('bracketPairColorization.enabled', false), editorSetting('matchBrackets', 'never')),
        both(editorSetting('bracketPairColorization.enabled', undefined), editorSetting('matchBrackets', undefined)),
      ],
      ['no sticky scroll', editorSetting('stickyScroll.enabled', false), editorSetting('stickyScroll.enabled', undefined)],
      [
        'no lightbulb, occurrences, sticky scroll, bracket matching',
        both(editorSetting('lightbulb.enabled', 'off'), editorSetting('occurrencesHighlight', 'off'), editorSetting('stickyScroll.enabled', false), editorSetting('matchBrackets', 'never'), editorSetting('bracketPairColorization.enabled', false)),
        both(editorSetting('lightbulb.enabled', undefined), editorSetting('occurrencesHighlight', undefined), editorSetting('stickyScroll.enabled', undefined), editorSetting('matchBrackets', undefined), editorSetting('bracketPairColorization.enabled', undefined)),
      ],
      ['no language server', () => api.client()!.stop(), () => api.client()!.start()],
    ];
    const only = process.env.FIC_LAB_VARIANTS?.split(',');
    for (const [name, on, off] of variants) {
      if (only && !only.includes(name)) continue;
      await on();
      const serverOn = name !== 'no language server';
      const tag = name.replace(/\W+/g, '-');
      // With FIC_E2E_PROFILE, each round is profiled apart (page and extension host), named by mode and
      // round, so that Fic and Plain Text rounds can be compared.
      const dir = process.env.FIC_E2E_PROFILE;
      const session = dir ? new inspector.Session() : undefined;
      const post = (method: string) => new Promise<any>((resolve, reject) => session!.post(method, (e, r) => (e ? reject(e) : resolve(r))));
      if (session) {
        fs.mkdirSync(dir!, { recursive: true });
        session.connect();
        await post('Profiler.enable');
      }
      const around = async (mode: 'fic' | 'plain', r: number, run: () => Promise<TypingRound>) => {
        if (!session) return run();
        const profileName = `${tag}.${mode}.${r}`;
        console.log(`fic-profile start ${profileName}`);
        await post('Profiler.start');
        const round = await run();
        console.log(`fic-profile stop ${profileName}`);
        const { profile } = await post('Profiler.stop');
        fs.writeFileSync(path.join(dir!, `${profileName}.exthost.cpuprofile`), JSON.stringify(profile));
        return round;
      };
      const rounds = await typeInTurn({ fic, plain }, line, ' She ran.\n', ROUNDS, { serverPid, settled: serverOn ? counted : undefined, around });
      session?.disconnect();
      await off();
      note(`${name}: ${describeComparison(rounds)}`);
    }
  });
});
