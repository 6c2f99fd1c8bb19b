import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCanonCompletions } from '../../src/core/features/canonCompletion';
import { getCanonHover } from '../../src/core/features/canonHover';
import { validateCanonNames } from '../../src/core/features/canonNames';
import { headerCanonEntries } from '../../src/core/canon/headerNames';
import { canonOf, modelOf } from './helpers';

const canon = canonOf('Rukia Kuchiki = Ruki\nByakuya Kuchiki\nRenji Abarai\nHōgyoku = Hogyoku, Hougyoku\nbankai\n');

/** Completions at the `|` in `text`, as `label [replaced text]`. */
function complete(textWithCursor: string): string[] {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  return getCanonCompletions(modelOf(text), offset, canon).map((c) => `${c.label} [${text.slice(c.start, c.end)}]`);
}

const completions: [text: string, expected: string[]][] = [
  ['She saw ru|', ['Rukia Kuchiki [ru]', 'Ruki [ru]', 'Rukia [ru]']],
  ['Kuc|', ['Kuchiki [Kuc]']],
  ['Rukia Ku|', ['Kuchiki [Ku]', 'Rukia Kuchiki [Rukia Ku]']],
  ['the ho|', ['Hōgyoku [ho]', 'Hogyoku [ho]', 'Hougyoku [ho]']],
  ['Ban|', ['bankai [Ban]']],
  ['nothing typed |', []],
  ['zz|', []],
];

for (const [text, expected] of completions) {
  test(`completion: ${text}`, () => assert.deepEqual(complete(text).sort(), [...expected].sort()));
}

test('completion details say what and where', () => {
  const items = getCanonCompletions(modelOf('Hou'), 3, canon);
  assert.deepEqual(items.map((i) => [i.label, i.kind, i.detail]), [['Hougyoku', 'alias', 'alias of Hōgyoku · names.canon']]);
});

test('hover on a canon name shows its entry, aliases and file', () => {
  const text = "Then Rukia's brother, Byakuya Kuchiki, spoke.";
  const hover = getCanonHover(modelOf(text), text.indexOf('Ruk') + 2, canon);
  assert.equal(text.slice(hover!.start, hover!.end), 'Rukia');
  assert.equal(hover!.contents, '**Rukia Kuchiki** — canon name  \nAliases: Ruki  \nDefined in `names.canon`, line 1');
  const shared = getCanonHover(modelOf(text), text.indexOf('Kuchiki') + 1, canon);
  assert.match(shared!.contents, /\*\*Rukia Kuchiki\*\*[\s\S]*\*\*Byakuya Kuchiki\*\*/);
});

test('hover on an alias, on a name before an honorific, and on nothing', () => {
  const text = 'The Hougyoku. Renji-san. The sky.';
  assert.match(getCanonHover(modelOf(text), 6, canon)!.contents, /^\*\*Hōgyoku\*\*/);
  const honorific = getCanonHover(modelOf(text), text.indexOf('Renji') + 1, canon);
  assert.equal(text.slice(honorific!.start, honorific!.end), 'Renji');
  assert.equal(getCanonHover(modelOf(text), text.indexOf('sky'), canon), undefined);
});

const header = {
  title: 'The Roof',
  tags: 'RenRuki One-shot/ Drabble, Hermione/Ron & Luna',
  fields: ['Characters: Rukia Kuchiki, Rukai, Shinji Hirako (mentioned)', 'Pairing: Ichigo x Orihime', 'Summary: Shinji waits.'],
};
const headerText = `${header.title}\n\n${header.tags}\n\n${header.fields.join('\n')}\n\n`;

test('header names: Characters, Pairing and slash/ampersand pairs in the tags line', () => {
  const names = headerCanonEntries(modelOf(headerText, header)).map((e) => e.name);
  assert.deepEqual(names, ['Rukia Kuchiki', 'Rukai', 'Shinji Hirako', 'Ichigo', 'Orihime', 'Hermione', 'Ron', 'Luna']);
});

test('header names: which values read as names (ASCII ones by a quicker test, the same verdicts)', () => {
  // A `Characters:` value, and the names taken from it.
  const cases: [string, string[]][] = [
    ['Rukia Kuchiki, Jean-Luc Picard, Miles O\'Brien, H.G. Wells', ['Rukia Kuchiki', 'Jean-Luc Picard', "Miles O'Brien", 'H.G. Wells']],
    ['Hōgyoku, Émile Zola, Ōtsutsuki Kaguya, Miles O’Brien', ['Hōgyoku', 'Émile Zola', 'Ōtsutsuki Kaguya', 'Miles O’Brien']],
    ['rukia, 2B, R2-D2, Rukia Kuchiki the Second of Many Names', []], // lowercase, digits, six words
    ['A B C D E, Tom van der Berg', ['A B C D E', 'Tom van der Berg']],
    ['Zoë, Anne-Marie', ['Zoë', 'Anne-Marie']],
  ];
  for (const [value, expected] of cases) {
    const h = { title: 'T', tags: 'Fluff', fields: [`Characters: ${value}`] };
    const text = `${h.title}\n\n${h.tags}\n\n${h.fields[0]}\n\nStory.`;
    assert.deepEqual(headerCanonEntries(modelOf(text, h)).map((e) => e.name), expected, value);
  }
});

test('header names are canon for that fic; a header name one edit from canon is flagged, not adopted', () => {
  const text = `${headerText}Shinji met Orhime, Hermione and Rukai. Ichigo, Luna and Ron. Drabble.`;
  const lints = validateCanonNames(modelOf(text, header), { canon });
  assert.deepEqual(
    lints.map((l) => `${text.slice(l.start, l.end)}@${l.start < headerText.length ? 'header' : 'story'}→${l.suggestions?.[0]}`),
    ['Rukai@header→Rukia', 'Orhime@story→Orihime', 'Rukai@story→Rukia'],
  );
});

test('the tags line is never checked', () => {
  const h = { title: 'Title', tags: 'RenRuki Oneshot/ Drabbel, Rukai' };
  const text = `${h.title}\n\n${h.tags}\n\nRukia left.`;
  assert.deepEqual(validateCanonNames(modelOf(text, h), { canon }), []);
});
