import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCanonText } from '../../src/core/canon/canonFile';
import { buildCanon } from '../../src/core/canon/canonSources';
import { CanonIndex } from '../../src/core/canon/canonIndex';
import { validateCanonNames } from '../../src/core/features/canonNames';
import { modelOf } from './helpers';

test('entries: names, aliases, terms, comments, CRLF', () => {
  const text = '# Bleach names\r\nRukia Kuchiki   # the heroine\r\n\r\nHōgyoku = Hogyoku, Hougyoku\r\nbankai\r\n  Sode  no Shirayuki  \r\n';
  const { entries, lints } = parseCanonText(text, 'file:///ws/b.canon', 'b.canon');
  assert.deepEqual(lints, []);
  assert.deepEqual(
    entries.map((e) => [e.name, e.aliases, e.term, e.line]),
    [
      ['Rukia Kuchiki', [], false, 1],
      ['Hōgyoku', ['Hogyoku', 'Hougyoku'], false, 3],
      ['bankai', [], true, 4],
      ['Sode no Shirayuki', [], false, 5],
    ],
  );
  assert.equal(entries[0].sourceLabel, 'b.canon');
});

const malformed: [line: string, message: RegExp][] = [
  ['Rukia =', /has ‘=’ but no aliases/],
  ['Rukia =   # nothing', /has ‘=’ but no aliases/],
  ['= Ruki', /no name before ‘=’/],
  ['Rukia = Ruki,, Ru', /empty alias/],
  ['Rukia = Ruki,', /empty alias/],
  ['Ru\u0007kia', /control character/],
  ['R'.repeat(250), /250 characters long/],
  ['Rukia / Renji', /contains ‘\/’/],
  ['Rukia = Ruki = Ru', /more than one ‘=’/],
  ['Rukia = 13', /no letters/],
  ['one two three four five six seven eight nine ten eleven', /11 words/],
];

for (const [line, message] of malformed) {
  test(`malformed: ${JSON.stringify(line.slice(0, 30))}`, () => {
    const text = `Renji\n${line}\nByakuya`;
    const { entries, lints } = parseCanonText(text, 'x');
    assert.deepEqual(entries.map((e) => e.name), ['Renji', 'Byakuya'], 'the bad line is skipped, the rest is read');
    assert.equal(lints.length, 1);
    assert.equal(lints[0].code, 'canon.malformed-entry');
    assert.equal(lints[0].severity, 'warning');
    assert.equal(text.slice(lints[0].start, lints[0].end), line, 'the lint covers that line');
    assert.match(lints[0].message, message);
  });
}

test('a duplicate entry is a hint naming the first line', () => {
  const text = 'Rukia\nRenji\nRukia\n';
  const { entries, lints } = parseCanonText(text, 'x');
  assert.deepEqual(entries.map((e) => e.name), ['Rukia', 'Renji']);
  assert.deepEqual(lints.map((l) => [l.code, l.severity, text.slice(l.start, l.end), l.message]), [
    ['canon.duplicate-entry', 'hint', 'Rukia', '‘Rukia’ is already listed on line 1.'],
  ]);
});

test('a binary file gives one clear lint and no entries', () => {
  const { entries, lints } = parseCanonText('\u0000\u0001PNG\u0000garbage\nmore', 'x');
  assert.equal(entries.length, 0);
  assert.equal(lints.length, 1);
  assert.match(lints[0].message, /binary/);
});

test('a garbage file reports a bounded number of lints and says how many more', () => {
  const text = Array.from({ length: 2000 }, (_, i) => `@@${i}@@`).join('\n');
  const { entries, lints } = parseCanonText(text, 'x');
  assert.equal(entries.length, 0);
  assert.equal(lints.length, 501);
  assert.match(lints[500].message, /1500 more problems/);
});

test('a canon file of 100k entries is read and indexed', () => {
  const syllables = ['ka', 'ri', 'to', 'mi', 'ren', 'ji', 'ru', 'ki', 'sho', 'hei', 'na', 'ta', 'yu', 'mo', 'se', 'ga'];
  const names: string[] = [];
  for (let i = 0; names.length < 100_000; i++) {
    let n = '';
    for (let k = i; n.length < 10; k = Math.floor(k / 16) + 7) n += syllables[k % 16];
    names.push(n[0].toUpperCase() + n.slice(1) + (i % 7 === 0 ? ` ${n.slice(0, 5)}` : ''));
  }
  const loaded = buildCanon([{ source: 'big', label: 'big.canon', text: names.join('\n') }]);
  assert.ok(loaded.entries > 1000);
  // Still answers: a known name passes, a transposed one is caught.
  const first = names[0].split(' ')[0];
  const typo = first.slice(0, 2) + first[3] + first[2] + first.slice(4);
  const lints = validateCanonNames(modelOf(`${first} and ${typo}.`), { canon: loaded.index });
  assert.ok(lints.every((l) => l.start > first.length), 'the canon name itself is fine');
});

test('settings words use the same syntax; their problems are reported under `settings`', () => {
  const loaded = buildCanon([{ source: 'a', label: 'a.canon', text: 'Rukia' }], ['Renji Abarai', 'Hōgyoku = Hogyoku', 'bad = ']);
  assert.deepEqual(loaded.index.allEntries().map((e) => e.name), ['Rukia', 'Renji Abarai', 'Hōgyoku']);
  assert.equal(loaded.lints.get('settings')?.length, 1);
  assert.deepEqual(loaded.lints.get('a'), []);
});

test('CanonIndex.empty() knows nothing', () => {
  assert.equal(CanonIndex.empty().size, 0);
  assert.equal(CanonIndex.empty().word('rukia'), undefined);
});

test('canon names: the plain-ASCII fast path accepts exactly what the Unicode word rules accept', () => {
  const wordRe = /^[\p{L}\p{M}\p{Nd}'’‘.-]+$/u;
  const letterRe = /\p{L}/u;
  const valid = (line: string): boolean => {
    const name = line.trim().replace(/\s+/g, ' ');
    const words = name.split(' ');
    return name.length > 0 && words.length <= 10 && words.every((w) => wordRe.test(w) && letterRe.test(w));
  };
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '1', '.', '-', "'", '’', ' ', ' ', '_', '!'), maxLength: 40 }), (line) => {
      const { entries } = parseCanonText(line, 'file:///t.canon');
      assert.equal(entries.length === 1, valid(line), JSON.stringify(line));
    }),
    { numRuns: 2000 },
  );
  // Word counts around the limit, plain and not.
  for (const [words, ok] of [[10, true], [11, false]] as const) {
    for (const w of ['Ab', 'Ré']) assert.equal(parseCanonText(Array(words).fill(w).join(' '), 'file:///t.canon').entries.length, ok ? 1 : 0, `${words} × ${w}`);
  }
});
