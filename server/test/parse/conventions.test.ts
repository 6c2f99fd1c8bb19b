/** Dialogue conventions as tables of text: speech, nesting, multi-paragraph speech, incises, thoughts, emphasis, apostrophes, headers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DialogueStyle, FicModel, QuoteKind } from '../../src/core/model';
import { parse } from '../../src/core/parse/parse';
import { reparse } from '../../src/core/parse/incremental';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { assertWellFormed } from './helpers';
import { getDocumentSymbols } from '../../src/core/features/documentSymbols';
import { collectSemanticSpans, semanticTokenTypes } from '../../src/core/features/semanticTokens';

function spans(text: string, model: FicModel, kind: QuoteKind): string[] {
  return model.quotes.filter((q) => q.kind === kind).map((q) => text.slice(q.start, q.end));
}

interface Case {
  style: DialogueStyle;
  name: string;
  text: string;
  dialogue?: string[];
  thought?: string[];
  emphasis?: string[];
  unclosed?: number;
}

const cases: Case[] = [
  // en-GB: single quotes are speech; the apostrophe problem
  { style: 'en-GB', name: 'speech with a possessive plural inside', text: `'Where's the Potters' house?' he asked.`, dialogue: [`'Where's the Potters' house?'`], thought: [] },
  { style: 'en-GB', name: 'elision opening a speech', text: `'Cause I said so,' she said.`, dialogue: [`'Cause I said so,'`] },
  { style: 'en-GB', name: 'elisions and rock n roll in narration', text: `Back in the '90s he loved rock 'n' roll and 'em all.`, dialogue: [], unclosed: 0 },
  { style: 'en-GB', name: 'speech closing with s apostrophe', text: `'I've had enough of you Weasleys' he said. 'Go.'`, dialogue: [`'I've had enough of you Weasleys'`, `'Go.'`] },
  { style: 'en-GB', name: 'speech that ends on a possessive plural', text: `He pointed. 'That's the Potters'`, dialogue: [`'That's the Potters'`] },
  { style: 'en-GB', name: 'nested double quotes stay speech', text: `'He said "never" to me,' she said.`, dialogue: [`'He said "never" to me,'`] },
  { style: 'en-GB', name: 'curly singles', text: '‘You’re late,’ Luna said.', dialogue: ['‘You’re late,’'] },
  { style: 'en-GB', name: 'thoughts are italics', text: `*Perfect,* Ron thought. 'Hi,' he said.`, thought: ['*Perfect,*'], dialogue: [`'Hi,'`] },
  { style: 'en-GB', name: 'an apostrophe word after a word is not speech', text: `He went to 'is mum's.`, dialogue: [], unclosed: 0 },
  { style: 'en-GB', name: 'a scare quote after a word is emphasis, not speech', text: `He was the so-called 'hero' of the day.`, dialogue: [], emphasis: [`'hero'`] },
  { style: 'en-GB', name: 'a quote after a speech verb is speech', text: `He said 'no' and left. 'Fine,' she said.`, dialogue: [`'no'`, `'Fine,'`] },
  { style: 'en-GB', name: 'a quote after a word with its own punctuation is speech', text: `Then Harry 'Stop!' and nothing more.`, dialogue: [`'Stop!'`] },
  { style: 'en-GB', name: 'a quoted title after a word is emphasis', text: `She'd read 'Pride and Prejudice' twice.`, dialogue: [], emphasis: [`'Pride and Prejudice'`] },
  { style: 'en-GB', name: 'speech split by its tag, a possessive plural in the second part', text: `'Harry,' said Hermione, 'the Dursleys' car is outside.'`, dialogue: [`'Harry,'`, `'the Dursleys' car is outside.'`] },
  { style: 'en-GB', name: 'an unclosed speech at paragraph start is reported', text: `'Wait for me, he said.`, unclosed: 1 },
  // en-US stays as it was
  { style: 'en-US', name: 'single quotes are thoughts', text: `'I won't go,' he thought. "Go!" she said.`, thought: [`'I won't go,'`], dialogue: ['"Go!"'] },
  { style: 'en-US', name: 'a scare-quoted word is emphasis, not a thought', text: `The so-called 'hero' was late.`, thought: [], emphasis: [`'hero'`] },
  // fr
  { style: 'fr', name: 'guillemets with no-break spaces', text: '« Bonjour », dit-il. « Tu viens ? »', dialogue: ['« Bonjour »', '« Tu viens ? »'] },
  { style: 'fr', name: 'a dash line is speech', text: '— Oui. Enfin, peut-être.', dialogue: ['— Oui. Enfin, peut-être.'], unclosed: 0 },
  { style: 'fr', name: 'an incise with an inverted pronoun is narration', text: '— Oui, répondit-elle.', dialogue: ['— Oui,'], unclosed: 0 },
  { style: 'fr', name: 'an incise with a name, and the speech goes on', text: '— Le tram est en retard, répondit Kaito. Il neige.', dialogue: ['— Le tram est en retard,', 'Il neige.'] },
  { style: 'fr', name: 'an incise inside guillemets', text: '« Bonjour, dit-il, comment vas-tu ? »', dialogue: ['« Bonjour,', 'comment vas-tu ? »'] },
  { style: 'fr', name: 'a question with an inverted pronoun is speech', text: '— Où vas-tu ? Que veut-il ?', dialogue: ['— Où vas-tu ? Que veut-il ?'] },
  { style: 'fr', name: 'nested “ ” inside guillemets', text: '« Il a dit “non” hier », dit-elle.', dialogue: ['« Il a dit “non” hier »'] },
  { style: 'fr', name: 'the speech goes on after dit-il', text: '— Viens, dit-il, vite.', dialogue: ['— Viens,', 'vite.'] },
  // de
  { style: 'de', name: 'low-high quotes', text: '„Morgen“, sagte er.', dialogue: ['„Morgen“'] },
  { style: 'de', name: 'chevrons pointing in', text: '»Wirklich?«, fragte sie.', dialogue: ['»Wirklich?«'] },
  { style: 'de', name: 'Swiss guillemets', text: '«Grüezi», sagte sie.', dialogue: ['«Grüezi»'] },
  { style: 'de', name: 'nested low singles', text: '„Er sagte ‚nein‘ zu mir“, sagte sie.', dialogue: ['„Er sagte ‚nein‘ zu mir“'] },
  { style: 'de', name: 'a low-single thought', text: '‚Verdammt‘, dachte er.', thought: ['‚Verdammt‘'] },
  // es / ru: dashes and incises
  { style: 'es', name: 'incise with a closing dash', text: '—Hola —dijo ella—. ¿Vienes?', dialogue: ['—Hola', '¿Vienes?'] },
  { style: 'es', name: 'incise to the end of the paragraph', text: '—No —respondió él, y se fue.', dialogue: ['—No'] },
  { style: 'es', name: 'speech resumed after a dash and a colon', text: '—Espera —dijo Ana, tras una pausa—: No, nada.', dialogue: ['—Espera', 'No, nada.'] },
  { style: 'es', name: 'a hyphen used as the dash', text: '-Vamos -dijo Kaito.', dialogue: ['-Vamos'] },
  { style: 'es', name: 'a double hyphen as the dash', text: '--Vamos --dijo Kaito.', dialogue: ['--Vamos'] },
  { style: 'es', name: 'narration with a dash is not speech', text: 'La casa —vieja y gris— esperaba.', dialogue: [] },
  { style: 'ru', name: 'spaced incise and resumed speech', text: '— Привет, — сказал он. — Как дела?', dialogue: ['— Привет,', '— Как дела?'] },
  { style: 'ru', name: 'a dash between words of a speech stays speech', text: '— Писали, не писали — не знаю, — сказал он.', dialogue: ['— Писали, не писали — не знаю,'] },
  { style: 'ru', name: 'guillemets then a dash incise', text: '«Переночуете у меня», — сказал он.', dialogue: ['«Переночуете у меня»'] },
  // ja / zh
  { style: 'ja', name: 'corner brackets, white corners nested', text: '「『待て』と言ったのに」と彼は言った。', dialogue: ['「『待て』と言ったのに」'] },
  { style: 'ja', name: 'white corner brackets alone', text: '『また来年も』と書いてあった。', dialogue: ['『また来年も』'] },
  { style: 'zh', name: 'curly quotes and corners', text: '他说：“你好。”「走吧」', dialogue: ['“你好。”', '「走吧」'] },
  // Italics: emphasis or thought, in any convention
  { style: 'en-US', name: 'a lone italic word is emphasis', text: 'It was a _bizarre_ idea.', emphasis: ['_bizarre_'], thought: [] },
  { style: 'en-US', name: 'a ship name is emphasis', text: 'The *Erebus* sailed north.', emphasis: ['*Erebus*'], thought: [] },
  { style: 'en-US', name: 'a book title is emphasis', text: 'She read *The Lord of the Rings* twice.', emphasis: ['*The Lord of the Rings*'], thought: [] },
  { style: 'en-US', name: 'a thought tag after one word keeps a thought', text: '*Perfect* Ron thought.', thought: ['*Perfect*'], emphasis: [] },
  { style: 'en-US', name: 'told herself', text: '*Breathe,* she told herself.', thought: ['*Breathe,*'] },
  { style: 'en-US', name: 'a clause with its own punctuation', text: 'He stopped. *Not again.* He ran.', thought: ['*Not again.*'] },
  { style: 'en-US', name: 'a whole italic sentence', text: '*He is never coming back*', thought: ['*He is never coming back*'] },
  { style: 'en-US', name: 'a long lowercase phrase inside a sentence', text: 'He knew *this was going very badly* and left.', thought: ['*this was going very badly*'] },
  { style: 'en-GB', name: 'emphasis inside speech stays speech', text: `'It's a *marketing* word,' she said.`, dialogue: [`'It's a *marketing* word,'`], emphasis: [] },
];

for (const c of cases) {
  test(`conventions ${c.style}: ${c.name}`, () => {
    const model = parse(c.text, { dialogueStyle: c.style });
    assertWellFormed(model);
    assert.equal(model.dialogue.style, c.style);
    if (c.dialogue) assert.deepEqual(spans(c.text, model, 'dialogue'), c.dialogue, 'dialogue');
    if (c.thought) assert.deepEqual(spans(c.text, model, 'thought'), c.thought, 'thought');
    if (c.emphasis) assert.deepEqual(spans(c.text, model, 'emphasis'), c.emphasis, 'emphasis');
    if (c.unclosed !== undefined) assert.equal(model.unclosed.length, c.unclosed, 'unclosed');
  });
}

/** Speech over several paragraphs, in every convention: linked, nothing unclosed. */
const multi: [DialogueStyle, string, number][] = [
  ['en-US', '"It started long ago.\n\n"Then it got worse," he said.', 2],
  ['en-GB', `'It started long ago.\n\n'Then it got worse,' he said.`, 2],
  ['en-GB', `'It started,' Luna said, 'with a letter.\n\n'I wrote back.'`, 3],
  ['fr', '« C’est long.\n\n» Et puis voilà », dit-il.', 2],
  ['fr', '« Bonjour, dit-il.\n\n— Salut, répondit-elle. »', 2],
  ['de', '„Es begann vor langer Zeit.\n\n„Dann wurde es schlimmer“, sagte er.', 2],
  ['de', '»Es begann.\n\n»Dann nicht mehr«, sagte er.', 2],
  ['ja', '「昔のことだ。\n\n「それから」と彼は言った。', 2],
  ['ru', '«Долго рассказывать.\n\n«А потом всё кончилось», — сказал он.', 2],
];

for (const [style, text, n] of multi) {
  test(`conventions ${style}: a speech over several paragraphs (${JSON.stringify(text.slice(0, 12))}…)`, () => {
    const model = parse(text, { dialogueStyle: style });
    const d = model.quotes.filter((q) => q.kind === 'dialogue');
    assert.equal(d.length, n);
    assert.equal(model.unclosed.length, 0);
    assert.ok(d.at(-1)!.continues && d.at(-2)!.continued, 'the last two segments are linked');
    assert.ok(d.at(-1)!.closed);
  });
}

/** The convention, decided from the header, the setting or the text. */
const detection: [string, string, DialogueStyle, string][] = [
  ['double quotes', '"Hi," he said.\n\n"Bye," she said.', 'en-US', 'text'],
  ['single quotes', `'Hi,' he said.\n\n'Bye,' she said.\n\n'Why?' he asked.\n\n'Because,' said Ron.`, 'en-GB', 'text'],
  ['an American fic full of quoted thoughts stays American', `"Hi," he said.\n\n'Why me,' he thought.\n\n"Bye," she said.\n\n'Not again,' he thought.`, 'en-US', 'text'],
  ['guillemets', '« Salut », dit-il.\n\n« Bonjour », dit-elle.', 'fr', 'text'],
  ['low quotes', '„Hallo“, sagte er.\n\n„Tschüss“, sagte sie.', 'de', 'text'],
  ['dashes', '—Hola —dijo ella.\n\n—Adiós —dijo él.', 'es', 'text'],
  ['dashes before Cyrillic', '— Привет, — сказал он.\n\n— Пока.', 'ru', 'text'],
  ['corner brackets', '「遅い」と言った。\n\n「ごめん」', 'ja', 'text'],
  ['Language: field', 'Ash\nLanguage: Deutsch\n\n"Hallo," sagte er.', 'de', 'header'],
  ['Language: English leaves US or GB to the text', `Ash\nLanguage: English\n\n'Hi,' he said.\n\n'Bye,' she said.\n\n'Why?' he asked.\n\n'No,' she said.`, 'en-GB', 'header'],
  ['Language: code', 'Ash\nLanguage: ru\n\n— Привет.', 'ru', 'header'],
];

for (const [name, text, style, by] of detection) {
  test(`conventions: detected from ${name}`, () => {
    const model = parse(text);
    assert.equal(model.dialogue.style, style);
    assert.equal(model.dialogue.by, by);
  });
}

test('conventions: the setting wins over the text, the Language: field over the setting', () => {
  assert.equal(parse('"Hi," he said.', { dialogueStyle: 'en-GB' }).dialogue.style, 'en-GB');
  assert.equal(parse('"Hi," he said.', { dialogueStyle: 'en-GB' }).dialogue.by, 'setting');
  assert.equal(parse('Ash\nLanguage: Français\n\n"Hi," he said.', { dialogueStyle: 'en-GB' }).dialogue.style, 'fr');
  assert.equal(parse('"Hi," he said.', { dialogueStyle: 'nonsense' as DialogueStyle }).dialogue.setting, 'auto');
});

test('conventions: a few keystrokes never flip a long fic', () => {
  const paragraph = `'I won't,' he said. "Fine," she said.\n\n`;
  const british = `'No,' he said.\n\n`.repeat(300) + paragraph.repeat(50);
  const model = parse(british);
  assert.equal(model.dialogue.style, 'en-GB');
  let text = british;
  let m = model;
  for (let k = 0; k < 10; k++) {
    const at = text.length - 3;
    text = `${text.slice(0, at)}\n\n"Hi," she said.${text.slice(at)}`;
    m = reparse(m, { start: at, end: at, text: '\n\n"Hi," she said.' }, text);
    assert.equal(m.dialogue.style, 'en-GB');
    assert.deepStrictEqual(m, parse(text));
  }
});

/** Openings that are story, never a header, in every convention. */
const storyOpenings: [string, string][] = [
  ['British speech', `'Where's the Potters' house?' he asked.\n'Two streets down.'\n\nHe went.`],
  ['a British speech then a tags-like line', `'Harry!'\nRon & Hermione looked up.\n\nThey ran.`],
  ['a British speech with no punctuation', `'Come on, Harry'\n\n'Five more minutes'`],
  ['guillemets', `« Bonjour, dit-il.\n\n— Salut.`],
  ['a French dash', `— Tu es en retard\nMireille/Kaito\n\nIl pleuvait.`],
  ['German', `„Morgen“, sagte er\nKaito/Mirei\n\nDer Zug hielt.`],
  ['German chevrons', `»Wirklich«\nFluff\n\nSie lachte.`],
  ['Spanish', `—Hola\nDrabble\n\nLlovía.`],
  ['Russian', `- Привет\nDrabble\n\nШёл снег.`],
  ['Japanese', `「遅い」と言った\nDrabble\n\n雪だった。`],
];

for (const [name, text] of storyOpenings) {
  test(`conventions: no header when the file opens with ${name}`, () => {
    const model = parse(text);
    assert.equal(model.header, undefined);
    assert.equal(model.paragraphs[0]!.kind, 'prose');
  });
}

test('conventions: a quoted title with a tags line is still a header', () => {
  assert.ok(parse(`"Don't Go"\nHarry/Draco, Angst\n\nHe stayed.`).header);
  assert.ok(parse(`«La Nuit»\nFluff\n\nIl dormait.`).header);
});

/** Random edits over the convention fixtures: the reparse still equals a full parse. */
const fixtureDir = path.join(__dirname, 'fixtures');
const conventionTexts = readdirSync(fixtureDir).filter((f) => f.startsWith('convention-') && f.endsWith('.fic')).map((f) => readFileSync(path.join(fixtureDir, f), 'utf8'));
const inserts = ['', 'e', ' ', '\n', '\n\n', '"', "'", '«', '»', '„', '“', '—', '-', '「', '」', '*', '_', 'Language: en\n', '\n\n— Hola', "\n\n'Hi", '\n\n« Oui'];

test('conventions: reparse after random edits equals parse, in every convention', () => {
  fc.assert(
    fc.property(
      fc.nat({ max: conventionTexts.length - 1 }),
      fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), insert: fc.constantFrom(...inserts) }), { minLength: 1, maxLength: 20 }),
      (which, edits) => {
        let text = conventionTexts[which]!;
        let model = parse(text);
        for (const e of edits) {
          const start = e.at % (text.length + 1);
          const end = Math.min(text.length, start + e.del);
          text = text.slice(0, start) + e.insert + text.slice(end);
          model = reparse(model, { start, end, text: e.insert }, text);
          assert.deepStrictEqual(model, parse(text));
        }
      },
    ),
    { numRuns: 150 },
  );
});

test('conventions: scene names drop the quotation marks of the convention, not the apostrophes', () => {
  const text = `'Where's the Potters' house?' he asked.\n\n***\n\n« Bonjour », dit-il.`;
  const gb = getDocumentSymbols(parse(text, { dialogueStyle: 'en-GB' }));
  assert.deepEqual(gb.map((s) => s.name), ["Scene 1 — “Where's the Potters' house? he…”", 'Scene 2 — “Bonjour , dit-il”']);
});

test('conventions: a canon name inside speech of any convention is a character token between dialogue pieces', () => {
  for (const [style, text] of [['fr', '« Viens, Rukia », dit-il.'], ['de', '„Viens, Rukia“, sagte er.'], ['es', '—Viens, Rukia —dijo él.'], ['ja', '「Viens、Rukia」と言った。'], ['en-GB', `'Viens, Rukia,' he said.`]] as const) {
    const model = parse(text, { dialogueStyle: style });
    const at = text.indexOf('Rukia');
    const spans = Array.from(collectSemanticSpans(model, { names: [{ start: at, end: at + 5 }] }));
    const kinds: string[] = [];
    for (let i = 0; i < spans.length; i += 3) kinds.push(`${semanticTokenTypes[spans[i + 2]!]}:${text.slice(spans[i]!, spans[i + 1]!)}`);
    assert.deepEqual(kinds.slice(0, 2), [`dialogue:${text.slice(0, at)}`, 'character:Rukia'], style);
  }
});
