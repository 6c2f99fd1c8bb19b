/**
 * What a writer relies on, checked in a real VS Code on a copy of client/test/fixtures/workspace.
 * roof.fic: story 42 AO3 words (header 22, notes 20), `Rukai` misspelled, dialogue, thoughts, two A/Ns.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  decodeTokens,
  diagnosticsWithCode,
  ficApi,
  fixtureUri,
  note,
  openFixture,
  positionOf,
  tokenTypesAt,
  waitFor,
} from './util';
import type { FicWriterApi } from '../../src/extension';
import { costRatios, describeComparison, longFicText, typeInTurn } from './typingRatio';

const ROOF_STORY = 42;

let api: FicWriterApi;

async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('Fic Writer in VS Code', () => {
  before(async () => {
    api = await ficApi();
  });

  afterEach(async () => {
    // Nothing typed here may reach the next test or the fixture on disk.
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && !document.isUntitled) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
  });

  it('opens .fic files in language Fic and .canon files in language Fic Canon', async () => {
    const editor = await openFixture('roof.fic');
    assert.equal(editor.document.languageId, 'fic');
    const canon = await vscode.workspace.openTextDocument(fixtureUri('names.canon'));
    assert.equal(canon.languageId, 'fic-canon');
  });

  it('shows the AO3 story count in the status bar, the selection count, and updates as you type', async () => {
    const editor = await openFixture('roof.fic');
    await waitFor('the story count', () => api.statusText(), (t) => t === `${ROOF_STORY} words`);
    assert.match(api.statusTooltip(), /\| Story \| 42 \|/);
    assert.match(api.statusTooltip(), /\| Author's notes \| 20 \|/);
    assert.match(api.statusTooltip(), /\| Header \| 22 \|/);
    assert.match(api.statusTooltip(), /\| Total \| 84 \|/);

    // Select the first story paragraph: 14 words.
    const start = positionOf(editor.document, 'Rukia climbed');
    editor.selection = new vscode.Selection(start, editor.document.lineAt(start.line).range.end);
    await waitFor('the selection count', () => api.statusText(), (t) => t === `14 of ${ROOF_STORY} words`);

    // Type three words at the end of the last story paragraph.
    const end = editor.document.lineAt(positionOf(editor.document, 'smiled anyway').line).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: ' Then she laughed.' });
    await waitFor('the count after typing', () => api.statusText(), (t) => t === `${ROOF_STORY + 3} words`);

    await revert(editor);
    await waitFor('the count after revert', () => api.statusText(), (t) => t === `${ROOF_STORY} words`);
  });

  it('hides the count for other editors and shows target progress for a drabble', async () => {
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not a fic' });
    await vscode.window.showTextDocument(other);
    await waitFor('the count to hide', () => api.statusText(), (t) => t === '');
    await openFixture('drabble.fic');
    await waitFor('target progress', () => api.statusText(), (t) => t === '14/100 words');
  });

  it('flags a misspelled canon name, and its quick fix repairs it', async () => {
    const editor = await openFixture('roof.fic');
    const uri = editor.document.uri;
    const [diagnostic] = await waitFor('canon.misspelled-name on Rukai', () => diagnosticsWithCode(uri, 'canon.misspelled-name'), (d) =>
      d.some((x) => editor.document.getText(x.range) === 'Rukai'),
    ).then((d) => d.filter((x) => editor.document.getText(x.range) === 'Rukai'));
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic!.message, /Rukia/);
    assert.equal(diagnosticsWithCode(uri, 'canon.misspelled-name').filter((d) => /Rukia|Renji/.test(editor.document.getText(d.range))).length, 0);

    const actions = await waitFor(
      'a quick fix to Rukia',
      () => vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diagnostic!.range),
      (a) => (a ?? []).some((x) => x.title.includes('Rukia')),
    );
    const fix = actions.find((x): x is vscode.CodeAction => x.title.includes('Rukia') && 'kind' in x) ?? actions.find((x) => x.title.includes('Rukia'))!;
    if ('edit' in fix && fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const command = 'command' in fix ? fix.command : undefined;
    if (command && typeof command === 'object') await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    else if (typeof command === 'string') await vscode.commands.executeCommand(command, ...((fix as vscode.Command).arguments ?? []));

    await waitFor('the name repaired', () => editor.document.getText(), (t) => t.includes('as Rukia sat beside him'));
    await waitFor('the warning gone', () => diagnosticsWithCode(uri, 'canon.misspelled-name').filter((d) => d.range.start.line === diagnostic!.range.start.line), (d) => d.length === 0);
  });

  it('re-checks open fics when a canon file changes on disk', async () => {
    const uri = fixtureUri('shop.fic');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('The Shop\n\nThe shopkeeper waved. Later, Urahra closed the door.\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the fic analysed', () => api.statusText(), (t) => /^\d+ words$/.test(t));
    assert.equal(diagnosticsWithCode(uri, 'canon.misspelled-name').length, 0, 'Urahra is no canon name yet');
    // A second canon file, written behind the editor's back: the file watcher tells the server.
    await vscode.workspace.fs.writeFile(fixtureUri('more.canon'), new TextEncoder().encode('Kisuke Urahara\n'));
    const [flagged] = await waitFor('Urahra flagged after the canon change', () => diagnosticsWithCode(uri, 'canon.misspelled-name'), (d) => d.length === 1);
    assert.equal(editor.document.getText(flagged!.range), 'Urahra');
    await vscode.workspace.fs.delete(fixtureUri('more.canon'));
    await waitFor('the warning gone with the canon file', () => diagnosticsWithCode(uri, 'canon.misspelled-name'), (d) => d.length === 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('keeps a word ignored in a fic for a new server (the client sends it before the fic), until cleared', async () => {
    const uri = fixtureUri('ignored.fic');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('The Pond\n\nShe fed the zorp and the blorf by the koi pond.\n'));
    const flagged = (word: string) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return !!document && diagnosticsWithCode(uri, 'spelling.unknown-word').some((d) => document.getText(d.range) === word);
    };
    const open = async () => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const editor = await open();
    await waitFor('zorp and blorf flagged', () => flagged('zorp') && flagged('blorf'));
    const range = diagnosticsWithCode(uri, 'spelling.unknown-word').find((d) => editor.document.getText(d.range) === 'zorp')!.range;
    const actions = await waitFor(
      'Ignore ‘zorp’ in this file',
      () => vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range),
      (a) => (a ?? []).some((x) => x.title === 'Ignore ‘zorp’ in this file'),
    );
    const ignore = actions.find((x) => x.title === 'Ignore ‘zorp’ in this file')!;
    const command = ('command' in ignore && typeof ignore.command === 'object' ? ignore.command : ignore) as vscode.Command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor('zorp no longer flagged', () => !flagged('zorp') && flagged('blorf'));
    assert.deepEqual(api.ignoredWords(uri.toString()), ['zorp'], 'kept in the workspace state');

    // A new server knows nothing of this session (as after a window reload): the client tells it before the
    // fic reaches it. (VS Code keeps a closed editor's document open a while, so a reopen sends no didOpen.)
    await vscode.commands.executeCommand('fic.restartServer');
    await api.ready();
    await waitFor('blorf flagged by the new server', () => flagged('blorf'));
    assert.ok(!flagged('zorp'), 'zorp still ignored after the restart');

    // Clear Words Ignored in This File brings it back.
    assert.equal(await vscode.commands.executeCommand('fic.clearIgnoredWords', uri.toString()), 1);
    await waitFor('zorp flagged again', () => flagged('zorp'));
    assert.deepEqual(api.ignoredWords(uri.toString()), []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it('folds author\'s notes as comments, and Fold Author\'s Notes folds them', async () => {
    const editor = await openFixture('roof.fic');
    const uri = editor.document.uri;
    const topNote = positionOf(editor.document, 'A/N: A short').line;
    const endNote = positionOf(editor.document, 'A/N: Reviews').line;
    const ranges = await waitFor(
      'folding ranges for the A/Ns',
      () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri),
      (r) => (r ?? []).filter((x) => x.kind === vscode.FoldingRangeKind.Comment).length >= 2,
    );
    const notes = ranges.filter((r) => r.kind === vscode.FoldingRangeKind.Comment);
    assert.ok(notes.some((r) => r.start === topNote && r.end >= topNote + 1), `top note fold in ${JSON.stringify(notes)}`);
    assert.ok(notes.some((r) => r.start === endNote && r.end >= endNote + 1), `end note fold in ${JSON.stringify(notes)}`);

    await vscode.commands.executeCommand('fic.foldAuthorNotes');
    const hidden = (line: number) => !editor.visibleRanges.some((r) => r.start.line <= line && line <= r.end.line);
    await waitFor('the notes folded', () => hidden(topNote + 1) && hidden(endNote + 1));
    assert.ok(!hidden(topNote), 'the A/N line itself stays visible');
    await vscode.commands.executeCommand('editor.unfoldAll');
  });

  it('marks dialogue and thoughts with semantic tokens', async () => {
    const editor = await openFixture('roof.fic');
    const uri = editor.document.uri;
    const legend = (await waitFor('the semantic tokens legend', () =>
      vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', uri),
    ))!;
    assert.ok(legend.tokenTypes.includes('dialogue') && legend.tokenTypes.includes('thought'), legend.tokenTypes.join());
    const at = (needle: string) => positionOf(editor.document, needle);
    const tokens = await waitFor(
      'dialogue tokens',
      async () => {
        const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri);
        return t ? decodeTokens(t, legend) : [];
      },
      (t) => tokenTypesAt(t, at('You are late')).includes('dialogue'),
    );
    assert.ok(tokenTypesAt(tokens, at('paperwork')).includes('dialogue'));
    assert.ok(tokenTypesAt(tokens, at('never waits')).includes('thought'));
    assert.ok(tokenTypesAt(tokens, at('Idiot')).includes('thought'));
    assert.ok(!tokenTypesAt(tokens, at('climbed')).some((t) => t === 'dialogue' || t === 'thought'), 'narration is neither');
  });

  it('inserts the header snippet', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'fic', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const extension = vscode.extensions.getExtension('fic-writer.fic-writer')!;
    const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'snippets', 'fic.code-snippets')));
    const snippets = JSON.parse(raw.replace(/^\s*\/\/.*$/gm, '')) as Record<string, { prefix: string | string[]; body: string | string[] }>;
    const name = Object.keys(snippets).find((k) => [snippets[k]!.prefix].flat().includes('header'));
    assert.ok(name, `a snippet with prefix 'header' in ${Object.keys(snippets).join(', ')}`);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'fic', name });
    const text = await waitFor('the header inserted', () => editor.document.getText(), (t) => /Summary:/i.test(t));
    for (const field of ['Fandom:', 'Rating:', 'Summary:', 'Disclaimer:']) assert.match(text, new RegExp(field, 'i'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('stats view: opens from the status bar and shows the AO3 totals, chapters, scenes and canon names', async () => {
    await openFixture('chapters.fic');
    await waitFor('the story count', () => api.statusText(), (t) => t === '20 words');
    assert.equal(api.statusCommand(), 'fic.showStats', 'a click on the count opens the stats view');
    await vscode.commands.executeCommand(api.statusCommand()!);
    // What the page drew, read back from its DOM.
    const view = (await waitFor('the stats view drawn', () => api.statsView().rendered, (r) => r?.story === '20'))!;
    assert.deepEqual([view.story, view.notes, view.header, view.total], ['20', '0', '4', '32']);
    assert.equal(view.chapters[0], 'Chapter 1: The Gate | 4 | 14');
    assert.match(view.chapters[2]!, /^Scene 2\b.*Later.* \| 10 \| 5$/);
    assert.equal(view.chapters[3], 'Chapter 2: The Garden | 12 | 6');
    assert.ok(view.charts >= 3, `charts drawn: ${view.charts}`);
    assert.deepEqual(api.statsView().payload!.mentions.rows, [{ name: 'Byakuya Kuchiki', chapters: [1, 0], total: 1 }]);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("progress: today's words rise after typing (not after a paste), in the stats view and the daily-goal status", async () => {
    const editor = await openFixture('roof.fic');
    const uri = editor.document.uri.toString();
    await waitFor('the story count', () => api.statusText(), (t) => t === `${ROOF_STORY} words`);
    const config = vscode.workspace.getConfiguration('fic');
    await config.update('goals.daily', 1000, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('fic.showStats');
      const before = api.progress(uri).todayWords;
      await waitFor('the view showing today', () => api.statsView().rendered, (r) => r?.today === String(before) && r.story === String(ROOF_STORY));
      await waitFor('the daily goal in the status bar', () => api.goalStatusText(), (t) => t === `${before}/1,000 today`);

      await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
      const end = editor.document.lineAt(positionOf(editor.document, 'smiled anyway').line).range.end;
      editor.selection = new vscode.Selection(end, end);
      for (const word of [' Then', ' she', ' laughed.']) await vscode.commands.executeCommand('type', { text: word });
      await waitFor("today's words after typing", () => api.progress(uri).todayWords, (n) => n === before + 3);
      await waitFor('the view after typing', () => api.statsView().rendered, (r) => r?.today === String(before + 3) && r.story === String(ROOF_STORY + 3));
      await waitFor('the daily goal after typing', () => api.goalStatusText(), (t) => t === `${before + 3}/1,000 today`);

      // A pasted chapter is not a day's writing: the count rises, today's words do not.
      const pasted = api.progress(uri).todayPasted;
      const after = editor.document.lineAt(positionOf(editor.document, 'smiled anyway').line).range.end;
      await editor.edit((b) => b.insert(after, '\n\n' + 'She pasted this paragraph from an old draft. '.repeat(10).trimEnd()));
      await waitFor('the count after the paste', () => api.statusText(), (t) => t === `${ROOF_STORY + 3 + 80} words`);
      await waitFor('the paste recorded apart', () => api.progress(uri).todayPasted, (n) => n > pasted);
      assert.equal(api.progress(uri).todayWords, before + 3);

      // The writer says the paste was their own writing: the day is corrected, and typing still adds to it.
      const today = api.progress(uri).today;
      assert.equal(await vscode.commands.executeCommand('fic.correctWritingDay', today, before + 83), true);
      assert.deepEqual([api.progress(uri).todayWords, api.progress(uri).todayCorrected], [before + 83, true]);
      await waitFor('the view after the correction', () => api.statsView().rendered, (r) => r?.today === String(before + 83));

      // Export Writing History (the file given, as the save dialog would): a CSV row for today.
      await api.saveHistory();
      const csv = fixtureUri('history-export.csv');
      await vscode.commands.executeCommand('fic.exportWritingHistory', csv);
      const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)).split('\r\n');
      assert.equal(rows[0], 'work,label,day,words,added,deleted,pasted,cut,corrected');
      assert.ok(rows.some((r) => r.startsWith(`${uri},roof.fic,${today},${before + 83},`) && r.endsWith(',true')), rows.join('\n'));
      await vscode.workspace.fs.delete(csv);
    } finally {
      await config.update('goals.daily', undefined, vscode.ConfigurationTarget.Global);
      await revert(editor);
      // The view refreshes while it is open: close it, so later tests measure typing without it.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor('the stats view closed', () => !api.statsView().visible && api.statsView().rendered === undefined);
    }
  });

  it('adds a word to the workspace canon', async () => {
    await openFixture('roof.fic');
    const result = await vscode.commands.executeCommand<{ uri: string; created: boolean } | undefined>('fic.addWordToCanon', 'Zangetsu');
    assert.ok(result, 'fic/addToCanon answered');
    // The server appends through workspace/applyEdit, so the editor holds the change (and can undo it).
    const canon = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.uri));
    assert.equal(canon.uri.path.split('/').pop(), 'names.canon', 'the existing canon file is used');
    await waitFor('Zangetsu in the canon file', () => canon.getText(), (t) => /^Zangetsu$/m.test(t));
    assert.match(canon.getText(), /^Rukia Kuchiki$/m, 'appended, not replaced');
  });

  it('keeps the count live in a 500k-word fic, with nothing cut off', async function () {
    this.timeout(120_000);
    // 10,000 paragraphs of five 10-word sentences: exactly 500,000 AO3 words, no header, no notes.
    const paragraph = `"Come in," she said, and the rain didn't stop today. ${'The rain fell on the roof and she kept writing. '.repeat(4).trimEnd()}`;
    const uri = fixtureUri('long.fic');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(Array(10_000).fill(paragraph).join('\n\n') + '\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the count of the long fic', () => api.statusText(), (t) => t === '500,000 words', 60_000);
    const end = editor.document.lineAt(editor.document.lineCount - 2).range.end;
    editor.selection = new vscode.Selection(end, end);
    const typed = Date.now();
    await vscode.commands.executeCommand('type', { text: ' One more line.' });
    await waitFor('the count after typing in the long fic', () => api.statusText(), (t) => t === '500,003 words', 60_000);
    note(`500k-word fic: status bar updated ${Date.now() - typed} ms after typing (debounce included)`);
    for (let i = 0; i < 3; i++) {
      const asked = Date.now();
      await api.client()!.sendRequest('fic/wordCount', { textDocument: { uri: uri.toString() } });
      note(`500k-word fic: fic/wordCount answered in ${Date.now() - asked} ms (no edit)`);
    }
    for (let i = 0; i < 3; i++) {
      const before = Date.now();
      await editor.edit((b) => b.insert(editor.document.lineAt(0).range.end, 'x'));
      await api.client()!.sendRequest('fic/wordCount', { textDocument: { uri: uri.toString() } });
      note(`500k-word fic: one-character edit + fic/wordCount in ${Date.now() - before} ms`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('types into a 200k-word fic about as fast as into the same text as Plain Text (prints the ratio)', async function () {
    this.timeout(300_000);
    const text = longFicText(200_000);
    const ficUri = fixtureUri('typing-ratio.fic');
    const plainUri = fixtureUri('typing-ratio.txt');
    await vscode.workspace.fs.writeFile(ficUri, new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(plainUri, new TextEncoder().encode(text));
    const fic = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ficUri), { preview: false });
    const counted = (typed = false) => {
      const words = `${(200_000 + (typed ? 2 : 0)).toLocaleString('en')} words`;
      return waitFor(`the count ${words}`, () => api.statusText(), (t) => t === words, 120_000);
    };
    await counted();
    const plain = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plainUri), { preview: false });
    assert.equal(fic.document.languageId, 'fic');
    assert.equal(plain.document.languageId, 'plaintext');

    // Typing is measured in an editor that is open and quiet, as a writer types, not while it opens: eight
    // rounds of ten keys in each mode, in turn and in alternating order (the machine's load falls on both
    // alike), at the end of the same story paragraph of the same text (each round deletes what it typed).
    // A round's cost is the CPU time every process of the run (browser, GPU, VS Code, extension host,
    // language server) spent from its first key until all of them were quiet again, and at least 1.5 s
    // after the last key (work started after a pause: the typed word's diagnostics, semantic tokens), less
    // the run's idle use measured for a second before the first key and a second after: the work typing
    // caused, steadier than wall-clock time on a shared machine. CPU time is read per thread in ns
    // (processCpu.ts). The keys' own latencies, each round's idle use, other processes' load and the CPU
    // in each 200 ms after the last key are reported beside it.
    const serverPid = () => api.serverPid();
    let line = Math.floor(fic.document.lineCount / 2);
    while (!fic.document.lineAt(line).text.startsWith('Rukia climbed')) line++; // a story paragraph
    const chunk = ' She ran.\n';
    const rounds = await typeInTurn({ fic: fic.document, plain: plain.document }, line, chunk, 8, { serverPid, settled: counted });
    const { medians, paired } = costRatios(rounds);
    note(`typing into a 200k-word fic, 8 rounds of ${chunk.length} keys in each mode: ${describeComparison(rounds)}`);
    // The target (1.25×) is printed, not asserted: on this shared 2-core machine one round's cost still
    // ranges over 2× in either mode (other agents' load; Plain Text's own cost varies with whether its
    // word suggestions show). The bound asserted only catches a gross regression (work over the whole fic
    // on every key), on both statistics.
    assert.ok(medians <= 5 && paired <= 5, `typing in Fic cost ${medians.toFixed(2)}× (${paired.toFixed(2)}× paired) typing in Plain Text`);
    assert.equal(rounds.fic.length, 8);
    assert.equal(rounds.plain.length, 8);
    assert.equal(fic.document.getText(), text, 'every round typed at the same place and deleted what it typed');
    assert.equal(plain.document.getText(), text);
    for (const editor of [fic, plain]) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('never shows a partial Problems count for a fic while typing into it', async function () {
    this.timeout(180_000);
    // 1,200 paragraphs of ~75 words (90k words), each with one misspelled canon name (`Rukai`): 1,200
    // warnings for this file, in a fic long enough that each pull takes a while.
    const filler = ' The wind carried the smell of rain across the city.'.repeat(6);
    const paragraphs = Array.from({ length: 1200 }, (_, i) => `Rukai looked at the door for the ${i + 1}th time, and Renji laughed at her.${filler}`);
    const uri = fixtureUri('problems-count.fic');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`The Door\n\n${paragraphs.join('\n\n')}\n`));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const count = () => vscode.languages.getDiagnostics(uri).length;
    await waitFor('all 1,200 warnings', count, (n) => n === 1200, 60_000);

    // Every change of this file's diagnostics while typing, as the Problems panel sees them.
    const seen: number[] = [];
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) seen.push(count());
    });
    try {
      const middle = editor.document.lineAt(Math.floor(editor.document.lineCount / 2)).range.end;
      editor.selection = new vscode.Selection(middle, middle);
      const words = ' Then Rukai smiled.'; // one more warning once `Rukai` is whole and followed by a space
      for (const ch of words) {
        await vscode.commands.executeCommand('type', { text: ch });
        seen.push(count());
      }
      await waitFor('1,201 warnings after typing', count, (n) => n === 1201, 30_000);
    } finally {
      listener.dispose();
    }
    const partial = seen.filter((n) => n < 1200);
    note(`Problems count while typing into a fic with 1,200 warnings: ${seen.length} readings, from ${Math.min(...seen)} to ${Math.max(...seen)}`);
    assert.deepEqual(partial, [], `the count dropped to ${partial.slice(0, 10).join(', ')} while typing; every reading in order: ${seen.join(' ')}`);
    assert.ok(seen.every((n) => n === 1200 || n === 1201), `counts seen: ${[...new Set(seen)].join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows the right count soon after the last keystroke, typing like a person in a 200k-word fic', async function () {
    this.timeout(120_000);
    // 4,000 paragraphs of 50 words: 200,000 AO3 words.
    const paragraph = `"Come in," she said, and the rain didn't stop today. ${'The rain fell on the roof and she kept writing. '.repeat(4).trimEnd()}`;
    const uri = fixtureUri('typing.fic');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(Array(4_000).fill(paragraph).join('\n\n') + '\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the count of the 200k fic', () => api.statusText(), (t) => t === '200,000 words', 60_000);
    const middle = editor.document.lineAt(Math.floor(editor.document.lineCount / 2)).range.end;
    editor.selection = new vscode.Selection(middle, middle);
    // Six words typed a key at a time, ~60 ms apart (a quick typist); the last key starts the sixth word,
    // so the count it makes is one no earlier keystroke could have shown.
    const keys = [...' and then some more words x'];
    let lastKey = 0;
    for (const [i, key] of keys.entries()) {
      await vscode.commands.executeCommand('type', { text: key });
      lastKey = Date.now();
      if (i < keys.length - 1) await new Promise((r) => setTimeout(r, 60));
    }
    const expected = '200,006 words';
    let seenAt = 0;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 5))) {
      if (api.statusText() === expected) {
        seenAt = Date.now();
        break;
      }
    }
    assert.ok(seenAt > 0, `the status bar shows ${expected} (it shows ${api.statusText()})`);
    const latency = seenAt - lastKey;
    note(`200k-word fic: status bar right ${latency} ms after the last of ${keys.length} keystrokes (60 ms apart)`);
    // The goal is 100 ms; this bound only catches a return of the old debounce (150 ms before any request).
    assert.ok(latency < 150, `the count came ${latency} ms after the last keystroke`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps every problem of a fic listed while typing in it (a cancelled pull clears nothing)', async function () {
    this.timeout(120_000);
    // 4,000 paragraphs, each with a misspelled canon name: 4,000 problems in a 200k-word fic.
    const paragraph = `Rukai looked at the rain, and the rain did not stop today. ${'The rain fell on the roof and she kept writing. '.repeat(4).trimEnd()}`;
    const uri = fixtureUri('problems.fic');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(Array(4_000).fill(paragraph).join('\n\n') + '\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const count = () => diagnosticsWithCode(uri, 'canon.misspelled-name').length;
    await waitFor('every misspelling listed', count, (n) => n === 4_000, 60_000);
    const middle = editor.document.lineAt(Math.floor(editor.document.lineCount / 2)).range.end;
    editor.selection = new vscode.Selection(middle, middle);
    let lowest = count();
    let samples = 0;
    const watching = setInterval(() => {
      lowest = Math.min(lowest, count());
      samples++;
    }, 2);
    try {
      // As fast as keys come (a held key, or a fast typist): pulls get superseded and cancelled.
      for (const key of ' and more words typed here, fast, and faster still') await vscode.commands.executeCommand('type', { text: key });
      await waitFor('the problems after typing', count, (n) => n === 4_000, 30_000);
    } finally {
      clearInterval(watching);
    }
    note(`200k-word fic with 4,000 problems: lowest count seen while typing ${lowest} (${samples} samples)`);
    assert.equal(lowest, 4_000, 'the count never dropped while typing');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('restarts a server that dies, and tells the writer once', async () => {
    await openFixture('roof.fic');
    for (let crash = 1; crash <= 2; crash++) {
      const pid = (await waitFor('the server process', () => api.serverPid()))!;
      process.kill(pid, 'SIGKILL');
      await waitFor(`a new server after crash ${crash}`, () => api.serverPid(), (p) => p !== undefined && p !== pid);
      await waitFor('the client running again', () => api.client()?.isRunning());
      assert.equal(api.notices().length, 1, `one message after ${crash} crash(es): ${api.notices().join(' | ')}`);
    }
    // The restarted server answers: the count comes back after an edit.
    const editor = await openFixture('roof.fic');
    const end = editor.document.lineAt(positionOf(editor.document, 'smiled anyway').line).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: ' Done.' });
    await waitFor('the count from the restarted server', () => api.statusText(), (t) => t === `${ROOF_STORY + 1} words`);
  });

  it('Restart Language Server starts a fresh server', async () => {
    await openFixture('roof.fic');
    const pid = await waitFor('the server process', () => api.serverPid());
    await vscode.commands.executeCommand('fic.restartServer');
    await waitFor('a new server', () => api.serverPid(), (p) => p !== undefined && p !== pid);
    await waitFor('the count back', () => api.statusText(), (t) => t === `${ROOF_STORY} words`);
    assert.ok(vscode.languages.getDiagnostics().every(([, ds]) => ds.every((d) => codeOf(d) !== undefined || d.source !== 'fic')));
  });
});
