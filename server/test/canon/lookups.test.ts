/**
 * The canon lookups written for a fast cold start answer exactly as their plain definitions: binary search
 * over the sorted English text, deletion hashes put together from prefix hashes, the symmetric-delete
 * index against a brute-force scan, and the fast paths of `nameWords` and `romanKey`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SortedWords } from '../../src/core/canon/sortedWords';
import { DeletionHasher, editBudget, osaDistance, romanKey } from '../../src/core/canon/distance';
import { CanonIndex, nameWords, wordKey } from '../../src/core/canon/canonIndex';
import type { CanonEntry } from '../../src/core/canon/canonFile';
import { VerdictTable } from '../../src/core/canon/judge';
import { findCanonNameBounds, validateCanonNames } from '../../src/core/features/canonNames';
import { canonOf, modelOf } from './helpers';

test('SortedWords.has matches a Set over random sorted lists and probes', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '\u2019', 'Z'), minLength: 0, maxLength: 5 });
  fc.assert(
    fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (words, probes) => {
      const sorted = [...new Set(words.filter((w) => w.length > 0))].sort();
      const set = new Set(sorted);
      const list = new SortedWords(sorted.join('\n'));
      assert.equal(list.size, sorted.length);
      for (const p of [...words, ...probes, 'ab\nc', '\n', '']) assert.equal(list.has(p), set.has(p), JSON.stringify(p));
    }),
    { numRuns: 400 },
  );
});

test('SortedWords edge cases: empty text, one line, prefixes, first and last lines', () => {
  const cases: { words: string[]; yes: string[]; no: string[] }[] = [
    { words: [], yes: [], no: ['', 'a'] },
    { words: ['end'], yes: ['end'], no: ['en', 'ends', 'e'] },
    { words: ['a', 'cat', 'catalog', 'zebra'], yes: ['a', 'cat', 'catalog', 'zebra'], no: ['', 'ca', 'cata', 'catalogs', 'at', 'zebras', 'b'] },
  ];
  for (const { words, yes, no } of cases) {
    const list = new SortedWords(words.join('\n'));
    for (const w of yes) assert.ok(list.has(w), `${words} has ${w}`);
    for (const w of no) assert.ok(!list.has(w), `${words} lacks ${w}`);
  }
});

/** Every string made by deleting up to `depth` code units of `s` (with repeats, as the hasher makes them). */
function deletions(s: string, depth: number): string[] {
  const out = [s];
  if (depth < 1 || s.length < 2) return out;
  for (let i = 0; i < s.length; i++) {
    out.push(s.slice(0, i) + s.slice(i + 1));
    if (depth < 2 || s.length < 3) continue;
    for (let j = i + 1; j < s.length; j++) out.push(s.slice(0, i) + s.slice(i + 1, j) + s.slice(j + 1));
  }
  return out;
}

function hashesOf(s: string, depth: number): number[] {
  const hasher = new DeletionHasher(new Uint32Array(1)); // grown by the hasher, as for a long word
  const count = hasher.hash(s, depth);
  return [...hasher.buffer.subarray(0, count)];
}

test('deletion hashes equal the hashes of the deleted strings themselves', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'l', 'ō', 'k'), minLength: 0, maxLength: 70 });
  fc.assert(
    fc.property(word, fc.integer({ min: 0, max: 2 }), (s, depth) => {
      const got = hashesOf(s, depth).sort((a, b) => a - b);
      const want = deletions(s, depth)
        .map((d) => hashesOf(d, 0)[0]!)
        .sort((a, b) => a - b);
      assert.deepEqual(got, want);
    }),
    { numRuns: 300 },
  );
});

function entry(name: string): CanonEntry {
  return { name, aliases: [], source: 'test', sourceLabel: 'test', line: 0, term: false };
}

test('CanonIndex.similar finds exactly the canon words a brute-force scan finds', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'e', 'r', 'u', 'k', 'i'), minLength: 1, maxLength: 9 });
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.array(word, { maxLength: 20 }), (names, probes) => {
      const entries = names.map((n) => entry(n[0]!.toUpperCase() + n.slice(1)));
      // Eager: the deletion table from the start. Lazy: scans first, then the table once they cost as much.
      const indexes = { eager: CanonIndex.build(entries), lazy: CanonIndex.build(entries, { lazy: true }) };
      const keys = [...new Set(names.map((n) => wordKey(n)))];
      for (const probe of [...probes, ...names]) {
        const q = wordKey(probe);
        const budget = editBudget(q.length);
        const want = budget === 0 ? [] : keys.filter((c) => {
          const max = Math.min(budget, editBudget(c.length));
          return max > 0 && c !== q && osaDistance(q, c, max) <= max;
        });
        for (const [mode, canon] of Object.entries(indexes)) assert.deepEqual(canon.similar(q).map((c) => c.key).sort(), want.sort(), `${mode}: ${probe}`);
      }
    }),
    { numRuns: 200 },
  );
});

test('a lazy CanonIndex scans until the scans cost about a table build, then answers from the table, alike', () => {
  const letters = 'abcdefghijklmnoprstuvyz';
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const randomWord = (min: number, max: number) => {
    let w = '';
    for (let n = min + (next() % (max - min + 1)); w.length < n; ) w += letters[next() % letters.length];
    return w;
  };
  // Non-ASCII and apostrophes too: the scan's letter bits share six bits among every other code unit.
  const names = Array.from({ length: 600 }, (_, i) => randomWord(3, 11) + (i % 7 === 0 ? 'ō' : i % 11 === 0 ? "'s" : ''));
  const entries = names.map((n) => entry(n[0]!.toUpperCase() + n.slice(1)));
  const eager = CanonIndex.build(entries);
  const lazy = CanonIndex.build(entries, { lazy: true });
  assert.ok(eager.suggestionTableBuilt, 'the server builds the table at once');
  assert.ok(!lazy.suggestionTableBuilt, 'a lazy index has no table before its first query');
  // Probes near the names (one or two edits) and random ones: both indexes find the same words.
  const probes = names.flatMap((n, i) => [n.slice(0, 2) + n.slice(3), n + 'e', n.replace(/[aeiou]/, 'y'), randomWord(3, 10 + (i % 4))]);
  let tableFrom = -1;
  probes.forEach((p, i) => {
    const q = wordKey(p);
    assert.deepEqual(lazy.similar(q).map((c) => c.key).sort(), eager.similar(q).map((c) => c.key).sort(), p);
    if (tableFrom < 0 && lazy.suggestionTableBuilt) tableFrom = i;
  });
  // A few scans never build the table; thousands do, well before the last probe.
  assert.ok(tableFrom > 10 && tableFrom < probes.length / 2, `table built at probe ${tableFrom}`);
});

test('nameWords and romanKey fast paths agree with their plain regex definitions', () => {
  const plainNameWords = (name: string): string[] => {
    const out: string[] = [];
    for (const w of name.split(' ')) {
      if (!w) continue;
      const trimmed = w.replace(/^[.'’‘-]+|[.'’‘-]+$/g, '');
      if (trimmed) out.push(trimmed);
      if (/[-'’‘]/.test(trimmed)) for (const part of trimmed.split(/[-'’‘]+/)) if (part.length >= 2) out.push(part);
    }
    return out;
  };
  const plainRoman = (s: string): string => s.replace(/oh(?![aeiouyh])/g, 'o').replace(/o[ou]/g, 'o').replace(/uu/g, 'u');
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'o', 'u', 'h', ' ', '-', "'", '’', '.', 'K'), maxLength: 14 }), (s) => {
      assert.deepEqual(nameWords(s), plainNameWords(s));
      const lower = s.toLowerCase();
      assert.equal(romanKey(lower), plainRoman(lower));
    }),
    { numRuns: 500 },
  );
  const table: [string, string][] = [['hougyoku', 'hogyoku'], ['hohgyoku', 'hogyoku'], ['hogyoku', 'hogyoku'], ['ohio', 'ohio'], ['book', 'bok']];
  for (const [word, key] of table) assert.equal(romanKey(word), key, word);
});

test('the verdict table answers right for the word that makes it grow', () => {
  const canon = CanonIndex.build([entry('Rukia Kuchiki'), entry('Renji Abarai')]);
  // Sizes around each growth (the table doubles when half full): the next word is the first past it.
  for (const filler of [2046, 2047, 2048, 4095, 4096]) {
    const table = new VerdictTable(canon);
    for (let i = 0; i < filler; i++) table.flagsOf(`x${i}`, 0, `x${i}`.length);
    const text = 'He saw Rukai.';
    assert.equal(table.flagsOf(text, 7, 12) & 1, 1, `flags after ${filler} words`);
    const fresh = new VerdictTable(canon);
    for (let i = 0; i < filler; i++) fresh.judge(`x${i}`, 0, `x${i}`.length);
    assert.equal(fresh.judge(text, 7, 12).findings[0]?.text, 'Rukai', `verdict after ${filler} words`);
  }
});

test('a possessive shares the verdict of the word it ends (also when judging that word grows the table)', () => {
  const canon = CanonIndex.build([entry('Rukia Kuchiki'), entry('Renji Abarai'), entry('James Potter')]);
  // word, its verdict's findings (text@offset: first suggestion or kind), its canon names (text@offset)
  const cases: [string, string[], string[]][] = [
    ["Rukai's", ['Rukai@0:Rukia'], []],
    ['Rukai’s', ['Rukai@0:Rukia'], []],
    ["Rukia's", [], ['Rukia@0']],
    ["rukia's", ['rukia@0:casing'], []],
    ["James's", [], ['James@0']],
    ["Rukai'S", ['Rukai@0:Rukia'], []],
    ['Renji’S', [], ['Renji@0']],
    ["James's's", [], ['James@0']], // the ending comes off once, and `James's` is judged by its parts
    ["_Rukai_'s", [], []], // emphasis markers: the long way (`Rukai_` holds an underscore: code, not prose)
    ["Kuchikis's", [], []],
  ];
  const show = (v: { findings: readonly { text: string; offset: number; finding?: { kind: string; suggestions?: readonly string[] } }[]; names: readonly { text: string; offset: number }[] }) => ({
    findings: v.findings.map((f) => `${f.text}@${f.offset}:${f.finding?.kind === 'misspelled' ? f.finding.suggestions![0] : f.finding?.kind}`),
    names: v.names.map((n) => `${n.text}@${n.offset}`),
  });
  for (const filler of [0, 2046, 2047, 4094, 4095]) {
    const table = new VerdictTable(canon);
    for (let i = 0; i < filler; i++) table.judge(`x${i}`, 0, `x${i}`.length);
    for (const [word, findings, names] of cases) {
      const text = `He saw ${word} coat.`;
      assert.deepEqual(show(table.judge(text, 7, 7 + word.length)), { findings, names }, `${word} after ${filler} words`);
    }
    // The word without its ending was judged on the way, once: the same verdict object.
    assert.equal(table.judge('Rukai', 0, 5), table.judge("Rukai's", 0, 7), `after ${filler} words`);
  }
});

test('plain words that are canon forms (the quick way) get the verdicts of the long way', () => {
  const canon = CanonIndex.build([entry('Rukia Kuchiki'), entry('McGonagall'), { ...entry('bankai'), term: true }, entry('Ron'), entry('Mon Calamari')]);
  // word, in an English fic: names (text@offset) / finding kinds; then the same in a fic of another language
  const cases: [string, string, string][] = [
    ['Rukia', 'Rukia@0/', 'Rukia@0/'],
    ['McGonagall', 'McGonagall@0/', 'McGonagall@0/'],
    ['bankai', '/', '/'], // a term as the canon writes it: fine, no name
    ['Bankai', '/', '/'], // a term capitalized (a sentence start): fine
    ['rukia', '/casing', '/'], // lowercase: a casing slip in English; another language's word otherwise
    ['mon', '/casing', '/'],
    ['Mon', 'Mon@0/', 'Mon@0/'],
    ['RUKIA', 'RUKIA@0/', 'RUKIA@0/'], // shouting
    ['Rukai', '/misspelled', '/misspelled'],
    ['Ro', '/', '/'],
  ];
  const show = (v: { findings: readonly { finding?: { kind: string } }[]; names: readonly { text: string; offset: number }[] }) =>
    `${v.names.map((n) => `${n.text}@${n.offset}`).join(',')}/${v.findings.map((f) => f.finding?.kind).join(',')}`;
  for (const [word, english, foreign] of cases) {
    assert.equal(show(new VerdictTable(canon).judge(word, 0, word.length)), english, word);
    assert.equal(show(new VerdictTable(canon, undefined, true).judge(word, 0, word.length)), foreign, `${word} (another language)`);
  }
});

test('plain words that are no canon word (English words, typos, plurals, ship names) get the verdicts of the long way', () => {
  const canon = CanonIndex.build([
    entry('Rukia Kuchiki'),
    entry('Renji Abarai'),
    entry('Kon'),
    entry('Ron Weasley'),
    entry('Harry Potter'),
    entry('Draco Malfoy'),
    entry('Hufflepuff'),
    entry('Maester'),
    { ...entry('Hōgyoku'), aliases: [] },
    { ...entry('apparate'), term: true },
    { ...entry('taichō'), term: true },
  ]);
  // The quick way takes a word of plain ASCII letters; wrapped in emphasis markers (`_Rukai_`) the same
  // word takes the long way (markers trimmed, each part judged alone): the verdicts must agree, one unit on.
  const words = [
    'the', 'Winter', 'koi', 'Rukai', 'rukai', 'Renij', 'Weasleys', 'Potters', 'Malfoys', 'apparated', 'disapparating',
    'Hougyoku', 'taichou', 'RenRuki', 'Drarry', 'Easter', 'Hufflepuffy', 'recieve', 'Recieve', 'teh', 'Kno', 'Konn',
    'Abaria', 'Kuchki', 'Weasly', 'qwzx',
  ];
  const show = (v: { findings: readonly { offset: number; text: string; finding?: { kind: string; suggestions?: readonly string[] } }[]; names: readonly { text: string; offset: number }[] }, shift: number) =>
    `${v.names.map((n) => `${n.text}@${n.offset - shift}`).join(',')}/${v.findings
      .map((f) => `${f.text}@${f.offset - shift}:${f.finding?.kind}:${f.finding?.suggestions?.join('|') ?? ''}`)
      .join(',')}`;
  let findings = 0;
  for (const spelling of ['en-US', undefined] as const) {
    for (const foreign of [false, true]) {
      const table = new VerdictTable(canon, foreign ? undefined : spelling, foreign);
      for (const word of words) {
        const quick = table.judge(word, 0, word.length);
        const long = table.judge(`_${word}_`, 0, word.length + 2);
        assert.equal(show(quick, 0), show(long, 1), `${word} (spelling ${spelling ?? 'off'}${foreign ? ', another language' : ''})`);
        findings += quick.findings.length;
      }
    }
  }
  assert.ok(findings >= 20, 'the table holds typos, not only fine words');
});

test('the walk (VerdictTable.scan) finds what judging each word alone finds, also when the table grows mid-walk and around skipped spans', () => {
  // 10,000 distinct words (the table grows past 8,192), names and typos of names among them, English
  // between them (the fic reads as English), and scene-break lines with words in them, which the check skips.
  const consonants = 'bcdfghjklmnpqrstvwxz';
  const lines: string[] = [];
  for (let i = 0; i < 12000; i++) {
    let w = 'Qa';
    for (let n = i + 400; n > 0; n = Math.floor(n / 20)) w += consonants[n % 20];
    lines.push(i % 7 === 0 ? 'Rukia' : i % 11 === 0 ? "Renjo's" : i % 13 === 0 ? 'Kuchki' : w, 'and the');
    if (i % 997 === 996) lines.push(`\n\n[break ${i}] Renjo Kuchki Rukia\n\n`);
  }
  const text = `${lines.join(' ')}\n`;
  const breaks = [...text.matchAll(/\[break \d+\] Renjo Kuchki Rukia/g)].map((m) => m[0]);
  const model = modelOf(text, undefined, breaks);
  const canonText = 'Rukia Kuchiki\nRenji Abarai\n';
  // Each word alone, through `judge` (one table probe per call); findings outside the breaks.
  const table = new VerdictTable(canonOf(canonText));
  const names: number[] = [];
  const findings: number[] = [];
  for (let i = 0; i < model.words.length; i += 2) {
    const start = model.words[i];
    const verdict = table.judge(text, start, model.words[i + 1]);
    for (const n of verdict.names) names.push(start + n.offset, start + n.offset + n.length);
    if (model.breaks.some((b) => b.start <= start && start < b.end)) continue;
    for (const f of verdict.findings) findings.push(start + f.offset);
  }
  assert.ok(table.judged > 8192, 'the table grew');
  assert.equal(model.breaks.length, 12);
  // A fresh canon each, so that each walk fills (and grows) a table of its own.
  assert.deepEqual([...findCanonNameBounds(model, canonOf(canonText))], names);
  assert.deepEqual(validateCanonNames(model, { canon: canonOf(canonText) }).map((l) => l.start), findings);
  assert.ok(findings.length > 1000 && names.length > 2000, 'typos and names were found');
});

test('CanonIndex.romanizations (bucketed by first letter, made on demand) finds every word with the same romanization key', () => {
  const unit = fc.constantFrom('o', 'u', 'h', 'k', 'ō', 'ū', 'É', 'e', '\u0301', 'a');
  fc.assert(
    fc.property(fc.array(fc.string({ unit, minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 30 }), fc.array(fc.string({ unit, minLength: 1, maxLength: 7 }), { maxLength: 10 }), (names, probes) => {
      const words = names; // any first letter, an accented one or a bare combining mark too
      const canon = CanonIndex.build(words.map(entry), { lazy: true });
      // Brute force: each distinct key once, under the form it was first written in, in order.
      const firstForm = new Map<string, string>();
      for (const w of words) for (const part of nameWords(w)) if (!firstForm.has(wordKey(part))) firstForm.set(wordKey(part), part);
      for (const probe of [...probes, ...words.map(wordKey)]) {
        const rk = romanKey(wordKey(probe));
        const want = [...firstForm].filter(([k]) => romanKey(k) === rk).map(([, form]) => form);
        assert.deepEqual(canon.romanizations(wordKey(probe)), want, probe);
      }
    }),
    { numRuns: 300 },
  );
  // Words whose first letter carries an accent share a bucket with the bare letter.
  const canon = CanonIndex.build([entry('Ōsaka'), entry('Émile')]);
  assert.deepEqual(canon.romanizations('osaka'), ['Ōsaka']);
  assert.deepEqual(canon.romanizations('oosaka'), ['Ōsaka']);
  assert.deepEqual(canon.romanizations('emile'), ['Émile']);
});

/** The optimal string alignment distance over the whole matrix, as its textbook definition. */
function fullOsa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

test('osaDistance (banded) equals the full-matrix distance up to max, and max + 1 beyond it', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'l', 'ō', 'k'), minLength: 0, maxLength: 70 });
  fc.assert(
    fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
      const want = fullOsa(a, b);
      assert.equal(osaDistance(a, b, max), want <= max ? want : max + 1, `${a} / ${b} within ${max}`);
    }),
    { numRuns: 2000 },
  );
  // Near strings too (random pairs are mostly far apart): one or two edits of a word.
  const edit = (s: string, k: number, c: string) => [s.slice(0, k) + c + s.slice(k), s.slice(0, k) + s.slice(k + 1), s.slice(0, k) + c + s.slice(k + 1), s.slice(0, k) + s.slice(k + 1, k + 2) + s.slice(k, k + 1) + s.slice(k + 2)];
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'l', 'ō'), minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), fc.constantFrom('a', 'b', 'x'), fc.integer({ min: 0, max: 3 }), (s, k1, k2, c, max) => {
      for (const once of edit(s, k1 % (s.length + 1), c)) {
        for (const twice of [once, ...edit(once, k2 % (once.length + 1), c)]) {
          const want = fullOsa(s, twice);
          assert.equal(osaDistance(s, twice, max), want <= max ? want : max + 1, `${s} / ${twice} within ${max}`);
          assert.equal(osaDistance(twice, s, max), want <= max ? want : max + 1, `${twice} / ${s} within ${max}`);
        }
      }
    }),
    { numRuns: 1000 },
  );
});
