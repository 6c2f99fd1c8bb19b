/**
 * `npm run bench`: generates the corpora, times every core feature in-process, measures the bundled
 * server over LSP, runs the peers, prints a markdown report and writes it to server/bench/results.md.
 * Flags: `--no-lsp`, `--no-peers`, `--no-write` (skip parts while developing).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus, type Corpus } from './corpus';
import { discover } from './features';
import { canonAccuracy, measureSize, type SizeResult } from './inprocess';
import { measureLsp, serverFlags, summarize } from './lsp';
import { runCspell, runFicCheck } from './peers';
import { measureDocuments } from './documentsBench';
import { measureIncremental } from './incrementalBench';
import { measureLints } from './lintsBench';
import { reparse } from '../src/core/parse/incremental';
import { spellingReport } from './spellingBench';
import { measureMarkup } from './markupBench';
import { machine, ms, rate, table, verdict } from './util';

const args = new Set(process.argv.slice(2));
const sizes = [
  { label: '1k', words: 1_000, runs: 21 },
  { label: '100k', words: 100_000, runs: 9 },
  { label: '500k', words: 500_000, runs: 7 },
  { label: '1M', words: 1_000_000, runs: 5 },
];

async function main(): Promise<void> {
  const started = performance.now();
  const m = machine();
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  const corpora = new Map<string, Corpus>();
  for (const s of sizes) corpora.set(s.label, generateCorpus({ words: s.words, seed: 7 }));
  log(`corpora generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const c500 = corpora.get('500k')!;
  const c1m = corpora.get('1M')!;
  const dir = mkdtempSync(join(tmpdir(), 'fic-bench-'));
  writeFileSync(join(dir, 'fic500k.fic'), c500.text);
  writeFileSync(join(dir, 'fic1m.fic'), c1m.text);
  writeFileSync(join(dir, 'bench.canon'), c500.canon.text);

  const core = await discover();
  const results: SizeResult[] = [];
  for (const s of sizes) {
    results.push(measureSize(s.label, corpora.get(s.label)!, core, s.runs));
    log(`in-process ${s.label} done`);
  }
  const accuracy = canonAccuracy(c500, core);
  const docs = measureDocuments(c500.text, 300);
  const incremental = core.parse && !core.parseIsStub ? measureIncremental(c500.text, core.parse, reparse) : undefined;
  const lintTiming = core.parse && !core.parseIsStub ? measureLints(c500.text, core.makeEnv(c500.canon.text).env, core.parse, reparse) : undefined;
  log('document store done');
  const markup = measureMarkup(c500.text);
  log(`AO3 count, 500k words: parse plain ${ms(markup.parsePlain)} / with markup ${ms(markup.parseMarkup)} (HTML5 scan alone ${ms(markup.scanMarkup)}); one-letter edit + totals plain ${ms(markup.keystrokePlain, 2)} / with markup ${ms(markup.keystrokeMarkup)}`);

  const lsp = args.has('--no-lsp') ? undefined : await measureLsp(dir, c500.text, c1m.text).catch((e) => {
    log(`LSP failed: ${e}`);
    return undefined;
  });
  log('LSP done');
  const cspell = args.has('--no-peers') ? undefined : runCspell(dir, join(dir, 'fic500k.fic'), c500.canon.text);
  const fic = args.has('--no-peers') ? undefined : runFicCheck(dir, join(dir, 'fic500k.fic'), join(dir, 'bench.canon'));
  log('peers done');
  // Canon and English spelling accuracy, beside cspell and hunspell on the same 100k-word text (issue 14).
  const spelling = spellingReport(corpora.get('100k')!, generateCorpus({ words: 100_000, seed: 7, misspellRate: 0 }), dir, !args.has('--no-peers'));
  log('spelling done');
  rmSync(dir, { recursive: true, force: true });

  // ---- report ----
  const r500 = results.find((r) => r.label === '500k')!;
  const featureNames = ['word scan (AO3 rule)', 'parse', ...core.features.map((f) => f.name), 'getLints', 'full analysis'];
  const targets: Record<string, [number, string]> = {
    'full analysis': [75, '≤ 75 ms'],
    'canon check': [75, '≤ 75 ms'],
    'semantic tokens': [100, '≤ 100 ms'],
  };
  const inRows = featureNames.map((name) => {
    const t500 = r500.times[name];
    const target = targets[name];
    const floorRatio = name === 'parse' || name.startsWith('word scan') ? (t500 ?? NaN) / r500.floorMs : NaN;
    return [
      name,
      ...results.map((r) => ms(r.times[name])),
      rate(t500 ? r500.words / (t500 / 1000) : undefined),
      target ? target[1] : Number.isNaN(floorRatio) ? '' : '≤ 2.5× floor',
      target ? verdict(t500, target[0]) : Number.isNaN(floorRatio) ? '' : `${floorRatio.toFixed(1)}× ${verdict(floorRatio, 2.5)}`,
    ];
  });
  inRows.push(['bare word counter (floor)', ...results.map((r) => ms(r.floorMs, 2)), rate(r500.words / (r500.floorMs / 1000)), '', '']);
  const sources = [`parse: ${core.parse ? (core.parseIsStub ? 'stub (n/a)' : 'parse/parse#parse') : 'not landed'}`]
    .concat(core.features.map((f) => `${f.name}: ${f.source}`))
    .concat([`canon index: ${core.makeEnv('').source}`]);

  const out: string[] = [];
  out.push('# Fic Writer benchmark', '');
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}. Run: ${new Date().toISOString().slice(0, 10)}.`, '');
  out.push(`Corpora (seed 7): ${results.map((r) => `${r.label} = ${r.words.toLocaleString('en')} words / ${(r.chars / 1e6).toFixed(2)} M chars`).join('; ')}; canon of 2,000 entries.`, '');
  out.push('## In-process (median ms)', '');
  out.push(table(['feature', ...results.map((r) => r.label), 'words/s @500k', 'target @500k', 'result'], inRows), '');
  out.push(`Measured functions: ${sources.join('; ')}.`, '');
  out.push('## Canon check accuracy (500k corpus)', '');
  out.push(
    accuracy
      ? table(['misspellings written', 'flagged', 'found', 'precision', 'recall'], [[
          String(accuracy.misspellings), String(accuracy.flagged), String(accuracy.truePositives),
          `${(accuracy.precision * 100).toFixed(1)}%`, `${(accuracy.recall * 100).toFixed(1)}%`,
        ]]) + `\n\nFalse positives e.g.: ${accuracy.examples.falsePositives.join(', ') || 'none'}. Misses e.g.: ${accuracy.examples.misses.join(', ') || 'none'}.`
      : 'n/a (parser or canon check not landed)',
    '',
  );
  out.push('## Document store, one-character edit at 500k words (per edit, 300 edits)', '');
  out.push(table(['store', 'p50', 'p95'], docs.map((d) => [d.name, ms(d.p50, 3), ms(d.p95, 3)])), '');
  out.push('## Incremental re-analysis, one-letter insertion at 500k words (300 edits)', '');
  out.push(
    incremental
      ? table(['reparse p50', 'reparse p95', 'fast path taken', 'full parse'], [[
          ms(incremental.p50, 2), ms(incremental.p95, 2), `${(incremental.fastShare * 100).toFixed(0)}%`, ms(r500.times['parse']),
        ]])
      : 'n/a (parser not landed)',
    '',
  );
  out.push('## Incremental lints, one-letter insertion at 500k words (300 edits)', '');
  out.push(
    lintTiming
      ? table(['getLintState from the previous version p50', 'p95', 'full getLints', 'equal to a full check'], [[
          ms(lintTiming.p50, 2), ms(lintTiming.p95, 2), ms(r500.times['getLints']), lintTiming.equal ? 'yes' : 'NO',
        ]])
      : 'n/a (parser not landed)',
    '',
  );
  if (lsp) {
    const s = summarize(lsp);
    out.push('## Over LSP (bundled server, stdio, as shipped: `' + serverFlags.join(' ') + '`)', '');
    out.push(table(['measure', 'value', 'target', 'result'], [
      ['spawn → initialize reply (median of 3)', ms(s.initialize), '≤ 100 ms', verdict(s.initialize, 100)],
      ['didOpen 500k → first diagnostics', `${ms(lsp.openToDiagnosticsMs)} (${lsp.diagnosticsOnOpen ?? 'n/a'} diagnostics)`, '', ''],
      ['edit → diagnostics p50 (300 edits, 500k; pulled, as VS Code does)', ms(s.editP50, 2), '≤ 4 ms', verdict(s.editP50, 4)],
      ['edit → diagnostics p95 (pulled)', ms(s.editP95, 2), '≤ 10 ms', verdict(s.editP95, 10)],
      ['pulled reports that were full (the rest `unchanged`), p50 of each', `${lsp.editFull.length} of ${lsp.editDiagnostics.length}: ${ms(s.fullP50, 2)} full, ${ms(s.unchangedP50, 2)} unchanged`, '', ''],
      ['edit → fic/wordCount (totals) p50 / p95, alongside the pull', `${ms(s.countP50, 2)} / ${ms(s.countP95, 2)}`, '', ''],
      ['edit → diagnostics p50 / p95, pushed (clients without pull)', `${ms(s.pushP50, 2)} / ${ms(s.pushP95, 2)}`, '', ''],
      ['diagnostics in a full report, JSON bytes each', lsp.bytesPerDiagnostic ? `${lsp.diagnosticsPerEdit} × ${lsp.bytesPerDiagnostic.toFixed(0)} B` : 'n/a', '', ''],
      ['story words after 300 edits', String(lsp.wordCountAfterEdits ?? 'n/a'), '', ''],
      [`peak RSS, 1M-word fic open (as shipped: ${serverFlags.join(' ')})`, lsp.peakRssClientFlagsMiB ? `${lsp.peakRssClientFlagsMiB.toFixed(0)} MiB` : 'n/a', '≤ 150 MiB', verdict(lsp.peakRssClientFlagsMiB, 150)],
      ['peak RSS, 1M-word fic open (bare `node out/server.js --stdio`, no flags)', lsp.peakRssMiB ? `${lsp.peakRssMiB.toFixed(0)} MiB` : 'n/a', '', ''],
    ]), '');
    if (lsp.notes.length) out.push(`Notes: ${[...new Set(lsp.notes)].join('; ')}`, '');
  }
  if (cspell || fic) {
    const ratio = cspell?.ms && fic?.ms && !fic.note ? cspell.ms / fic.ms : NaN;
    out.push('## Peers, cold process on the 500k-word fic', '');
    out.push(table(['tool', 'wall time', 'findings', 'note'], [
      ['cspell 8 (canon as `words`)', ms(cspell?.ms, 0), String(cspell?.findings ?? 'n/a'), cspell?.note ?? ''],
      ['`fic check --canon`', ms(fic?.ms, 0), String(fic?.findings ?? 'n/a'), fic?.note ?? ''],
    ]), '');
    out.push(`cspell / fic check = ${Number.isNaN(ratio) ? 'n/a' : ratio.toFixed(1) + '×'} (target ≥ 8×: ${verdict(ratio, 8, true)}).`, '');
  }
  out.push(...spelling);
  out.push(`Bench wall time: ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  const report = out.join('\n') + '\n';
  process.stdout.write(report);
  if (!args.has('--no-write')) writeFileSync(resolve(__dirname, 'results.md'), report);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
