/**
 * The works benchmark (part of `npm run bench`; alone: `node --import tsx server/bench/works.ts`): a work
 * of 100 chapter files and 1M words in a workspace, served by the bundled server as shipped.
 * - indexing: spawn → `fic/works` complete (the index is built in the background after `initialized`);
 * - memory of the closed chapters: the server's RSS with the work indexed, against the same server with
 *   the same chapter open and no workspace;
 * - rename of a name with 10,000 mentions across the chapters (`textDocument/rename`);
 * - a keystroke in one chapter → the work total (`fic/works`), with no other chapter read again.
 * Writes server/bench/works-results.md unless `--no-write`.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus';
import { startServer, type TestServer } from '../test/lsp/harness';
import { serverFlags } from './lsp';
import { machine, median, ms, quantile, table, verdict } from './util';
import type { WorksRequest } from '../src/protocol';

const CHAPTERS = 100;
const WORDS = 1_000_000;
const MENTIONS = 10_000;

function rss(pid: number | undefined): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function start(folder?: string): Promise<TestServer> {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = [saved ?? '', ...serverFlags].join(' ').trim();
  try {
    return await startServer({
      pull: true,
      settings: { canon: { words: [], files: ['**/*.canon'] } },
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'work' }] : undefined,
      workspaceCapabilities: { workspaceEdit: { documentChanges: true, changeAnnotationSupport: {} } },
    });
  } finally {
    if (saved === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved;
  }
}

/** Splits `text` into `n` chapters at paragraph breaks, each with a heading. */
function chapters(text: string, n: number): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i <= n; i++) {
    let to = i === n ? text.length : text.indexOf('\n\n', Math.floor((text.length * i) / n));
    if (to < 0) to = text.length;
    out.push(`Chapter ${i}\n\n${text.slice(from, to).trim()}\n`);
    from = to;
  }
  return out;
}

async function main(): Promise<void> {
  const log = (s: string) => process.stderr.write(`bench works: ${s}\n`);
  const corpus = generateCorpus({ words: WORDS, seed: 11 });
  const name = 'Kazerin'; // not in the generated canon's syllables' English filter: a name of its own
  const dir = mkdtempSync(join(tmpdir(), 'fic-works-bench-'));
  const folder = join(dir, 'work');
  mkdirSync(folder);
  writeFileSync(join(dir, 'bench.canon'), `${corpus.canon.text}\n${name} Vell\n`);
  const texts = chapters(corpus.text, CHAPTERS).map((t) => `${t}\n${`${name} waited. `.repeat(MENTIONS / CHAPTERS)}\n`);
  texts.forEach((t, i) => writeFileSync(join(folder, `${String(i + 1).padStart(3, '0')}.fic`), t));
  const uri = pathToFileURL(join(folder, '050.fic')).href;
  log(`${CHAPTERS} chapters written (${(texts.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(1)} M chars)`);

  // Indexing: the first `fic/works` answers once the background index is complete.
  const t0 = performance.now();
  const server = await start(dir);
  server.open(uri, texts[49]!);
  await server.pull(uri);
  const first = (await server.connection.sendRequest('fic/works', { textDocument: { uri } })) as WorksRequest.Result;
  const indexMs = performance.now() - t0;
  const work = first.works[first.current!.work]!;
  const indexedRss = rss(server.process.pid);

  // Rename of a name with 10,000 mentions.
  const line = texts[49]!.slice(0, texts[49]!.lastIndexOf(name)).split('\n').length - 1;
  const position = { line, character: 0 };
  const renameTimes: number[] = [];
  let edits = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const edit = (await server.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position, newName: 'Moravel' })) as { documentChanges?: { edits: unknown[] }[] };
    renameTimes.push(performance.now() - t);
    edits = (edit.documentChanges ?? []).reduce((n, c) => n + c.edits.length, 0);
  }

  // Keystrokes in chapter 50: the client's live total is the other chapters as indexed plus this one's
  // `fic/wordCount` (its request after every keystroke); `fic/works` then agrees, no chapter re-read.
  const keyTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    server.change(uri, i + 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Word ' }]);
    await server.connection.sendRequest('fic/wordCount', { textDocument: { uri } });
    keyTimes.push(performance.now() - t);
  }
  const tw = performance.now();
  const after = (await server.connection.sendRequest('fic/works', { textDocument: { uri } })) as WorksRequest.Result;
  const worksMs = performance.now() - tw;
  const story = after.works[after.current!.work]!.story;
  await server.stop();

  // The same chapter open without the workspace: the baseline for the closed chapters' memory.
  const bare = await start();
  bare.open(uri, texts[49]!);
  await bare.pull(uri);
  await bare.connection.sendRequest('fic/wordCount', { textDocument: { uri } });
  const bareRss = rss(bare.process.pid);
  await bare.stop();
  rmSync(dir, { recursive: true, force: true });

  const closedMiB = indexedRss !== undefined && bareRss !== undefined ? indexedRss - bareRss : undefined;
  const m = machine();
  const out = [
    '# Works benchmark',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}. Run: ${new Date().toISOString().slice(0, 10)}. A work of ${CHAPTERS} chapter files, ${work.story.toLocaleString('en')} story words; the server as shipped (${serverFlags.join(' ')}).`,
    '',
    table(
      ['measure', 'result', 'target', ''],
      [
        ['spawn → work indexed (`fic/works` complete)', ms(indexMs, 0), '≤ 2,000 ms', verdict(indexMs, 2000)],
        [`rename of a name with ${MENTIONS.toLocaleString('en')} mentions (${edits.toLocaleString('en')} edits), median of 5`, ms(median(renameTimes), 0), '≤ 300 ms', verdict(median(renameTimes), 300)],
        ['keystroke in one chapter → its count for the live work total, p50 / p95 (50 edits)', `${ms(median(keyTimes), 2)} / ${ms(quantile(keyTimes, 0.95), 2)}`, 'no other chapter read', story === work.story + 50 ? 'pass (total +50 words)' : `FAIL (total ${story})`],
        ['`fic/works` after the edits (every chapter, from the index)', ms(worksMs, 1), '', ''],
        ['memory of the closed chapters (RSS indexed − RSS without the workspace)', closedMiB === undefined ? 'n/a' : `${closedMiB.toFixed(1)} MiB`, '≤ 100 MiB', verdict(closedMiB, 100)],
      ],
    ),
    '',
  ].join('\n');
  process.stdout.write(out + '\n');
  if (!process.argv.includes('--no-write')) writeFileSync(resolve(__dirname, 'works-results.md'), out + '\n');
}

void main().catch((e) => {
  process.stderr.write(`bench works failed: ${e?.stack ?? e}\n`);
  process.exit(1);
});
