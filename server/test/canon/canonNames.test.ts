import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCanonNames, findCanonNameSpans } from '../../src/core/features/canonNames';
import { envOf, modelOf, canonOf } from './helpers';

const canon = `
# Bleach
Rukia Kuchiki
Renji Abarai
Ichigo Kurosaki
Byakuya Kuchiki
Gin Ichimaru
Sode no Shirayuki
Hōgyoku = Hogyoku
bankai
taichō
Shiro
# Harry Potter
Hermione Granger
Albus Dumbledore
Harry Potter
Ginny Weasley
Ron Weasley
Draco Malfoy
Minerva McGonagall
Jean-Luc
`;

/** `code word→suggestion` for every lint, checking that each lint's span holds the word. */
function findings(text: string, canonText = canon): string[] {
  const model = modelOf(text);
  return validateCanonNames(model, envOf(canonText)).map((l) => {
    assert.equal(text.slice(l.start, l.end), l.data?.word, 'the span holds the reported word');
    return `${l.code} ${text.slice(l.start, l.end)}→${l.suggestions?.[0]}`;
  });
}

const misspellings: [kind: string, text: string, expected: string[]][] = [
  ['substitution', 'Then Rukiq left.', ['canon.misspelled-name Rukiq→Rukia']],
  ['transposition', 'He looked at Rukai and sighed.', ['canon.misspelled-name Rukai→Rukia']],
  ['deletion', 'Kuchki was late. So was Rkia.', ['canon.misspelled-name Kuchki→Kuchiki', 'canon.misspelled-name Rkia→Rukia']],
  ['insertion', 'Renjii laughed.', ['canon.misspelled-name Renjii→Renji']],
  ['doubled letter', 'Ichiggo and Hermionne argued.', ['canon.misspelled-name Ichiggo→Ichigo', 'canon.misspelled-name Hermionne→Hermione']],
  ['two edits in a long name', 'Professor Dumbeldore smiled at Hermonie.', ['canon.misspelled-name Dumbeldore→Dumbledore', 'canon.misspelled-name Hermonie→Hermione']],
  ['casing', 'She waved at rukia and byakuya.', ['canon.name-casing rukia→Rukia', 'canon.name-casing byakuya→Byakuya']],
  ['casing inside a name', 'Professor Mcgonagall frowned.', ['canon.name-casing Mcgonagall→McGonagall']],
  ['possessive', "It was Rukai's sword.", ['canon.misspelled-name Rukai→Rukia']],
  ['curly possessive', 'It was Rukai’s sword.', ['canon.misspelled-name Rukai→Rukia']],
  ['multi-word name', 'She drew Sode no Shirayukki.', ['canon.misspelled-name Shirayukki→Shirayuki']],
  ['sentence start', 'Hermoine closed the book.', ['canon.misspelled-name Hermoine→Hermione']],
  ['inside dialogue', '"Rukai, wait!" he called.', ['canon.misspelled-name Rukai→Rukia']],
  ['inside a thought', "'Where is Renij?' she wondered. *Ichgo, hurry.*", ['canon.misspelled-name Renij→Renji', 'canon.misspelled-name Ichgo→Ichigo']],
  ['shouted', '"RUKAI!"', ['canon.misspelled-name RUKAI→RUKIA']],
  ['before an honorific', 'Ichgo-kun, come here.', ['canon.misspelled-name Ichgo→Ichigo']],
  ['short name', 'Gim smiled.', ['canon.misspelled-name Gim→Gin']],
];

for (const [kind, text, expected] of misspellings) {
  test(`misspelling: ${kind}`, () => assert.deepEqual(findings(text), expected));
}

test('the message names the word and the best suggestion', () => {
  const [lint] = validateCanonNames(modelOf('Rukai ran.'), envOf(canon));
  assert.equal(lint.message, '‘Rukai’ is not a canon name — did you mean ‘Rukia’?');
  assert.equal(lint.severity, 'warning');
});

const neverFlagged: [why: string, text: string][] = [
  ['an English word one edit from a short name', 'Gun, gin, Ron, run, Rum.'],
  ['canon names and possessives', "Rukia's hand found Renji's. The Potters' house. Byakuya Kuchiki nodded."],
  ['ship names', 'RenRuki forever. IchiRuki? Drarry and Romione, GinRuki.'],
  ['terms in any case', 'Bankai! He said bankai twice. Taichō, the taichō.'],
  ['names that are English words', 'Harry will harry them. Will you? Ginny ran.'],
  ['aliases', 'The Hogyoku and the Hōgyoku.'],
  ['hyphenated names and honorifics', 'Jean-Luc and Rukia-chan and Ichigo-kun and Byakuya-sama.'],
  ['shouting a name', 'RUKIA! RENJI!'],
  ['numbers and short words', 'Chapter 12, episode 61 & 62. A/N: OK.'],
  ['contractions', "Rukia'd gone. Renji'll come. Won't they? I ain't. Ma'am, it's two o'clock."],
];

for (const [why, text] of neverFlagged) {
  test(`never flagged: ${why}`, () => assert.deepEqual(findings(text), []));
}

test('a clean text full of capitalized English words gives nothing', () => {
  const text = [
    'The Long Night Before The Storm',
    '',
    'Chapter One: Where Shadows Fall',
    '',
    'Morning came slowly. Rain drummed on the roof. Nobody spoke. Somewhere, a Door creaked open and Light',
    'spilled across the Floor. Rukia Kuchiki stood in it. Quietly, Carefully, Deliberately, she walked.',
    '"Renji," she said. "Listen. Whatever Happens Tonight, Remember This." He nodded. Thunder rolled.',
    'Years Later, Historians Would Call It The Battle Of The Bridge. Captain Byakuya Kuchiki Agreed.',
    'Honestly? Probably. Maybe. Yesterday Was Worse. Tomorrow Will Be Better. Harry Potter laughed.',
    'Friday, Saturday, Sunday. January, February. English, French, Japanese. Okay. Yeah. Hmm.',
  ].join('\n');
  assert.deepEqual(findings(text), []);
});

const romanizations: [text: string, expected: string[]][] = [
  ['The Hougyoku pulsed.', ['canon.romanization Hougyoku→Hōgyoku']],
  ['the hougyoku', ['canon.romanization hougyoku→Hōgyoku']],
  ['Hohgyoku', ['canon.romanization Hohgyoku→Hōgyoku']],
  ['"Taicho!" the taichou said.', ['canon.romanization Taicho→Taichō', 'canon.romanization taichou→taichō']],
  ['Shirou smiled.', ['canon.romanization Shirou→Shiro']],
  ['Hogyoku and Hōgyoku are listed.', []],
];

for (const [text, expected] of romanizations) {
  test(`romanization: ${text}`, () => {
    assert.deepEqual(findings(text), expected);
    const model = modelOf(text);
    for (const l of validateCanonNames(model, envOf(canon))) {
      assert.equal(l.severity, 'information');
      assert.match(l.message, new RegExp(`canon spells it|‘${l.suggestions![0]}’`));
    }
  });
}

test('an empty canon checks nothing', () => assert.deepEqual(findings('Rukai and rukia.', ''), []));

test('scene breaks are never checked', () => {
  const text = 'Rukia left.\n\nxXx\n\nRenji stayed.';
  assert.deepEqual(validateCanonNames(modelOf(text, undefined, ['xXx']), envOf('Xxy Zed\nRukia')), []);
});

test('findCanonNameSpans marks canon names (not terms, not typos)', () => {
  const text = "Rukia's bankai. Renji and Rukai. Sode no Shirayuki. RUKIA";
  const spans = findCanonNameSpans(modelOf(text), canonOf(canon)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['Rukia', 'Renji', 'Sode', 'Shirayuki', 'RUKIA']);
});

test('pathological words are skipped, not searched: a 200k-letter word, binary bytes, lone surrogates', () => {
  const text = `${'Rukia'.repeat(40_000)} \u0000\u0001Rukai\ud800 x\udc00y ${'ab-'.repeat(10_000)}`;
  assert.deepEqual(findings(text), ['canon.misspelled-name Rukai→Rukia']);
});
