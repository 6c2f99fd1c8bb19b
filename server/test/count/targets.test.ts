import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateTarget } from '../../src/core/features/targets';
import { findTarget, parseTargetValue } from '../../src/core/count/target';
import { getLints } from '../../src/core/features/diagnostics';
import { CanonIndex } from '../../src/core/canon/canonIndex';
import type { AnalysisEnv } from '../../src/core/features/diagnostics';
import { at, between, model } from './helpers';

const env = (target?: number): AnalysisEnv => ({ canon: CanonIndex.empty(), target });

/** `n` words of prose: "word1 word2 …". */
function prose(n: number): string {
  return Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
}

/** A fic: title, a tags line, optional fields, then body paragraphs (a break glyph is its own paragraph). */
function fic(tags: string | undefined, fields: string[], body: string[], noteWords = 0) {
  const head = ['Title Here', ...(tags ? [tags] : []), ...fields].join('\n');
  const note = noteWords > 0 ? `\n\nA/N: ${prose(noteWords)}` : '';
  const text = `${head}\n\n${body.join('\n\n')}${note}\n`;
  const glyphs = body.filter((p) => /^(xXx|oOo|\* \* \*|<hr>)$/.test(p));
  return model(text, {
    header: {
      span: between(text, 'Title Here', fields[fields.length - 1] ?? tags ?? 'Title Here'),
      title: at(text, 'Title Here'),
      tags: tags ? at(text, tags) : undefined,
      fields: fields.map((line) => ({ name: line.slice(0, line.indexOf(':')).toLowerCase(), line })),
    },
    notes: noteWords > 0 ? [{ span: { start: at(text, 'A/N:').start, end: text.length }, position: 'end' }] : [],
    breaks: glyphs,
  });
}

// [case, tags, fields, body, setting, expected message or null]
const cases: [string, string | undefined, string[], string[], number | undefined, string | null][] = [
  ['drabble over', 'RenRuki One-shot/ Drabble', [], [prose(103)], undefined, 'This drabble has 103 words — 3 over 100.'],
  ['drabble under', 'Hermione/Ron, Drabble', [], [prose(97)], undefined, 'This drabble has 97 words — 3 short of 100.'],
  ['drabble exact', 'Hermione/Ron, drabble', [], [prose(60), prose(40)], undefined, null],
  ['drabble exact with a long note', 'Drabble', [], [prose(100)], undefined, null],
  ['double drabble over', 'Double Drabble, angst', [], [prose(205)], undefined, 'This double drabble has 205 words — 5 over 200.'],
  ['double-drabble under', 'double-drabble', [], [prose(150)], undefined, 'This double drabble has 150 words — 50 short of 200.'],
  ['triple drabble exact', 'Triple drabble', [], [prose(300)], undefined, null],
  ['drabbles (a collection) is no target', 'Drabbles', [], [prose(7)], undefined, null],
  ['a drabble collection is no target', 'Drabble collection, Angst', [], [prose(700)], undefined, null],
  ['drabble in a Tags field', undefined, ['Tags: Angst, Drabble'], [prose(99)], undefined, 'This drabble has 99 words — 1 short of 100.'],
  ['drabble in the summary is no target', undefined, ['Summary: Not quite a drabble.'], [prose(7)], undefined, null],
  [
    'drabble over because of a break glyph',
    'Drabble',
    [],
    [prose(50), 'xXx', prose(50)],
    undefined,
    'This drabble has 101 words — 1 over 100. AO3 will also count the scene break ‘xXx’ as 1 word (included above).',
  ],
  [
    'several glyphs',
    'Drabble',
    [],
    [prose(40), 'xXx', prose(40), 'xXx', prose(10), 'oOo', prose(5)],
    undefined,
    'This drabble has 98 words — 2 short of 100. AO3 will also count the scene breaks ‘xXx’ ×2 and ‘oOo’ as 3 words (included above).',
  ],
  ['an asterisk break counts nothing', 'Drabble', [], [prose(50), '* * *', prose(50)], undefined, null],
  ['an <hr> break counts nothing', 'Drabble', [], [prose(50), '<hr>', prose(50)], undefined, null],
  ['Target: under', undefined, ['Target: 5000'], [prose(4200)], undefined, 'The story has 4,200 words — 800 short of its target of 5,000.'],
  ['Target: with commas and words, reached', undefined, ['Target: 5,000 words'], [prose(5001)], undefined, null],
  ['Target: 1.5k under', undefined, ['Target: 1.5k'], [prose(1000)], undefined, 'The story has 1,000 words — 500 short of its target of 1,500.'],
  ['Target: exactly, over', undefined, ['Target: 50 exactly'], [prose(52)], undefined, 'The story has 52 words — 2 over its exact target of 50.'],
  ['Target: with no number', undefined, ['Target: soon'], [prose(3)], undefined, 'This target has no number of words; write it like `Target: 5,000`.'],
  ['setting under', undefined, ['Fandom: Bleach'], [prose(30)], 40, 'The story has 30 words — 10 short of its target of 40 (setting fic.wordCount.target).'],
  ['setting met', undefined, [], [prose(40)], 40, null],
  ['document Target: wins over the setting', undefined, ['Target: 20'], [prose(30)], 100, null],
  ['document drabble wins over the setting', 'Drabble', [], [prose(100)], 5000, null],
  ['Target: wins over a drabble tag', 'Drabble', ['Target: 150'], [prose(120)], undefined, 'The story has 120 words — 30 short of its target of 150.'],
  ['no target at all', 'Hermione/Ron', [], [prose(12)], undefined, null],
];

for (const [name, tags, fields, body, setting, expected] of cases) {
  test(`count.target: ${name}`, () => {
    const lints = validateTarget(fic(tags, fields, body, name.includes('note') ? 40 : 0), env(setting));
    assert.deepEqual(lints.map((l) => l.message), expected === null ? [] : [expected]);
    for (const l of lints) {
      assert.equal(l.code, 'count.target');
      assert.equal(l.severity, 'information');
    }
  });
}

test('the lint sits on the drabble tag itself, or on the Target: field', () => {
  const m = fic('RenRuki One-shot/ Drabble', [], [prose(3)]);
  const [lint] = validateTarget(m, env());
  assert.equal(m.text.slice(lint.start, lint.end), 'Drabble');
  const f = fic(undefined, ['Target: 5,000 words'], [prose(3)]);
  const [flint] = validateTarget(f, env());
  assert.equal(f.text.slice(flint.start, flint.end), 'Target: 5,000 words');
  const s = fic(undefined, ['Fandom: X'], [prose(3)]);
  const [slint] = validateTarget(s, env(10));
  assert.equal(s.text.slice(slint.start, slint.end), 'Title Here');
});

test('the lint carries the numbers a client needs in data', () => {
  const [lint] = validateTarget(fic('Drabble', [], [prose(50), 'xXx', prose(50)]), env());
  assert.deepEqual(lint.data, { target: 100, exact: true, words: 101, breakWords: 1, source: 'tag' });
});

test('count.target runs through getLints and obeys severity overrides', () => {
  const m = fic('Drabble', [], [prose(3)]);
  assert.equal(getLints(m, env()).filter((l) => l.code === 'count.target').length, 1);
  assert.equal(getLints(m, { ...env(), severities: { 'count.target': 'off' } }).filter((l) => l.code === 'count.target').length, 0);
});

test('a setting target with no header is reported on the first line', () => {
  const text = '\n\n  Rain fell on the roof.\nMore rain.\n';
  const [lint] = validateTarget(model(text), env(100));
  assert.equal(text.slice(lint.start, lint.end), 'Rain fell on the roof.');
});

test('target values', () => {
  const table: [string, number | undefined][] = [
    ['5000', 5000], ['5,000 words', 5000], ['5 000', 5000], ['5k', 5000], ['2.5k words', 2500], ['100 (drabble)', 100],
    ['about 750', 750], ['none', undefined], ['0', undefined], ['', undefined],
  ];
  for (const [value, goal] of table) assert.equal(parseTargetValue(value), goal, value);
});

test('findTarget: a setting below 1 or not finite is no target', () => {
  const m = model('Just prose here.');
  assert.equal(findTarget(m, 0), undefined);
  assert.equal(findTarget(m, Number.NaN), undefined);
});
