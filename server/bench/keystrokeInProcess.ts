/**
 * `node --import tsx server/bench/keystrokeInProcess.ts [--words N] [--keys N] [--check] [--prof] [--slowest] [--cold]`: the keystroke
 * path of one open fic without the LSP transport, for profiling (`node --cpu-prof --import tsx ...`).
 * The same typing script as `npm run bench` (three places in a 500k-word fic, with its canon) goes into a
 * FicDocument; after each key the OpenFic answers what VS Code asks (the token delta, the diagnostics,
 * the word count), each timed alone. `--check` compares the final answers with a fresh analysis;
 * `--prof` writes a CPU profile of the keystrokes alone to /tmp/keystroke.cpuprofile (with `--heap`, a
 * sampling allocation profile to /tmp/keystroke.heapprofile). After the open, the server's warm-up
 * (lsp/warmUp.ts) runs to its end and the fic's edit buffer is made, as the server does before the writer
 * types; `--cold` skips both.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { generateCorpus } from './corpus';
import { TypedDocument, typingScript, namesToType } from './typing';
import { quantile } from './util';
import { FicDocument } from '../src/lsp/documents';
import { OpenFic } from '../src/lsp/openFic';
import { KeystrokeWarmUp } from '../src/lsp/warmUp';
import { CanonIndex } from '../src/core/canon/canonIndex';
import { parseCanonText } from '../src/core/canon/canonFile';
import type { AnalysisEnv } from '../src/core/env';
import { getLints } from '../src/core/features/diagnostics';
import { parse } from '../src/core/parse/parse';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

function main(): void {
  const words = arg('--words', 500_000);
  const keys = arg('--keys', 300);
  const corpus = generateCorpus({ words, seed: 7 });
  const canon = CanonIndex.build(parseCanonText(corpus.canon.text, 'file:///bench/bench.canon', 'bench.canon').entries);
  const spelling = { enabled: true, language: 'en-US' as const, severity: 'warning' as const };
  const hints = { saidBookisms: false, adverbAfterSaid: false, filterWords: false, echoWords: false, repeatedNames: false };
  const env: AnalysisEnv = { canon, spelling, hints, hintsDisplay: 'inline', dialogueStyle: 'auto', severities: {} };
  const document = new FicDocument('file:///bench/fic.fic', 'fic', 1, corpus.text);
  const fic = new OpenFic(document, () => ({ ...env }));
  let t = performance.now();
  fic.diagnostics();
  let tokens: { resultId?: string } = fic.semanticTokens();
  fic.counts();
  console.log(`open: ${(performance.now() - t).toFixed(0)} ms, ${fic.lints().length} lints`);
  if (!process.argv.includes('--cold')) {
    t = performance.now();
    const warmUp = new KeystrokeWarmUp(() => ({ ...env }));
    while (warmUp.step());
    warmUp.fic.dispose();
    document.prepareForEdits();
    console.log(`warm-up: ${(performance.now() - t).toFixed(0)} ms, ${warmUp.typed} keys`);
  }

  const typed = new TypedDocument(corpus.text);
  const script = typingScript(keys, namesToType(corpus.canon.entries));
  const spots = [0.3, 0.6, 0.95].map((f) => Math.floor(typed.lineCount * f));
  const perSpot = Math.ceil(script.length / spots.length);
  const times: Record<string, number[]> = { delta: [], pull: [], count: [], whole: [] };
  const cpuTimes: Record<string, number[]> = { delta: [], pull: [], count: [], whole: [] };
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const session = process.argv.includes('--prof') ? new Session() : undefined;
  const heap = process.argv.includes('--heap');
  if (session) {
    session.connect();
    if (heap) session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
    else {
      session.post('Profiler.enable');
      session.post('Profiler.setSamplingInterval', { interval: 100 });
      session.post('Profiler.start');
    }
  }
  const kinds: string[] = [];
  const cpu0 = process.cpuUsage();
  let version = 1;
  for (let i = 0; i < script.length; i++) {
    if (i % perSpot === 0) typed.moveToLineEnd(spots[i / perSpot]!);
    const change = typed.type(script[i]!);
    if (!change) continue;
    const c0 = cpuNow();
    const t0 = performance.now();
    document.update([change], ++version);
    const delta = fic.semanticTokensDelta(tokens.resultId!);
    if ('resultId' in delta) tokens = { resultId: delta.resultId };
    const t1 = performance.now();
    const c1 = cpuNow();
    fic.diagnostics();
    const t2 = performance.now();
    const c2 = cpuNow();
    fic.counts();
    const t3 = performance.now();
    const c3 = cpuNow();
    times.delta!.push(t1 - t0);
    times.pull!.push(t2 - t1);
    times.count!.push(t3 - t2);
    times.whole!.push(t3 - t0);
    cpuTimes.delta!.push(c1 - c0);
    cpuTimes.pull!.push(c2 - c1);
    cpuTimes.count!.push(c3 - c2);
    cpuTimes.whole!.push(c3 - c0);
    kinds.push(`${script[i]!.kind}${script[i]!.text === '\n' ? '(enter)' : ''} d${(c1 - c0).toFixed(1)} p${(c2 - c1).toFixed(1)} c${(c3 - c2).toFixed(1)}`);
  }
  const cpu = process.cpuUsage(cpu0);
  if (heap) {
    session?.post('HeapProfiler.stopSampling', (err, result) => {
      if (!err) writeFileSync('/tmp/keystroke.heapprofile', JSON.stringify(result.profile));
    });
  } else {
    session?.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync('/tmp/keystroke.cpuprofile', JSON.stringify(result.profile));
    });
  }
  for (const [name, v] of Object.entries(times)) {
    const c = cpuTimes[name]!;
    console.log(`${name.padEnd(6)} cpu p50 ${quantile(c, 0.5).toFixed(2)}  p95 ${quantile(c, 0.95).toFixed(2)}  p99 ${quantile(c, 0.99).toFixed(2)} | wall p50 ${quantile(v, 0.5).toFixed(2)}  p95 ${quantile(v, 0.95).toFixed(2)}  p99 ${quantile(v, 0.99).toFixed(2)}  max ${Math.max(...v).toFixed(2)} ms`);
  }
  console.log(`first 10 keys, cpu: ${cpuTimes.whole!.slice(0, 10).map((x) => x.toFixed(1)).join(' ')} ms`);
  if (process.argv.includes('--slowest')) {
    const order = cpuTimes.whole!.map((t, k) => [t, k] as const).sort((a, b) => b[0] - a[0]).slice(0, 15);
    for (const [t, k] of order) console.log(`slow key ${k}: ${t.toFixed(2)} ms cpu, ${kinds[k]}`);
  }
  console.log(`cpu ${((cpu.user + cpu.system) / 1000 / times.whole!.length).toFixed(2)} ms per key (${times.whole!.length} keys)`);
  if (process.argv.includes('--check')) {
    t = performance.now();
    const text = document.getText();
    const full = getLints(parse(text), env);
    const same = JSON.stringify(full) === JSON.stringify(fic.lints());
    console.log(`lints equal a fresh analysis: ${same} (${(performance.now() - t).toFixed(0)} ms)`);
  }
}
main();
