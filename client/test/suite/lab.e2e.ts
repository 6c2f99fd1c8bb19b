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

/** Rounds per mode and variant (FIC_LAB_ROUNDS, default 8). */
const ROUNDS = Number(process.env.FIC_LAB_ROUNDS) || 8;

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
