import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getWordCounts } from '../../src/core/count/wordCounts';
import { countWordsIn, mergeSpans, WordIndex } from '../../src/core/count/wordIndex';
import { countWords } from '../../src/core/count/wordScanner';
import { at, model } from './helpers';
import { ficModel, ficText } from './fixture';

test('story excludes the header, block notes, inline notes and headings; parts add up to the total', () => {
  const c = getWordCounts(ficModel());
  const story =
    countWords("She didn't mind the rain as much as he'd thought.") + // the inline A/N left out
    countWords('xXx') + // AO3 counts a break with letters
    countWords('"We\'re nearly there," Ron said.') +
    countWords('The kettle sang.');
  assert.equal(c.story, story);
  assert.equal(c.header, countWords('The Long Way Round\nHermione/Ron, Drabble\nFandom: Harry Potter\nSummary: A short walk home.'));
  assert.equal(c.notes, countWords('A/N: For the rain prompt. (A/N: she did) A/N: Thanks for reading!'));
  assert.equal(c.headings, countWords('Chapter 1: Rain Chapter 2'));
  assert.equal(c.total, countWords(ficText));
  assert.equal(c.story + c.notes + c.header + c.headings, c.total);
});

test('chapters and scenes: story counts, named by heading and by first words', () => {
  const c = getWordCounts(ficModel());
  assert.deepEqual(
    c.chapters.map((ch) => [ch.name, ch.words, ch.scenes.map((s) => [s.name, s.words])]),
    [
      ['Chapter 1: Rain', 10 + 1 + 5, [['Scene 1 — “She didn\'t mind the rain…”', 10], ['Scene 2 — “We\'re nearly there, Ron said”', 5]]],
      ['Chapter 2', 3, [['Scene 1 — “The kettle sang”', 3]]],
    ],
  );
});

test('selections count every word that starts inside them, in order, reversed ranges too', () => {
  const m = ficModel();
  const rain = at(ficText, 'mind the rain');
  const mid = { start: at(ficText, 'ettle').start, end: at(ficText, 'sang').start + 2 }; // starts inside "kettle"
  const c = getWordCounts(m, [rain, { start: rain.end, end: rain.start }, mid, { start: 5, end: 5 }]);
  assert.deepEqual(c.selections, [3, 3, 1, 0]);
});

test('a headerless, noteless fic: the story is everything', () => {
  const text = 'Rain fell.\n\nShe waited for him — again.\n';
  const c = getWordCounts(model(text, { storyStart: 0, scenes: [{ span: { start: 0, end: text.length }, chapter: 0 } ] }));
  assert.equal(c.story, 7);
  assert.equal(c.total, 7);
  assert.deepEqual([c.notes, c.header, c.headings], [0, 0, 0]);
  assert.equal(c.chapters[0].name, 'Story');
});

test('an empty document counts nothing and names nothing', () => {
  const c = getWordCounts(model(''));
  assert.deepEqual([c.story, c.notes, c.header, c.total, c.chapters.length], [0, 0, 0, 0, 0]);
});

test('range counts over excluded spans match a brute-force count, for every range', () => {
  const m = ficModel();
  const index = new WordIndex(m);
  const excluded = mergeSpans([...m.notes, ...m.headings, m.header!]);
  const brute = (s: number, e: number) => {
    let n = 0;
    for (let k = 0; k < m.words.length; k += 2) {
      const w = m.words[k];
      if (w >= s && w < e && !excluded.some((x) => w >= x.start && w < x.end)) n++;
    }
    return n;
  };
  for (let s = 0; s <= ficText.length; s += 3) {
    for (let e = s; e <= ficText.length; e += 7) {
      assert.equal(index.story(s, e), brute(s, e), `[${s}, ${e})`);
      assert.equal(countWordsIn(m.words, s, e) - index.story(s, e), index.excludedIn(s, e));
    }
  }
});

test('mergeSpans joins overlapping and touching spans and drops empty ones', () => {
  assert.deepEqual(
    mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 2 }, { start: 2, end: 4 }, { start: 8, end: 12 }, { start: 20, end: 20 }]),
    [{ start: 0, end: 4 }, { start: 5, end: 12 }],
  );
});
