/**
 * Dash dialogue (`es`, `ru`) and French guillemets: each wrong line, what is flagged, the fix; right lines
 * never flagged. The convention is passed explicitly (the parser's detection decides it in the product).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixedAll, lintsOf, quickFixed } from './helpers';
import type { DialogueConvention } from '../../src/core/lint/convention';

const wrong: [convention: DialogueConvention, text: string, codes: string[], fixed: string][] = [
  ['es', '-Hola.', ['dialogue.dash'], '—Hola.'],
  ['es', '–¿Vienes?', ['dialogue.dash'], '—¿Vienes?'],
  ['es', '--Ya voy.', ['dialogue.dash'], '—Ya voy.'],
  ['es', '—Espera. —dijo Marta.', ['dialogue.incise-punctuation'], '—Espera —dijo Marta.'],
  ['es', '—Sí. —dijo Marta.', ['dialogue.incise-punctuation'], '—Sí —dijo Marta.'],
  ['es', '—Tengo prisa, —respondió Marta— pero no tanta.', ['dialogue.incise-punctuation'], '—Tengo prisa —respondió Marta—, pero no tanta.'],
  ['es', '—Hola —Dijo ella.', ['dialogue.incise-case'], '—Hola —dijo ella.'],
  ['es', '—¿Vienes? —Preguntó Ana.', ['dialogue.incise-case'], '—¿Vienes? —preguntó Ana.'],
  ['es', '—Bien -dijo él- y tú.', ['dialogue.dash', 'dialogue.dash'], '—Bien —dijo él— y tú.'],
  // Overlapping fixes: the comma moved across an incise whose dashes and verb are fixed too, in one run.
  ['es', '—Tengo prisa, -respondió Marta- pero no tanta.', ['dialogue.incise-punctuation', 'dialogue.dash', 'dialogue.dash'], '—Tengo prisa —respondió Marta—, pero no tanta.'],
  ['es', '-Tengo prisa, -Respondió Marta- pero no tanta.', ['dialogue.dash', 'dialogue.incise-punctuation', 'dialogue.dash', 'dialogue.incise-case', 'dialogue.dash'], '—Tengo prisa —respondió Marta—, pero no tanta.'],
  ['es', '—Espera. -Dijo Marta.', ['dialogue.incise-punctuation', 'dialogue.dash', 'dialogue.incise-case'], '—Espera —dijo Marta.'],
  ['es', '—Ya voy, —Dijo— espera.', ['dialogue.incise-punctuation', 'dialogue.incise-case'], '—Ya voy —dijo—, espera.'],
  ['ru', '- Привет.', ['dialogue.dash'], '— Привет.'],
  ['ru', '- Привет. - Сказал он.', ['dialogue.dash', 'dialogue.incise-punctuation', 'dialogue.dash', 'dialogue.incise-case'], '— Привет, — сказал он.'],
  ['ru', '— Привет. — сказал он.', ['dialogue.incise-punctuation'], '— Привет, — сказал он.'],
  ['ru', '— Привет, — Сказал он.', ['dialogue.incise-case'], '— Привет, — сказал он.'],
  ['fr', '«Bonjour», dit-il.', ['dialogue.guillemet-spacing', 'dialogue.guillemet-spacing'], '«\u00a0Bonjour\u00a0», dit-il.'],
  ['fr', '« Bonjour», dit-il.', ['dialogue.guillemet-spacing'], '« Bonjour\u00a0», dit-il.'],
];

for (const [convention, text, codes, fixed] of wrong) {
  test(`${convention}: ${text}`, () => {
    assert.deepEqual(lintsOf(text, convention).map((l) => l.code), codes);
    assert.equal(fixedAll(text, convention), fixed, 'one run of Fix all');
    assert.deepEqual(lintsOf(fixed, convention), [], 'the fixed line is clean');
    if (codes.length === 1) assert.equal(quickFixed(text, convention), fixed);
  });
}

const right: [convention: DialogueConvention, text: string][] = [
  ['es', '—Hola —dijo ella—. ¿Vienes?'],
  ['es', '—Ya voy —dijo—, espera un poco.'],
  ['es', '—¿Vienes? —preguntó.'],
  ['es', '—Tengo prisa —respondió Marta—. Adiós.'],
  ['es', 'Era un día bien-intencionado, sin más.'],
  ['es', '—No sé... —murmuró.'],
  ['es', '—Son las tres p. m. —dijo Ana—. Llegamos tarde.'],
  ['es', '—Vino la Sra. —dijo Ana—, ¿la viste?'],
  ['es', '—Compré manzanas, peras, etc. —dijo.'],
  ['es', '—En EE. UU. —dijo— no es así.'],
  ['es', '—Sí, sí, claro —respondió Ana—, ya lo sé.'],
  ['es', '—Ya voy. —Y se fue.'],
  ['ru', '— Встретимся в 5 ч. — сказал он.'],
  ['ru', '— Т. е. ты не знал? — спросил он.'],
  ['ru', '— Я не знаю, — сказал он, — и знать не хочу.'],
  ['fr', 'Il lisait « Le Monde » chaque matin.'],
  ['fr', '» Et puis il est parti.'],
  ['fr', '« Il m’a dit “non” », soupira-t-elle.'],
  ['es', 'La casa estaba vacía. Nadie respondió.'],
  ['ru', '— Привет, — сказал он. — Как дела?'],
  ['ru', '– Привет, – сказал он.'],
  ['ru', 'Он вошёл в комнату.'],
  ['fr', '« Bonjour », dit-il.'],
  ['fr', '«\u00a0Bonjour\u00a0», dit-il.'],
  ['fr', '«\u202fBonjour\u202f», dit-il.'],
  ['fr', '— Tu viens ? demanda-t-elle.'],
];

for (const [convention, text] of right) {
  test(`${convention} right: ${text}`, () => assert.deepEqual(flagged(text, convention), []));
}

test('the dash and guillemet rules do not run in English', () => {
  for (const text of ['-Hola.', '«Bonjour», dit-il.', '- Привет.']) assert.deepEqual(lintsOf(text, 'en-US'), [], text);
});

test('a dialogue dash at the start of a line inside a paragraph (single line breaks)', () => {
  const text = '—Hola.\n-¿Qué tal? -preguntó ella.';
  assert.equal(fixedAll(text, 'es'), '—Hola.\n—¿Qué tal? —preguntó ella.');
});
