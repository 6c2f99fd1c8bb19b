/**
 * Property tests over the whole core: for random text and mutated generated fics, nothing throws, the
 * model keeps its invariants, the counts add up, and every feature runs on the model.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { CanonIndex } from '../../src/core/canon/canonIndex';
import { parseCanonText } from '../../src/core/canon/canonFile';
import { getWordCounts } from '../../src/core/count/wordCounts';
import { getFoldingRanges } from '../../src/core/features/foldingRanges';
import { getDocumentSymbols } from '../../src/core/features/documentSymbols';
import { getSemanticTokens } from '../../src/core/features/semanticTokens';
import { checkModel } from './invariants';
import { ficishText, mutatedFic } from './fuzz';

const canon = CanonIndex.build(parseCanonText('Rukia Kuchiki\nRenji Abarai\nHōgyoku = Hogyoku\nbankai\n', 'test.canon').entries);

/** Runs every core feature on `text` and checks what must hold whatever the text. */
function analyse(text: string): void {
  const model = parse(text);
  checkModel(model, text);
  const counts = getWordCounts(model);
  assert.equal(counts.story + counts.notes + counts.header + counts.headings, counts.total, 'story + notes + header + headings = total');
  // The counts read AO3's reading of the markup when the text may hold some (model.ao3Words), else the plain scan.
  assert.equal(counts.total, (model.ao3Words ?? model.words).length / 2, 'total counts every word');
  for (const lint of getLints(model, { canon })) {
    assert.ok(0 <= lint.start && lint.start <= lint.end && lint.end <= text.length, `lint ${lint.code} inside the text`);
  }
  getFoldingRanges(model);
  getDocumentSymbols(model);
  const tokens = getSemanticTokens(model);
  assert.equal(tokens.length % 5, 0, 'semantic tokens come in fives');
}

test('random fic-ish text: core never throws and the model holds', () => {
  fc.assert(fc.property(ficishText, (text) => analyse(text)), { numRuns: 500 });
});

test('mutated generated fics: core never throws and the model holds', () => {
  fc.assert(fc.property(mutatedFic, (text) => analyse(text)), { numRuns: 300 });
});

test('arbitrary UTF-16 (lone surrogates included): core never throws', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => analyse(text)), { numRuns: 300 });
});
