/**
 * Spelling accuracy for `npm run bench` (issue 14):
 *   - English: one-edit typos planted in the lowercase words of a corpus (substitution, transposition,
 *     deletion, insertion, doubled letter; never one that makes another English or canon word), then recall,
 *     first suggestion right, and false alarms of our check, and of cspell and hunspell on the same text
 *     (word level for all three, so the comparison is fair; hunspell is skipped, and said so, when the
 *     Debian `hunspell` + `hunspell-en-us` packages are not installed);
 *   - canon: every one-edit typo of a sample of canon name words that is no English word, caught and first
 *     suggestion right, the word alone, on the generated canon and on four canons of our own shaped like
 *     real fandoms' (server/test/fixtures/prose/*.canon), with the tied typos set against a pick at
 *     random among the tied names; the corpus's own name typos judged in the document (names typo'd
 *     in proportion to their use, the text around each typo readable by the ranking); and false alarms
 *     per 10,000 words on clean prose with its canon (the generated corpus without misspellings, and the
 *     hand-written fixtures in server/test/fixtures/prose).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '../src/core/parse/parse';
import { getLints, type AnalysisEnv } from '../src/core/features/diagnostics';
import { CanonIndex } from '../src/core/canon/canonIndex';
import { parseCanonText } from '../src/core/canon/canonFile';
import { isEnglishWord } from '../src/core/canon/english';
import { judgeWord } from '../src/core/canon/judge';
import { romanKey } from '../src/core/canon/distance';
import { countWords } from '../src/core/count/wordScanner';
import { mutate, mutationKinds, type Corpus } from './corpus';
import { Rng } from './rng';
import { median } from './util';

const letters = 'abcdefghijklmnopqrstuvwxyz';

export interface Planted {
  readonly text: string;
  readonly typos: { start: number; end: number; wrong: string; right: string }[];
}

/** `text` with one in `every` lowercase words of 4+ letters after the header misspelled by one edit. */
export function plantTypos(text: string, canonWords: ReadonlySet<string>, every = 150, seed = 11): Planted {
  const rng = new Rng(seed);
  const typos: Planted['typos'] = [];
  let out = '';
  let at = 0;
  const bodyStart = text.indexOf('\n\n');
  const re = /(?<![\p{L}'’\-_*])[a-z]{4,}(?![\p{L}'’\-_*])/gu;
  re.lastIndex = Math.max(0, bodyStart);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!rng.chance(1 / every)) continue;
    const right = m[0];
    let wrong = '';
    for (let tries = 0; tries < 5; tries++) {
      const candidate = mutate(rng, right, rng.pick(mutationKinds));
      if (candidate !== right && !isEnglishWord(candidate) && !canonWords.has(candidate)) {
        wrong = candidate;
        break;
      }
    }
    if (!wrong) continue;
    out += text.slice(at, m.index);
    typos.push({ start: out.length, end: out.length + wrong.length, wrong, right });
    out += wrong;
    at = m.index + right.length;
  }
  return { text: out + text.slice(at), typos };
}

export interface EnglishAccuracy {
  planted: number;
  caught: number;
  firstRight: number;
  falseAlarms: number;
  words: number;
  falseExamples: string[];
  missExamples: string[];
  wrongExamples: string[];
}

/** Our check on `planted`, span level: recall, first suggestion right, false alarms. */
export function englishAccuracy(planted: Planted, env: AnalysisEnv): EnglishAccuracy {
  const lints = getLints(parse(planted.text), env).filter((l) => l.code === 'spelling.unknown-word' || l.code === 'canon.misspelled-name');
  const byStart = new Map(planted.typos.map((t) => [t.start, t]));
  let caught = 0;
  let firstRight = 0;
  let falseAlarms = 0;
  const falseExamples: string[] = [];
  const wrongExamples: string[] = [];
  const hit = new Set<number>();
  for (const l of lints) {
    const t = byStart.get(l.start);
    if (t && l.end === t.end) {
      if (!hit.has(t.start)) caught++;
      hit.add(t.start);
      if (l.suggestions?.[0] === t.right) firstRight++;
      else if (wrongExamples.length < 12) wrongExamples.push(`${t.wrong}→${l.suggestions?.[0] ?? '∅'} (${t.right})`);
    } else if (l.code === 'spelling.unknown-word') {
      falseAlarms++;
      if (falseExamples.length < 8) falseExamples.push(planted.text.slice(l.start, l.end));
    }
  }
  const missExamples = planted.typos.filter((t) => !hit.has(t.start)).slice(0, 8).map((t) => `${t.wrong} (${t.right})`);
  return { planted: planted.typos.length, caught, firstRight, falseAlarms, words: countWords(planted.text), falseExamples, missExamples, wrongExamples };
}

export interface PeerAccuracy {
  tool: string;
  ms?: number;
  caught?: number;
  falseAlarms?: number;
  note?: string;
}

/** Word-level score of a tool's unknown words (one entry per occurrence) against the planted typos. */
function score(unknown: readonly string[], planted: Planted): { caught: number; falseAlarms: number } {
  const typoWords = new Map<string, number>();
  for (const t of planted.typos) typoWords.set(t.wrong, (typoWords.get(t.wrong) ?? 0) + 1);
  const seen = new Map<string, number>();
  let falseAlarms = 0;
  for (const w of unknown) {
    if (typoWords.has(w)) seen.set(w, (seen.get(w) ?? 0) + 1);
    else falseAlarms++;
  }
  let caught = 0;
  for (const [w, n] of typoWords) caught += Math.min(n, seen.get(w) ?? 0);
  return { caught, falseAlarms };
}

/** Our check, word level, like the peers: every occurrence of an unknown word. */
export function ourWordLevel(planted: Planted, env: AnalysisEnv, runs = 3): PeerAccuracy {
  const samples: number[] = [];
  let unknown: string[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const lints = getLints(parse(planted.text), env).filter((l) => l.code === 'spelling.unknown-word' || l.code === 'canon.misspelled-name');
    samples.push(performance.now() - t);
    unknown = lints.map((l) => planted.text.slice(l.start, l.end));
  }
  return { tool: 'Fic Writer (in process, canon + English)', ms: median(samples), ...score(unknown, planted) };
}

const root = resolve(__dirname, '../..');

/** Cold cspell with the canon words as its word list. */
export function cspellAccuracy(dir: string, planted: Planted, canonWords: readonly string[]): PeerAccuracy {
  const bin = resolve(root, 'node_modules/cspell/bin.mjs');
  if (!existsSync(bin)) return { tool: 'cspell', note: 'cspell not installed' };
  const file = join(dir, 'planted.txt'); // cspell skips file types it does not know (`.fic`)
  writeFileSync(file, planted.text);
  const config = join(dir, 'cspell-planted.json');
  writeFileSync(config, JSON.stringify({ version: '0.2', language: 'en', words: canonWords, ignorePaths: [] }));
  const t = performance.now();
  const r = spawnSync(process.execPath, [bin, 'lint', '--no-progress', '--no-summary', '--no-cache', '--words-only', '-c', config, 'planted.txt'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) return { tool: 'cspell', ms, note: (r.stderr || '').slice(0, 100) };
  return { tool: 'cspell 8 (en, canon as words)', ms, ...score(r.stdout.split('\n').filter(Boolean), planted) };
}

/** Cold hunspell (`-l`: one misspelled word per line) with en_US and the canon as a personal dictionary. */
export function hunspellAccuracy(dir: string, planted: Planted, canonWords: readonly string[]): PeerAccuracy {
  const probe = spawnSync('hunspell', ['-D'], { encoding: 'utf8', input: '' });
  if (probe.error) return { tool: 'hunspell', note: 'skipped: hunspell is not installed (apt-get install hunspell hunspell-en-us)' };
  if (!/en_US/.test(`${probe.stdout}${probe.stderr}`)) return { tool: 'hunspell', note: 'skipped: no en_US dictionary (apt-get install hunspell-en-us)' };
  const file = join(dir, 'planted.txt');
  writeFileSync(file, planted.text);
  const personal = join(dir, 'canon.dic');
  writeFileSync(personal, canonWords.join('\n') + '\n');
  const t = performance.now();
  const r = spawnSync('hunspell', ['-d', 'en_US', '-p', personal, '-l', file], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 });
  const ms = performance.now() - t;
  if (r.status !== 0) return { tool: 'hunspell', ms, note: (r.stderr || '').slice(0, 100) };
  const version = (spawnSync('hunspell', ['-v'], { encoding: 'utf8' }).stdout || '').split('\n')[0]?.replace(/^@\(#\) International Ispell Version .*?\(but really (.*)\)$/, '$1') ?? '';
  return { tool: `hunspell ${version} (en_US, canon as personal dictionary)`.replace(/\s+/g, ' '), ms, ...score(r.stdout.split('\n').filter(Boolean), planted) };
}

export interface CanonSweep {
  names: number;
  typos: number;
  caught: number;
  firstRight: number;
  missExamples: string[];
  wrongExamples: string[];
  /** The same per kind of edit (each kind has very different numbers of variants: 25 substitutions per letter, one doubling). */
  byKind: Record<string, { typos: number; caught: number; firstRight: number }>;
  /** Caught typos with one canon word nearest, and those whose first suggestion is it. */
  uniqueCaught: number;
  uniqueRight: number;
  /**
   * Caught typos whose first suggestion is another spelling the canon lists for the same name, a
   * romanization of it (`Toru` for a typo of `Tooru`, both of `Tōru`): the right person, not the
   * spelling the typo was made from. Not in `firstRight`.
   */
  sameNameRight: number;
  /**
   * Caught typos as near to two or more canon words: how many, and the first suggestions a ranker that
   * picks among the tied words at random would get right on average (Σ 1/tied): the word alone holds no
   * more to tell them apart.
   */
  tiedCaught: number;
  tiedRight: number;
  tiedChance: number;
}

/** One-edit variant generator: every substitution, insertion, deletion, doubling and transposition. */
function oneEdits(w: string): string[] {
  const out = new Set<string>();
  const cap = w[0] !== w[0]!.toLowerCase();
  const alpha = letters.split('');
  for (let i = 0; i < w.length; i++) {
    out.add(w.slice(0, i) + w.slice(i + 1));
    out.add(w.slice(0, i) + w[i] + w.slice(i)); // doubled letter
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of alpha) out.add(w.slice(0, i) + (i === 0 && cap ? c.toUpperCase() : c) + w.slice(i + 1));
  }
  for (let i = 1; i <= w.length; i++) for (const c of alpha) out.add(w.slice(0, i) + c + w.slice(i));
  out.delete(w);
  return [...out].filter((v) => v.length > 0 && v[0] !== v[0]!.toLowerCase() === cap);
}

/** Every one-edit typo (no English word, no canon word, no romanization) of `sample` canon name words. */
export function canonTypoSweep(canonText: string, sample = 200): CanonSweep {
  const canon = CanonIndex.build(parseCanonText(canonText, 'file:///bench.canon').entries);
  const words = [...new Set(canonText.split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(/[\s=,]+/)).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w)))];
  const rng = new Rng(5);
  const picked = new Set<string>();
  while (picked.size < Math.min(sample, words.length)) picked.add(rng.pick(words));
  let typos = 0;
  let caught = 0;
  let firstRight = 0;
  const missExamples: string[] = [];
  const wrongExamples: string[] = [];
  const byKind: CanonSweep['byKind'] = {};
  let uniqueCaught = 0;
  let uniqueRight = 0;
  let sameNameRight = 0;
  let tiedCaught = 0;
  let tiedRight = 0;
  let tiedChance = 0;
  for (const name of picked) {
    for (const typo of oneEdits(name)) {
      const key = typo.toLowerCase();
      // Not typos by the issue's rules: English words, canon words, their plurals and singulars, romanizations.
      const plural = key.endsWith('s') && (canon.word(key.slice(0, -1)) || (key.endsWith('es') && canon.word(key.slice(0, -2))));
      if (isEnglishWord(key) || canon.word(key) || plural || canon.word(`${key}s`) || canon.word(`${key}es`) || canon.romanizations(key).length || romanKey(key) === romanKey(name.toLowerCase())) continue;
      const kind = editKind(typo.toLowerCase(), name.toLowerCase());
      const k = (byKind[kind] ??= { typos: 0, caught: 0, firstRight: 0 });
      k.typos++;
      typos++;
      const finding = judgeWord(canon, typo).findings[0]?.finding;
      if (finding && finding.kind === 'misspelled') {
        caught++;
        k.caught++;
        // One name nearest (the others farther): the only typos whose intended name can be known.
        const near = canon.similar(key);
        const tied = near.filter((c) => c.distance === near[0]!.distance).length;
        if (tied === 1) {
          uniqueCaught++;
          if (finding.suggestions[0] === name) uniqueRight++;
        } else {
          tiedCaught++;
          tiedChance += 1 / tied;
          if (finding.suggestions[0] === name) tiedRight++;
        }
        if (finding.suggestions[0] === name) {
          firstRight++;
          k.firstRight++;
        } else if (sameName(canon, finding.suggestions[0]!, name)) sameNameRight++;
        else if (wrongExamples.length < 6) wrongExamples.push(`${typo}→${finding.suggestions[0]} (${name})`);
      } else if (missExamples.length < 6) missExamples.push(`${typo} (${name})`);
    }
  }
  return { names: picked.size, typos, caught, firstRight, missExamples, wrongExamples, byKind, uniqueCaught, uniqueRight, sameNameRight, tiedCaught, tiedRight, tiedChance };
}

/** True when `suggested` and `name` are spellings of one canon entry that differ only as romanizations (`Toru`, `Tooru`). */
function sameName(canon: CanonIndex, suggested: string, name: string): boolean {
  const a = suggested.toLowerCase();
  const b = name.toLowerCase();
  if (romanKey(a) !== romanKey(b)) return false;
  const entries = canon.word(b)?.entries ?? [];
  return !!canon.word(a)?.entries.some((e) => entries.includes(e));
}

/** Canons written in the shape of real fandoms' (people, places, terms, aliases, romanized Japanese, multi-word names), each beside a prose fixture. */
export const realisticCanons = ['lanterns', 'thornfield', 'crownfall', 'meridian'] as const;

/** The word-alone sweep over every name word of each realistic canon (server/test/fixtures/prose/NAME.canon). */
export function realisticSweeps(): { canon: string; entries: number; sweep: CanonSweep }[] {
  const dir = resolve(__dirname, '../test/fixtures/prose');
  return realisticCanons.map((name) => {
    const text = readFileSync(join(dir, `${name}.canon`), 'utf8');
    const entries = text.split('\n').filter((l) => l.replace(/#.*/, '').trim()).length;
    return { canon: name, entries, sweep: canonTypoSweep(text, 1000) };
  });
}

export interface InDocument {
  misspellings: number;
  caught: number;
  firstRight: number;
  wrongExamples: string[];
}

/**
 * Canon typos where writers make them: the corpus's own misspelled name mentions (2% of mentions, of
 * names in proportion to their use: the cast most), judged by the full check on the whole document, so
 * the ranking may read the text around each typo. Caught, and first suggestion right.
 */
export function canonInDocument(corpus: Corpus): InDocument {
  const env: AnalysisEnv = { canon: CanonIndex.build(parseCanonText(corpus.canon.text, 'file:///bench.canon').entries), spelling: { enabled: true, language: 'en-US' } };
  // A lowercase typo of a term may be reported as the English typo it also is, a doubled `u` as another
  // romanization of the name (`Ryuuga` for `Ryūga`): caught all the same, with the name as the fix.
  const lints = getLints(parse(corpus.text), env).filter((l) => l.code === 'canon.misspelled-name' || l.code === 'spelling.unknown-word' || l.code === 'canon.romanization');
  const byStart = new Map(lints.map((l) => [l.start, l]));
  let caught = 0;
  let firstRight = 0;
  const wrongExamples: string[] = [];
  for (const m of corpus.misspellings) {
    const l = byStart.get(m.start);
    if (!l || l.end !== m.end) continue;
    caught++;
    if (l.suggestions?.[0] === m.right) firstRight++;
    else if (wrongExamples.length < 6) wrongExamples.push(`${m.wrong}→${l.suggestions?.[0] ?? '∅'} (${m.right})`);
  }
  return { misspellings: corpus.misspellings.length, caught, firstRight, wrongExamples };
}

function editKind(typo: string, name: string): string {
  if (typo.length === name.length) {
    let i = 0;
    while (typo[i] === name[i]) i++;
    return typo[i + 1] === name[i] && typo[i] === name[i + 1] && typo.slice(i + 2) === name.slice(i + 2) ? 'transposition' : 'substitution';
  }
  if (typo.length < name.length) return 'deletion';
  let i = 0;
  while (typo[i] === name[i]) i++;
  return typo[i] === typo[i - 1] || typo[i] === typo[i + 1] ? 'doubled letter' : 'insertion';
}

export interface CleanProse {
  source: string;
  words: number;
  canonAlarms: number;
  spellingAlarms: number;
  examples: string[];
}

/** False alarms of canon and spelling on clean prose: the corpus generated without misspellings, and our fixtures. */
export function cleanProse(clean: Corpus): CleanProse[] {
  const out: CleanProse[] = [];
  const measure = (source: string, text: string, canonText: string) => {
    const env: AnalysisEnv = { canon: CanonIndex.build(parseCanonText(canonText, 'file:///c.canon').entries), spelling: { enabled: true, language: 'en-US' } };
    const lints = getLints(parse(text), env);
    const canonAlarms = lints.filter((l) => l.code.startsWith('canon.') && l.severity !== 'information').length;
    const spellingAlarms = lints.filter((l) => l.code === 'spelling.unknown-word').length;
    const examples = lints.filter((l) => l.code.startsWith('canon.') || l.code.startsWith('spelling.')).slice(0, 6).map((l) => text.slice(l.start, l.end));
    out.push({ source, words: countWords(text), canonAlarms, spellingAlarms, examples });
  };
  measure('generated corpus, no misspellings', clean.text, clean.canon.text);
  const dir = resolve(__dirname, '../test/fixtures/prose');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.fic') && !n.includes('typos')).sort()) {
      const canonFile = join(dir, f.replace(/\.fic$/, '.canon'));
      measure(`fixture ${f}`, readFileSync(join(dir, f), 'utf8'), existsSync(canonFile) ? readFileSync(canonFile, 'utf8') : '');
    }
  }
  return out;
}

/** Every spelling measure, as markdown for the bench report. `peers`: also run cspell and hunspell. */
export function spellingReport(corpus: Corpus, clean: Corpus, dir: string, peers: boolean): string[] {
  const env: AnalysisEnv = {
    canon: CanonIndex.build(parseCanonText(corpus.canon.text, 'file:///bench.canon').entries),
    spelling: { enabled: true, language: 'en-US' },
  };
  const canonWords = [...new Set(corpus.canon.text.split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(/[\s=,]+/)).filter(Boolean))];
  // Typos are planted in the corpus without name misspellings, so every other finding is a false alarm.
  const planted = plantTypos(clean.text, new Set(canonWords.map((w) => w.toLowerCase())));
  const acc = englishAccuracy(planted, env);
  const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : 'n/a');
  const out: string[] = [];
  out.push(`## English spelling: ${acc.planted} one-edit typos planted in ${acc.words.toLocaleString('en-US')} words (${corpus.words.toLocaleString('en-US')}-word corpus)`, '');
  out.push(
    '| planted | caught | recall | first suggestion right | false alarms | per 10k words |',
    '|--:|--:|--:|--:|--:|--:|',
    `| ${acc.planted} | ${acc.caught} | ${pct(acc.caught, acc.planted)} | ${pct(acc.firstRight, acc.caught)} | ${acc.falseAlarms} | ${((acc.falseAlarms / acc.words) * 10000).toFixed(2)} |`,
    '',
    `Misses e.g.: ${acc.missExamples.join(', ') || 'none'}. False alarms e.g.: ${acc.falseExamples.join(', ') || 'none'}. Wrong first suggestion e.g.: ${acc.wrongExamples.join(', ') || 'none'}.`,
    '',
  );
  const rows: PeerAccuracy[] = [ourWordLevel(planted, env)];
  if (peers) rows.push(cspellAccuracy(dir, planted, canonWords), hunspellAccuracy(dir, planted, canonWords));
  out.push('Same text, word level (an occurrence of a planted typo reported = caught; any other reported word = false alarm); time is in-process for Fic Writer (parse + all lints), a cold process for the peers:', '');
  out.push('| tool | time | caught | recall | false alarms | note |', '|:--|--:|--:|--:|--:|:--|');
  for (const r of rows) out.push(`| ${r.tool} | ${r.ms === undefined ? 'n/a' : `${r.ms.toFixed(0)} ms`} | ${r.caught ?? 'n/a'} | ${r.caught === undefined ? 'n/a' : pct(r.caught, planted.typos.length)} | ${r.falseAlarms ?? 'n/a'} | ${r.note ?? ''} |`);
  if (!peers) out.push('', 'Peers skipped (`--no-peers`).');
  out.push('');
  const sweep = canonTypoSweep(corpus.canon.text);
  out.push(`## Canon names: every one-edit typo of ${sweep.names} name words that is no English word`, '');
  out.push(
    '| kind | typos | caught | recall | first suggestion right |',
    '|:--|--:|--:|--:|--:|',
    ...Object.entries(sweep.byKind).sort().map(([kind, k]) => `| ${kind} | ${k.typos} | ${k.caught} | ${pct(k.caught, k.typos)} | ${pct(k.firstRight, k.caught)} |`),
    `| all | ${sweep.typos} | ${sweep.caught} | ${pct(sweep.caught, sweep.typos)} | ${pct(sweep.firstRight, sweep.caught)} |`,
    `| mean of the five kinds | | | ${pct(Object.values(sweep.byKind).reduce((a, k) => a + k.caught / k.typos, 0), Object.keys(sweep.byKind).length)} | ${pct(Object.values(sweep.byKind).reduce((a, k) => a + k.firstRight / Math.max(1, k.caught), 0), Object.keys(sweep.byKind).length)} |`,
    '',
    `First suggestion right where one canon word is nearest (the generated canon packs 2,000 names from a few syllables, so many typos are as near to two names): ${pct(sweep.uniqueRight, sweep.uniqueCaught)} of ${sweep.uniqueCaught}. Where two or more are as near (${sweep.tiedCaught} typos): ${pct(sweep.tiedRight, sweep.tiedCaught)}, against ${pct(sweep.tiedChance, sweep.tiedCaught)} for a pick at random among the tied names. These are uniform random edits of names drawn uniformly, judged without a document: the word alone cannot tell the tied names apart; in a document the ranking reads the names around the typo (the in-document table below).`,
    '',
    `Misses e.g.: ${sweep.missExamples.join(', ') || 'none'}. Wrong first suggestion e.g.: ${sweep.wrongExamples.join(', ') || 'none'}.`,
    '',
  );
  const real = realisticSweeps();
  const all = real.reduce((a, r) => ({ typos: a.typos + r.sweep.typos, caught: a.caught + r.sweep.caught, firstRight: a.firstRight + r.sweep.firstRight, sameName: a.sameName + r.sweep.sameNameRight, tied: a.tied + r.sweep.tiedCaught, tiedRight: a.tiedRight + r.sweep.tiedRight, chance: a.chance + r.sweep.tiedChance }), { typos: 0, caught: 0, firstRight: 0, sameName: 0, tied: 0, tiedRight: 0, chance: 0 });
  out.push('## Canon names on canons shaped like real fandoms: every one-edit typo of every name word', '');
  out.push(
    'Four canons of our own (server/test/fixtures/prose/*.canon: a shōnen canon of romanized Japanese names with long-vowel aliases, a British school-magic canon, an epic fantasy whose houses reuse a few syllables, a space opera with multi-word names), the word alone, as above.',
    '',
    '| canon | entries | name words | typos | caught | recall | first suggestion right | also right: another listed romanization of the same name | tied typos: right / at random | wrong e.g. |',
    '|:--|--:|--:|--:|--:|--:|--:|--:|--:|:--|',
    ...real.map(({ canon, entries, sweep: s }) => `| ${canon} | ${entries} | ${s.names} | ${s.typos} | ${s.caught} | ${pct(s.caught, s.typos)} | ${pct(s.firstRight, s.caught)} | ${pct(s.firstRight + s.sameNameRight, s.caught)} | ${s.tiedCaught}: ${pct(s.tiedRight, s.tiedCaught)} / ${pct(s.tiedChance, s.tiedCaught)} | ${s.wrongExamples.slice(0, 3).join(', ')} |`),
    `| all four | | | ${all.typos} | ${all.caught} | ${pct(all.caught, all.typos)} | ${pct(all.firstRight, all.caught)} | ${pct(all.firstRight + all.sameName, all.caught)} | ${all.tied}: ${pct(all.tiedRight, all.tied)} / ${pct(all.chance, all.tied)} | |`,
    '',
    `Misses e.g.: ${real.flatMap((r) => r.sweep.missExamples.slice(0, 3)).join(', ')} (a word of 1–2 letters gets no edit budget; a proper name the dictionaries carry is not taken for a slip in a name's first letter (unless the two letters spell one sound) or for a two-edit slip: \`Ben\` beside a canon Ren, by design). Where one name is nearest the first suggestion is right ${pct(real.reduce((a, r) => a + r.sweep.uniqueRight, 0), real.reduce((a, r) => a + r.sweep.uniqueCaught, 0))} of the time.`,
    '',
  );
  const inDoc = canonInDocument(corpus);
  out.push(`## Canon names in the document: the corpus's ${inDoc.misspellings} misspelled name mentions`, '');
  out.push(
    '| misspelled mentions | caught | recall | first suggestion right |',
    '|--:|--:|--:|--:|',
    `| ${inDoc.misspellings} | ${inDoc.caught} | ${pct(inDoc.caught, inDoc.misspellings)} | ${pct(inDoc.firstRight, inDoc.caught)} |`,
    '',
    `Typos of names in proportion to their use, judged by the full check with the text around them (a canon, romanization or English finding on the typo counts as caught; a typo that is an English word, such as \`Roue\` for Rouhe, is not flagged by design). Wrong first suggestion e.g.: ${inDoc.wrongExamples.join(', ') || 'none'}.`,
    '',
  );
  out.push('## False alarms on clean prose with its canon', '');
  out.push('| text | words | canon warnings | per 10k words | spelling findings | per 10k words | e.g. |', '|:--|--:|--:|--:|--:|--:|:--|');
  for (const c of cleanProse(clean)) {
    out.push(`| ${c.source} | ${c.words.toLocaleString('en-US')} | ${c.canonAlarms} | ${((c.canonAlarms / c.words) * 10000).toFixed(2)} | ${c.spellingAlarms} | ${((c.spellingAlarms / c.words) * 10000).toFixed(2)} | ${c.examples.join(', ')} |`);
  }
  out.push('');
  return out;
}
