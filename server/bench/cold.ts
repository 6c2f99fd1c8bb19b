/**
 * `node --import tsx server/bench/cold.ts [RUNS] [--cspell]`: the bench's "Cold processes" rows alone
 * (cold `fic check --canon` of the 1k- and 500k-word fics with the 2,000-entry canon, and `node -e 0`),
 * quickly, on the corpora `npm run bench` generates. Reads out/cli.js: run `npm run build` first.
 * Also prints the main thread's CPU time (Linux): on a loaded machine wall times swing by 2-3x, and the
 * process's CPU time counts V8's background compiler and GC threads (~200 ms of a 500k-word check),
 * while the main thread's is what the wall time of a quiet 2-core machine follows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus';
import { coldCheckCosts, runCspell } from './peers';

const dir = mkdtempSync(join(tmpdir(), 'fic-cold-'));
const c1k = generateCorpus({ words: 1_000, seed: 7 });
const c500 = generateCorpus({ words: 500_000, seed: 7 });
writeFileSync(join(dir, 'fic1k.fic'), c1k.text);
writeFileSync(join(dir, 'fic500k.fic'), c500.text);
writeFileSync(join(dir, 'bench.canon'), c500.canon.text);
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 9);
const cold = coldCheckCosts(dir, join(dir, 'fic1k.fic'), join(dir, 'fic500k.fic'), join(dir, 'bench.canon'), runs);
const f = (x?: number) => (x === undefined ? 'n/a' : x.toFixed(1));
for (const [name, r] of Object.entries(cold)) console.log(`${name.padEnd(6)} wall ${f(r.ms)} ms  cpu ${f(r.cpuMs)} ms  main thread ${f(r.mainCpuMs)} ms  findings ${r.findings ?? ''}`);
console.log(`fixed cost: cpu ${f(cold.small.cpuMs! - cold.floor.cpuMs!)} ms, wall ${f(cold.small.ms! - cold.floor.ms!)} ms`);
if (process.argv.includes('--cspell')) {
  const cs = runCspell(dir, join(dir, 'fic500k.fic'), c500.canon.text);
  console.log(`cspell 500k wall ${f(cs.ms)} ms; ratio ${(cs.ms! / cold.large.ms!).toFixed(2)}x`);
}
console.log(`files in ${dir}`);
