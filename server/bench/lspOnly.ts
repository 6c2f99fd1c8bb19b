/**
 * `node --import tsx server/bench/lspOnly.ts [--prof] [--slowest]`: only the over-LSP keystroke traffic at 500k words,
 * for quick iteration; `--slowest` lists the 20 slowest keys; `--prof` writes a CPU profile of the server to /tmp/fic-prof; `--mem` measures only
 * the peak memory with the 1M-word fic open under the same traffic; `--open [N]` only `didOpen` → complete
 * diagnostics at 500k words, on N fresh servers (with `--prof`, profiled), and the server's CPU time to the
 * first reply on its main thread and on all its threads (Linux). `--mem` and `--open` write the
 * folder as `npm run bench` does (the 1k, 500k and 1M fics and the canon), so the works index reads the
 * closed fics as it does there. `FIC_HOOK=FILE` preloads FILE into each server instead (`--require`: a
 * probe of your own, e.g. one that records GC pauses or timestamps).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus';
import { measureLsp, openOnly, peakWithBigFic, serverFlags } from './lsp';
import { keystrokeRequests, pauseRequests } from './traffic';
import { namesToType } from './typing';
import { quantile } from './util';

async function main(): Promise<void> {
  if (process.argv.includes('--open')) {
    // The folder as `npm run bench` writes it: the works index finds the other long fics beside the open one.
    const c500 = generateCorpus({ words: 500_000, seed: 7 });
    const dir = mkdtempSync(join(tmpdir(), 'fic-bench-'));
    writeFileSync(join(dir, 'fic1k.fic'), generateCorpus({ words: 1_000, seed: 7 }).text);
    writeFileSync(join(dir, 'fic500k.fic'), c500.text);
    writeFileSync(join(dir, 'fic1m.fic'), generateCorpus({ words: 1_000_000, seed: 7 }).text);
    writeFileSync(join(dir, 'bench.canon'), c500.canon.text);
    if (process.argv.includes('--prof')) process.env.NODE_OPTIONS = `--require ${join(__dirname, 'cpuProfileHook.cjs')}`;
    if (process.env.FIC_HOOK) process.env.NODE_OPTIONS = `--require ${process.env.FIC_HOOK}`;
    const runs = Number(process.argv[process.argv.indexOf('--open') + 1]) || 5;
    const all: number[] = [];
    const main: number[] = [];
    const threads: number[] = [];
    const tokens: number[] = [];
    const tokensMain: number[] = [];
    for (let i = 0; i < runs; i++) {
      const o = await openOnly(dir, 'fic500k.fic', c500.text);
      all.push(o.completeMs);
      if (o.tokensMs !== undefined) tokens.push(o.tokensMs);
      if (o.tokensCpu) tokensMain.push(o.tokensCpu.mainMs);
      if (o.cpu) {
        main.push(o.cpu.mainMs);
        threads.push(o.cpu.allMs);
      }
      const cpu = o.cpu ? `; server CPU to the first reply: main thread ${o.cpu.mainMs.toFixed(0)} ms, all threads ${o.cpu.allMs.toFixed(0)} ms` : '';
      console.log(`open → complete ${o.completeMs.toFixed(0)} ms (${o.completeCount}; first ${o.firstMs.toFixed(0)} ms with ${o.firstCount}, ${o.pulls} pulls${cpu}); open → tokens ${o.tokensMs?.toFixed(0) ?? 'failed'} ms (${o.tokenRequests} requests${o.tokensCpu ? `; server CPU to the last tokens reply: main thread ${o.tokensCpu.mainMs.toFixed(0)} ms` : ''})`);
    }
    console.log(`median open → complete diagnostics ${quantile(all, 0.5).toFixed(0)} ms over ${runs} fresh servers`);
    console.log(`median open → tokens ${tokens.length ? quantile(tokens, 0.5).toFixed(0) : 'n/a'} ms (semanticTokens/full beside the pull, again on each refresh)`);
    if (main.length) console.log(`median server CPU, open → first reply: main thread ${quantile(main, 0.5).toFixed(0)} ms, all threads ${quantile(threads, 0.5).toFixed(0)} ms`);
    if (tokensMain.length) console.log(`median server CPU, open → last tokens reply: main thread ${quantile(tokensMain, 0.5).toFixed(0)} ms`);
    return;
  }
  if (process.argv.includes('--mem')) {
    const c1m = generateCorpus({ words: 1_000_000, seed: 7 });
    const dir = mkdtempSync(join(tmpdir(), 'fic-bench-'));
    writeFileSync(join(dir, 'bench.canon'), c1m.canon.text);
    // The folder as `npm run bench` writes it: the works index reads the closed chapters beside the open one.
    writeFileSync(join(dir, 'fic1k.fic'), generateCorpus({ words: 1_000, seed: 7 }).text);
    writeFileSync(join(dir, 'fic500k.fic'), generateCorpus({ words: 500_000, seed: 7 }).text);
    writeFileSync(join(dir, 'fic1m.fic'), c1m.text);
    const names = namesToType(c1m.canon.entries);
    const flagged = await peakWithBigFic(dir, c1m.text, names, serverFlags);
    console.log(`peak RSS 1M under typing traffic: ${serverFlags.join(' ')} ${flagged?.toFixed(0)} MiB`);
    return;
  }
  const c500 = generateCorpus({ words: 500_000, seed: 7 });
  const dir = mkdtempSync(join(tmpdir(), 'fic-bench-'));
  writeFileSync(join(dir, 'fic500k.fic'), c500.text);
  writeFileSync(join(dir, 'bench.canon'), c500.canon.text);
  if (process.argv.includes('--prof')) process.env.NODE_OPTIONS = `--require ${join(__dirname, 'cpuProfileHook.cjs')}`;
  if (process.env.FIC_HOOK) process.env.NODE_OPTIONS = `--require ${process.env.FIC_HOOK}`;
  const r = await measureLsp(dir, c500.text, '', namesToType(c500.canon.entries), 300, { skipMemory: true, skipPush: true });
  const t = r.traffic500!;
  const row = (name: string, v: number[]) => `${name.padEnd(28)} p50 ${quantile(v, 0.5).toFixed(2)}  p95 ${quantile(v, 0.95).toFixed(2)}  p99 ${quantile(v, 0.99).toFixed(2)} ms (${v.length})`;
  for (const name of [...keystrokeRequests, ...pauseRequests]) console.log(row(name, t.requests[name] ?? []));
  console.log(row('whole keystroke', t.keystroke));
  console.log(row('no-op round trip (floor)', t.floor));
  console.log(`open → complete diagnostics ${r.open500?.completeMs.toFixed(0)} ms (${r.open500?.completeCount}; first reply ${r.open500?.firstMs.toFixed(0)} ms with ${r.open500?.firstCount}, ${r.open500?.pulls} pulls); open → tokens ${r.open500?.tokensMs?.toFixed(0) ?? 'n/a'} ms (${r.open500?.tokenRequests} requests)`);
  console.log(`server CPU per key ${t.serverCpuPerKeyMs.toFixed(2)} ms (pauses' requests included)`);
  const first = t.perKey.slice(0, 10);
  console.log(`first 10 keys: delta ${first.map((k) => k.delta?.toFixed(1)).join(' ')} | pull ${first.map((k) => k.pull?.toFixed(1)).join(' ')} ms`);
  if (process.argv.includes('--slowest')) {
    for (const k of [...t.perKey].sort((a, b) => b.whole - a.whole).slice(0, 20))
      console.log(`slow key ${k.index} (${k.kind}): delta ${k.delta?.toFixed(1)} pull ${k.pull?.toFixed(1)} whole ${k.whole.toFixed(1)} ms`);
  }
  console.log(`tokens from deltas equal a full request: ${t.tokensEqual}; delta reply ${t.deltaBytes.toFixed(0)} B; pulls full/unchanged ${t.pullFull}/${t.pullUnchanged}, ${t.refreshPulls} on refresh; errors: ${t.errors.join('; ') || 'none'}`);
}
void main();
