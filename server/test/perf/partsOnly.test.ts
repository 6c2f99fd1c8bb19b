/**
 * Every feature the server answers from a model reads its text through `model.source`, a part at a time,
 * and answers exactly as it does from the whole string: the model's `text` throws here, and the fic is
 * long enough (several `PART`s, CR LF line breaks too) for reads to cross the part boundaries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { findCanonNameSpans } from '../../src/core/features/canonNames';
import { getSemanticTokens } from '../../src/core/features/semanticTokens';
import { getCanonHover } from '../../src/core/features/canonHover';
import { getCanonCompletions } from '../../src/core/features/canonCompletion';
import { getDocumentSymbols } from '../../src/core/features/documentSymbols';
import { getFoldingRanges } from '../../src/core/features/foldingRanges';
import { getWordCounts } from '../../src/core/count/wordCounts';
import { PART } from '../../src/core/source';
import { generateCorpus } from '../../bench/corpus';
import { canonOf } from '../canon/helpers';
import { partsOnlyModel } from '../partsOnly';

const corpus = generateCorpus({ words: 40_000, seed: 11, canonSize: 120, misspellRate: 0.05, isEnglish: () => false });
const canon = canonOf(corpus.canon.text);

for (const [name, text] of [
  ['LF', corpus.text],
  ['CR LF', corpus.text.replace(/\n/g, '\r\n')],
] as const) {
  test(`${name}: lints, names, tokens, hover, completion, outline, folds and counts read parts only`, () => {
    assert.ok(text.length > 3 * PART, 'the fic spans several parts');
    const whole = parse(text);
    const parts = partsOnlyModel(whole);
    const env = { canon, target: 100_000 };
    assert.deepStrictEqual(getLints(parts, env), getLints(whole, env));
    assert.deepStrictEqual(findCanonNameSpans(parts, canon), findCanonNameSpans(whole, canon));
    const names = findCanonNameSpans(whole, canon);
    assert.ok(names.length > 100);
    assert.deepStrictEqual(getSemanticTokens(parts, { names }), getSemanticTokens(whole, { names }));
    assert.deepStrictEqual(getDocumentSymbols(parts), getDocumentSymbols(whole));
    assert.deepStrictEqual(getFoldingRanges(parts), getFoldingRanges(whole));
    assert.deepStrictEqual(getWordCounts(parts, [{ start: 10, end: 5000 }], 9000), getWordCounts(whole, [{ start: 10, end: 5000 }], 9000));
    // Hover and completion on names, inside and at the end of words, and between paragraphs.
    let hovers = 0;
    for (let k = 0; k < names.length; k += 7) {
      const n = names[k]!;
      for (const offset of [n.start, n.start + 2, n.end, n.end + 1]) {
        const h = getCanonHover(parts, offset, canon);
        assert.deepStrictEqual(h, getCanonHover(whole, offset, canon));
        if (h) hovers++;
        assert.deepStrictEqual(getCanonCompletions(parts, offset, canon), getCanonCompletions(whole, offset, canon));
      }
    }
    assert.ok(hovers > 50, `${hovers} hovers`);
    assert.equal(parts.source.wholeReads, 0);
  });
}
