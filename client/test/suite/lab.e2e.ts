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
import { longFicText, median, sum, typingRound, type TypingRound } from './typingRatio';

type Step = () => PromiseLike<unknown>;
const editorSetting = (key: string, value: unknown): Step => () =>
  vscode.workspace.getConfiguration('editor', { languageId: 'fic' }).update(key, value, vscode.ConfigurationTarget.Global, true);
const both = (...steps: Step[]): Step => async () => {
  for (const step of steps) await step();
};

describe('lab', () => {
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
      const rounds = { fic: [] as TypingRound[], plain: [] as TypingRound[] };
      const tag = name.replace(/\W+/g, '-');
      const session = process.env.FIC_E2E_PROFILE ? new inspector.Session() : undefined;
      const post = (method: string) => new Promise<any>((resolve, reject) => session!.post(method, (e, r) => (e ? reject(e) : resolve(r))));
      if (session) {
        console.log(`fic-profile start ${tag}`);
        session.connect();
        await post('Profiler.enable');
        await post('Profiler.start');
      }
      for (let r = 0; r < 5; r++) {
        for (const mode of r % 2 ? (['plain', 'fic'] as const) : (['fic', 'plain'] as const)) {
          const settled = mode === 'fic' && serverOn ? counted : undefined;
          rounds[mode].push(await typingRound(mode === 'fic' ? fic : plain, line, ' She ran.\n', { serverPid, settled }));
        }
      }
      if (session) {
        console.log(`fic-profile stop ${tag}`);
        const { profile } = await post('Profiler.stop');
        fs.writeFileSync(path.join(process.env.FIC_E2E_PROFILE!, `${tag}.exthost.cpuprofile`), JSON.stringify(profile));
        session.disconnect();
      }
      await off();
      const cpu = (m: 'fic' | 'plain', k: keyof TypingRound['cpu'] = 'total') => median(rounds[m].map((x) => x.cpu[k])).toFixed(0);
      const keys = (m: 'fic' | 'plain') => median(rounds[m].map((x) => sum(x.keys)));
      const show = (m: 'fic' | 'plain') => median(rounds[m].map((x) => x.showCpu)).toFixed(0);
      note(
        `${name}: CPU Fic ${cpu('fic')} (renderer ${cpu('fic', 'renderer')}, ext host ${cpu('fic', 'extensionHost')}, server ${cpu('fic', 'ficServer')}, other ${cpu('fic', 'other')}) ` +
          `/ Plain ${cpu('plain')} (renderer ${cpu('plain', 'renderer')}, ext host ${cpu('plain', 'extensionHost')}, other ${cpu('plain', 'other')}) = ${(Number(cpu('fic')) / Number(cpu('plain'))).toFixed(2)}×; ` +
          `keys ${keys('fic')} / ${keys('plain')} ms; to front ${show('fic')} / ${show('plain')} CPU ms`,
      );
    }
  });
});
