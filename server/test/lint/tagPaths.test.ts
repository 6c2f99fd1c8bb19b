/**
 * The tag rule is read two ways: quote by quote in the document's text (what a fic is checked with by
 * default: English, no craft hint), and paragraph by paragraph (with the other rules, when a craft hint is
 * on). Both give the same dialogue and prose findings, and a speech the quote walk clears
 * (`mayHaveTagFinding`) never has one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { getProseLints } from '../../src/core/features/proseLints';
import { mayHaveTagFinding } from '../../src/core/lint/tagPunctuation';
import { generateCorpus } from '../../bench/corpus';
import type { DialogueConvention } from '../../src/core/lint/convention';

// [text: one speech and what follows, may have a finding, why]
const clearing: [string, boolean, string][] = [
  ['"Hello," he said.', false, 'a comma and a lowercase tag'],
  ['"Hello," Harry said.', false, 'a comma and a name'],
  ['"Hello," He said.', true, 'a comma and a capitalised pronoun'],
  ['"Hello," The man said.', true, 'a comma and a capitalised article'],
  ['"Hello," SAID the man.', true, 'a capitalised speech verb, any case after the first letter'],
  ['"Hello," Harriet said.', false, 'a name that starts like a pronoun'],
  ['"Hello." he said.', true, 'a full stop before a tag'],
  ['"Hello..." he said.', false, 'an ellipsis trails off'],
  ['"Hello" he said.', true, 'no punctuation before the tag'],
  ['"Hello!" he said.', false, 'an exclamation'],
  ['"Where?," he asked.', true, 'a comma after a question mark'],
  ['"Where?", he asked.', true, 'a comma after the quote of a question'],
  ['"Hello", he said.', false, 'a comma after the quote of a plain speech: not this rule'],
  ['"Hello,"\nhe said.', false, 'a line break after the quote'],
  ['"Hello," ', false, 'the paragraph ends after the space'],
  ['"Hi" he said.', true, 'a short speech'],
  ['"" he said.', false, 'too short to be a speech'],
  ['"Ça va" dit-il.', true, 'a letter beyond ASCII before the quote'],
  ['"Oh—" he said.', false, 'an interruption'],
];

for (const [text, expected, why] of clearing) {
  test(`mayHaveTagFinding: ${why}: ${JSON.stringify(text)}`, () => {
    const end = text.indexOf('"', 1) + 1;
    assert.equal(mayHaveTagFinding(text, 0, end, text.length, true), expected);
    assert.equal(mayHaveTagFinding(text, 0, end, text.length, false), false, 'an unclosed speech has no tag');
    // Read in a longer text, it reads nothing past the paragraph's end.
    assert.equal(mayHaveTagFinding(`${text}\n\nHe said.`, 0, end, text.length, true), expected);
  });
}

/** The findings of `text` with the tag rule read quote by quote, and paragraph by paragraph (craft hints set aside). */
function bothWays(text: string, convention: DialogueConvention) {
  const model = parse(text);
  const byQuote = getProseLints(model, { convention, hints: {} });
  const byParagraph = getProseLints(model, { convention, hints: { filterWords: true, saidBookisms: true } }).filter((l) => !l.code.startsWith('craft.'));
  return { byQuote, byParagraph };
}

test('quote by quote equals paragraph by paragraph, on generated fics with planted tag mistakes', () => {
  let flagged = 0;
  for (let seed = 1; seed <= 6; seed++) {
    let n = 0;
    const text = generateCorpus({ words: 8_000, seed, canonSize: 40, isEnglish: () => false })
      .text.replace(/,(["”]) ([a-z]+)/g, (m, q: string, w: string) => (++n % 4 === 0 ? `.${q} ${w}` : n % 4 === 1 ? `,${q} ${w[0]!.toUpperCase()}${w.slice(1)}` : n % 4 === 2 ? `${q} ${w}` : m))
      .replace(/,(["”]) ([A-Z][a-z]+) (said|asked|whispered)/g, (m, q: string, name: string, verb: string) => (++n % 3 === 0 ? `.${q} ${name} ${verb}` : n % 3 === 1 ? `${q} ${name} ${verb}` : m))
      .replace(/\?(["”]) /g, (m, q: string) => (++n % 3 === 0 ? `?,${q} ` : n % 3 === 1 ? `?${q}, ` : m));
    for (const convention of ['en-US', 'en-GB'] as const) {
      const { byQuote, byParagraph } = bothWays(text, convention);
      assert.deepEqual(byQuote, byParagraph, `seed ${seed} ${convention}`);
      flagged += byQuote.filter((l) => l.code === 'dialogue.tag-punctuation').length;
    }
  }
  assert.ok(flagged > 100, `the planted mistakes are found (${flagged})`);
});

test('quote by quote equals paragraph by paragraph, with several speeches in a paragraph and speech across paragraphs', () => {
  const text = [
    'Title: Many\nRating: T',
    '"One," he said. "Two." she said. "Three" he said, "four," He said.',
    '"Fine," Harry said. "Fine." Harry said.',
    '"This speech goes on',
    '"into the next paragraph." he said.',
    "'Single,' he said. 'Quotes.' she said. 'Here' he said.",
    '"Where?", he asked. "Stop!," she said.',
  ].join('\n\n');
  for (const convention of ['en-US', 'en-GB'] as const) {
    const { byQuote, byParagraph } = bothWays(text, convention);
    assert.deepEqual(byQuote, byParagraph, convention);
    assert.ok(byQuote.length >= 6, `${convention}: ${byQuote.length} findings`);
  }
});

test('mayStartTag: every pronoun, article and speech verb passes its table, in any case; most names do not', async () => {
  const { mayStartTag } = await import('../../src/core/lint/tagPunctuation');
  const { determiners, speechVerbs, tagPronouns } = await import('../../src/core/lint/words');
  for (const w of [...tagPronouns, ...determiners, ...speechVerbs]) {
    for (const written of [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]) {
      const text = `"Hi," ${written} x`;
      assert.ok(mayStartTag(text, 6, text.length), written);
      assert.ok(mayHaveTagFinding(text, 0, 5, text.length, true), written);
      assert.ok(mayStartTag(`${written}`, 0, written.length), `${written} at the paragraph's end`);
    }
  }
  const names = ['Harry', 'Lelan', 'Dutain', 'Zufeshir', 'Kaito', 'Mirei', 'Bettina', 'Aldo', 'Rukia', 'Neville'];
  assert.deepEqual(names.filter((n) => mayStartTag(n, 0, n.length)), []);
  assert.equal(mayStartTag('Quill', 0, 5), true, 'a name that begins like quipped is read in full');
  // Cut short by the paragraph's end, `Hex` reads as `He`.
  assert.equal(mayStartTag('"Hi," Hex', 6, 8), true);
  assert.equal(mayStartTag('"Hi," Hex', 6, 9), false);
});

test('the quote walk reads a speech up to the text’s end: it clears no speech that read up to its paragraph’s end would flag', () => {
  // The walk asks `mayHaveTagFinding` of every speech with the text's end as the limit, and looks the
  // paragraph up only for a speech not cleared. That is sound because the parser reads quotes paragraph by
  // paragraph (a quote ends in its paragraph) and a paragraph ends at a line end (no word runs past it).
  const texts = [
    generateCorpus({ words: 6_000, seed: 3, canonSize: 40, isEnglish: () => false }).text,
    '"Hi," He said.   \n\n"Hello," The man said.\t\n"Hey" he said.\r\n\r\n"Fine." Harry said.\r\n"Bye,"',
    '"Hello,"\n\nHe said.\n\n"Hi." \n\nhe said\n\n"Where?," he asked.\n\n"Here" (A/N: a note) he said.\n\n"Stop!",',
    'A/N: "Note," He said.\n\n"Story," He said. "More" he said.\n\n* * *\n\n"After the break." he said',
  ];
  let checked = 0;
  for (const text of texts) {
    const model = parse(text);
    let pi = 0;
    for (const q of model.quotes) {
      while (pi < model.paragraphs.length && model.paragraphs[pi]!.end <= q.start) pi++;
      const p = model.paragraphs[pi];
      if (!p || p.kind !== 'prose' || p.start > q.start || !q.closed) continue;
      assert.ok(q.end <= p.end, `a quote ends in its paragraph: ${JSON.stringify(text.slice(q.start, q.end))}`);
      assert.ok(!/[A-Za-z0-9]/.test(text[p.end] ?? ' '), `a paragraph ends at a line end: ${JSON.stringify(text.slice(p.start, p.end + 1))}`);
      if (mayHaveTagFinding(text, q.start, q.end, p.end, true)) {
        assert.ok(mayHaveTagFinding(text, q.start, q.end, text.length, true), JSON.stringify(text.slice(q.start, p.end)));
        checked++;
      }
    }
  }
  assert.ok(checked > 10, `speeches not cleared: ${checked}`);
});
