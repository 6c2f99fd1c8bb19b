/**
 * Which fics are spell-checked in English when the header names no language: the text decides
 * (`core/spelling/textLanguage.ts`). Paragraphs of my own in each language, real parser, real check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { readsAsEnglish } from '../../src/core/spelling/textLanguage';
import { spellingLanguageOf, type SpellingSettings } from '../../src/core/spelling/language';
import { canonOf } from '../canon/helpers';

const on: SpellingSettings = { enabled: true, language: 'en-GB' };

const english = `The rain had not stopped for three days. She stood at the window with her tea going cold and watched the street fill with water, and she thought about what he had said before he left.
"You could come with me," he had told her. "There's nothing keeping you here, not really."
But there was. There was the shop, and her mother, and the cat that was not even hers. There was the way the light came through the kitchen in the mornings. She did not know how to explain that to him, so she had said nothing at all, and he had taken that as an answer.
Now the flat was quiet. The clock in the hall ticked on and on, and the rain kept falling.`;

const texts: [language: string, text: string, expected: boolean][] = [
  ['English (American quotes)', english, true],
  ['English (British quotes)', english.replace(/"/g, "'"), true],
  ['English, a short first draft', 'She opened the door and screamed.', true],
  ['English, header and all', `Title: Rain\nRating: General Audiences\n\n${english}`, true],
  ['French', `Il pleuvait depuis trois jours. Elle restait à la fenêtre, son thé refroidissait, et elle regardait la rue se remplir d'eau en repensant à ce qu'il avait dit avant de partir.\n« Tu pourrais venir avec moi, avait-il dit. Rien ne te retient ici, pas vraiment. »\nMais si. Il y avait la boutique, sa mère, et le chat qui n'était même pas à elle. Il y avait la lumière dans la cuisine le matin. Elle ne savait pas comment le lui expliquer, alors elle n'avait rien dit du tout.`, false],
  ['German with straight quotes', `Es regnete seit drei Tagen. Sie stand am Fenster, ihr Tee wurde kalt, und sie sah zu, wie sich die Straße mit Wasser füllte. Sie dachte daran, was er gesagt hatte, bevor er gegangen war.\n"Du könntest mitkommen", hatte er gesagt. "Nichts hält dich hier, nicht wirklich."\nAber es gab etwas. Es gab den Laden und ihre Mutter und die Katze, die nicht einmal ihr gehörte. Sie wusste nicht, wie sie ihm das erklären sollte, also hatte sie gar nichts gesagt.`, false],
  ['Spanish with dashes', `Llovía desde hacía tres días. Ella estaba junto a la ventana, con el té enfriándose, mirando cómo la calle se llenaba de agua y pensando en lo que él había dicho antes de irse.\n—Podrías venir conmigo —le había dicho—. No hay nada que te retenga aquí, en realidad.\nPero sí lo había. Estaba la tienda, y su madre, y el gato que ni siquiera era suyo. No sabía cómo explicárselo, así que no había dicho nada.`, false],
  ['Italian with straight quotes', `Pioveva da tre giorni. Lei era alla finestra con il tè che si raffreddava e guardava la strada riempirsi d'acqua, pensando a quello che lui aveva detto prima di partire.\n"Potresti venire con me," le aveva detto. "Non c'è niente che ti trattiene qui, non davvero."\nMa c'era. C'era il negozio, e sua madre, e il gatto che non era nemmeno suo. Non sapeva come spiegarglielo, così non aveva detto niente.`, false],
  ['Portuguese', `Chovia havia três dias. Ela estava na janela com o chá esfriando, olhando a rua se encher de água e pensando no que ele tinha dito antes de ir embora.\n"Você podia vir comigo", ele tinha dito. "Não há nada que te prenda aqui, não de verdade."\nMas havia. Havia a loja, e a mãe dela, e o gato que nem era dela. Ela não sabia como explicar isso a ele, então não disse nada.`, false],
  ['Russian', `Дождь не прекращался уже три дня. Она стояла у окна, чай остывал, и смотрела, как улица наполняется водой.\n— Ты могла бы поехать со мной, — сказал он тогда. — Тебя здесь ничего не держит.\nНо держало. Был магазин, и мама, и кот, который даже не был её.`, false],
  ['French, a short first draft', '« Tu viens ? » demanda-t-elle.', false],
  ['Italian, a short scene with guillemets and quotes', 'Pioveva da tre giorni.\n«Potresti venire con me» le aveva detto. «Non c\'è niente che ti trattiene qui.»\n"Perché?" chiese lei. "Perché sì" rispose lui.', false],
  ['English, two short lines', '"Run!" Harry shouted. Ron ran after him, wand out, into the dark.', true],
  ['Japanese', '雨は三日間降り続いていた。「一緒に来ないか」と彼は言った。彼女は何も答えなかった。', false],
];

for (const [language, text, expected] of texts) {
  test(`reads as English: ${language} → ${expected}`, () => {
    const model = parse(text);
    assert.equal(readsAsEnglish(model), expected);
    assert.equal(spellingLanguageOf(model, on), expected ? 'en-GB' : undefined);
  });
}

test('a fic in another language gets no English spelling warnings', () => {
  for (const [, text, expected] of texts) {
    if (expected) continue;
    const lints = getLints(parse(text), { canon: canonOf(''), spelling: on }).filter((l) => l.code === 'spelling.unknown-word');
    assert.deepEqual(lints, []);
  }
});

test("the header's Language: wins over the text", () => {
  const french = texts.find(([l]) => l === 'French')![1];
  assert.equal(spellingLanguageOf(parse(`Title: T\nLanguage: English\n\n${french}`), on), 'en-GB');
  assert.equal(spellingLanguageOf(parse(`Title: T\nLanguage: Français\n\n${english}`), on), undefined);
});

test('typos in an English fic are still caught', () => {
  const lints = getLints(parse(english.replace('thought', 'thougth')), { canon: canonOf(''), spelling: on }).filter((l) => l.code === 'spelling.unknown-word');
  assert.equal(lints.length, 1);
});

test("a fic in another language: its lowercase words are no slips of canon names; a capitalised one still is", () => {
  const french = `${texts.find(([l]) => l === 'French')![1]}\nMon ami Hermoine regardait mon frère et Ron.`;
  const canon = canonOf('Ron Weasley\nHermione Granger\nmod\n');
  const found = getLints(parse(french), { canon, spelling: on }).map((l) => `${french.slice(l.start, l.end)} ${l.code}`);
  assert.deepEqual(found, ['Hermoine canon.misspelled-name']);
  // The same words in an English fic are judged as ever.
  const englishToo = `${english}\nHe saw ron and Hermoine.`;
  const inEnglish = getLints(parse(englishToo), { canon, spelling: on }).map((l) => englishToo.slice(l.start, l.end));
  assert.ok(inEnglish.includes('Hermoine') && inEnglish.includes('ron'), inEnglish.join());
});
