/**
 * OpenFic: one open fic's model, lints, diagnostics, counts and tokens always answer for the document's
 * current text, whatever the order they are asked in and whatever version numbers the client sends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FicDocument } from '../../src/lsp/documents';
import { OpenFic } from '../../src/lsp/openFic';
import { toDiagnostic } from '../../src/lsp/convert';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { getWordTotals } from '../../src/core/count/wordCounts';
import { getSemanticTokens } from '../../src/core/features/semanticTokens';
import { findCanonNameBounds } from '../../src/core/features/canonNames';
import { envOf } from '../canon/helpers';
import { smallFic } from '../robustness/fuzz';

const env = envOf('Rukia\nRenji = Abarai Renji\nIchigo\nHōgyoku\n');

/** What a fresh parse and check of `text` says: the reference every answer is compared with. */
function reference(text: string) {
  const model = parse(text);
  const doc = TextDocument.create('file:///ref.fic', 'fic', 0, text);
  const lints = getLints(model, env);
  return {
    lints,
    diagnostics: lints.map((l) => toDiagnostic(doc, l)),
    totals: getWordTotals(model, [{ start: 0, end: Math.min(40, text.length) }], env.target),
    tokens: getSemanticTokens(model, { names: findCanonNameBounds(model, env.canon) }),
  };
}

const pieces = ['Rukai', ' Renjii', 'x', ' ', '\n', '\n\n', '"', '"Wait,', 'Chapter 2\n\n', '* * *\n', 'A/N: thanks\n\n', '(A/N: hi)', 'Ichgo'];

const editArb = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 6 }),
  insert: fc.constantFrom('', ...pieces),
  /** Which parts are asked for after the edit (bit per part), so that parts fall behind and catch up. */
  ask: fc.nat({ max: 31 }),
  /** The version the client sends: usually the next one, sometimes the same or an older number. */
  version: fc.constantFrom('next', 'next', 'next', 'same', 'back'),
});

test('after random edits, asked in any order, every answer equals a fresh analysis of the current text', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), (seed, batches) => {
      let text = smallFic(seed);
      const doc = new FicDocument('file:///a.fic', 'fic', 1, text);
      const fic = new OpenFic(doc, () => env);
      let version = 1;
      for (const batch of batches) {
        const last = batch[batch.length - 1]!;
        version = last.version === 'next' ? version + 1 : last.version === 'same' ? version : Math.max(0, version - 1);
        for (const e of batch) {
          // Offsets as positions can express them (never between a CR and its LF).
          const start = doc.offsetAt(doc.positionAt(e.at % (text.length + 1)));
          const end = doc.offsetAt(doc.positionAt(Math.min(text.length, start + e.del)));
          doc.update([{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.insert }], version);
          text = text.slice(0, start) + e.insert + text.slice(end);
        }
        const ask = last.ask;
        const ref = reference(text);
        if (ask & 1) assert.deepStrictEqual(fic.lints(), ref.lints);
        if (ask & 2) assert.deepStrictEqual(fic.diagnostics().items, ref.diagnostics);
        if (ask & 4) assert.deepStrictEqual(fic.counts([{ start: 0, end: Math.min(40, text.length) }]), ref.totals);
        if (ask & 8) assert.deepStrictEqual(Array.from(fic.semanticTokens().data), ref.tokens);
        if (ask & 16) assert.equal(fic.model().text, text);
      }
      const ref = reference(text);
      assert.deepStrictEqual(fic.lints(), ref.lints);
      assert.deepStrictEqual(fic.diagnostics().items, ref.diagnostics);
      assert.deepStrictEqual(Array.from(fic.semanticTokens().data), ref.tokens);
    }),
    { numRuns: 120 },
  );
});

test('a change that keeps the version number (or goes back to an analysed one) is analysed, not answered from the old model', () => {
  const doc = new FicDocument('file:///v.fic', 'fic', 3, 'Rukia ran.\n\nThe rain fell.\n');
  const fic = new OpenFic(doc, () => env);
  assert.deepStrictEqual(fic.lints(), []);
  const before = fic.model();
  // The same version 3 again, now with a misspelled name.
  doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, text: 'Rukai' }], 3);
  assert.notEqual(fic.model(), before);
  assert.deepStrictEqual(fic.lints().map((l) => l.code), ['canon.misspelled-name']);
  assert.equal(fic.diagnostics().items.length, 1);
  // Version 2 (back below the analysed one): the name fixed again.
  doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, text: 'Rukia' }], 2);
  assert.deepStrictEqual(fic.lints(), []);
  assert.deepStrictEqual(fic.diagnostics().items, []);
  assert.equal(fic.diagnostics().version, 2);
  assert.equal(fic.counts().total, 5);
});

test('one model per revision; the diagnostics result id moves only when the list does; dispose lets go', () => {
  const doc = new FicDocument('file:///m.fic', 'fic', 1, 'Rukai ran.\n\nThe rain fell.\n');
  const fic = new OpenFic(doc, () => env);
  const model = fic.model();
  assert.equal(fic.model(), model, 'asked twice, analysed once');
  const first = fic.diagnostics();
  doc.update([{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, text: 'x' }], 2);
  const second = fic.diagnostics();
  assert.notEqual(fic.model(), model);
  assert.equal(second.resultId, first.resultId, 'a letter on another line moves no diagnostic');
  assert.equal(second.items[0], first.items[0], 'the same diagnostic object');
  doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Oh, ' }], 3);
  assert.notEqual(fic.diagnostics().resultId, first.resultId);
  fic.dispose();
  assert.throws(() => fic.model(), /closed/);
});
