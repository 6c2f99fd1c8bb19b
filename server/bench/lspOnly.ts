/**
 * `node --import tsx server/bench/lspOnly.ts [--prof]`: only the over-LSP part of the bench at 500k words
 * (edit → diagnostics), for quick iteration; `--prof` writes a CPU profile of the server to /tmp/fic-prof;
 * `--mem` measures only the peak memory with the 1M-word fic open.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus';
import { measureLsp, peakWithBigFic, serverFlags, summarize } from './lsp';

async function main(): Promise<void> {
  if (process.argv.includes('--mem')) {
    const c1m = generateCorpus({ words: 1_000_000, seed: 7 });
    const dir = mkdtempSync(join(tmpdir(), 'fic-bench-'));
    writeFileSync(join(dir, 'bench.canon'), c1m.canon.text);
    const bare = await peakWithBigFic(dir, c1m.text, []);
    const flagged = await peakWithBigFic(dir, c1m.text, serverFlags);
    console.log(`peak RSS 1M: bare ${bare?.toFixed(0)} MiB, ${serverFlags.join(' ')} ${flagged?.toFixed(0)} MiB`);
    return;
  }
  const c500 = generateCorpus({ words: 500_000, seed: 7 });
  const dir = mkdtempSync(join(tmpdir(), 'fic-bench-'));
  writeFileSync(join(dir, 'fic500k.fic'), c500.text);
  writeFileSync(join(dir, 'bench.canon'), c500.canon.text);
  if (process.argv.includes('--prof')) process.env.NODE_OPTIONS = `--require ${join(__dirname, 'cpuProfileHook.cjs')}`;
  const r = await measureLsp(dir, c500.text, '', 300, { skipMemory: true });
  const s = summarize(r);
  console.log(`edit→diagnostics p50 ${s.editP50.toFixed(2)} ms p95 ${s.editP95.toFixed(2)} ms; wordCount p50 ${s.countP50.toFixed(2)} p95 ${s.countP95.toFixed(2)}; open ${r.diagnosticsOnOpen} diagnostics`);
}
void main();
