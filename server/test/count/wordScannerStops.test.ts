/**
 * The word scan with a stop handler (the parser's one pass over a prose paragraph): the words it pushes and
 * the stops it reports where the units need a look around: HTML tags (stops inside a tag are reported, a
 * `<` that opens none is a separator), runs of hyphens (with `dashes`, a run reports its first hyphen
 * only), surrogate pairs, CJK, format characters and units met for the first time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanWords, SpanBuffer } from '../../src/core/count/wordScanner';

// [text, dashes, words, stop offsets]
const cases: [string, boolean, string[], number[]][] = [
  ["He said \"<i>hi</i>\" and left.",false,["He","said","hi","and","left"],[8,18]],
  ["a<span title=\"x\">b</span> \"c\"",false,["a","b","c"],[13,15,26,28]],
  ["x < y \"z\" <b",false,["x","y","z","b"],[6,8]],
  ["<p \"open no close \"here",false,["p","open","no","close","here"],[3,18]],
  ["one-shot -- \"two---three\" -x",false,["one-shot","two","three","x"],[12,24]],
  ["one-shot -- \"two---three\" -x",true,["one-shot","two","three","x"],[3,9,12,16,24,26]],
  ["well—known “東京” 😀 ‘tis’ 𝒜b x\ud800y",true,["well","known","東","京","tis","𝒜b","x","y"],[4,11,14,19,23]],
  ["«Oui» — dit-il. „Ja“ 「はい」",true,["Oui","dit-il","Ja","は","い"],[0,4,6,11,16,19,21,24]],
  ["soft­hyphen zero​width ∑ café",false,["soft­hyphen","zero​width","café"],[]],
];

test('scanWords with onStop: words and stops around tags, hyphen runs, pairs and CJK', () => {
  for (const [text, dashes, words, stops] of cases) {
    const out = new SpanBuffer(4); // small, so the scan grows the buffer on the way
    const got: number[] = [];
    scanWords(text, 0, text.length, out, (at) => got.push(at), dashes);
    const spans = out.toArray();
    const gotWords: string[] = [];
    for (let i = 0; i < spans.length; i += 2) gotWords.push(text.slice(spans[i], spans[i + 1]));
    assert.deepEqual(gotWords, words, JSON.stringify(text));
    assert.deepEqual(got, stops, JSON.stringify(text));
  }
});
