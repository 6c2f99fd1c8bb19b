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
import { typingPauseMs } from '../../src/lsp/typedWord';
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

/**
 * The reference diagnostics as a client sees them right after `edit` (the last one made) while the
 * writer types (`typedWord.ts`, restated here from its rules): after a one-character insertion or
 * deletion, lints ending at the cursor when it is at the end of a word, and an unclosed quote on the
 * cursor's line when the cursor ends that line, are held back.
 */
function typedHeld(text: string, ref: ReturnType<typeof reference>, edit: { start: number; removed: number; inserted: string }) {
  const keystroke = (edit.removed === 0 && edit.inserted.length === 1) || (edit.removed === 1 && edit.inserted === '');
  const cursor = edit.start + edit.inserted.length;
  const letter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
  const before = /['’]/.test(text[cursor - 1] ?? '') ? text[cursor - 2] : text[cursor - 1];
  const inWord = letter(before) && !letter(text[cursor]);
  const lineEnd = cursor === text.length || text[cursor] === '\n' || text[cursor] === '\r';
  if (!keystroke) return ref.diagnostics;
  return ref.diagnostics.filter((_, i) => {
    const l = ref.lints[i]!;
    if (l.start >= cursor) return true;
    if (inWord && l.end === cursor) return false;
    return !(l.code === 'dialogue.unclosed-quote' && lineEnd && !/[\r\n]/.test(text.slice(l.start, cursor)));
  });
}

const pieces = ['Ichig', 'Ruki', 'Rukai', ' Renjii', 'x', ' ', '\n', '\n\n', '"', '"Wait,', 'Chapter 2\n\n', '* * *\n', 'A/N: thanks\n\n', '(A/N: hi)', 'Ichgo'];

const editArb = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 6 }),
  insert: fc.constantFrom('', ...pieces),
  /** 0: a keystroke at the end of the next word instead (a letter typed there, or one deleted), as a writer types. */
  key: fc.nat({ max: 3 }),
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
      let lastEdit = { start: 0, removed: 0, inserted: '' };
      for (const batch of batches) {
        const last = batch[batch.length - 1]!;
        version = last.version === 'next' ? version + 1 : last.version === 'same' ? version : Math.max(0, version - 1);
        for (const e of batch) {
          // Offsets as positions can express them (never between a CR and its LF).
          let start = doc.offsetAt(doc.positionAt(e.at % (text.length + 1)));
          let end = doc.offsetAt(doc.positionAt(Math.min(text.length, start + e.del)));
          let insert = e.insert;
          if (e.key === 0) {
            const wordEnd = /\p{L}(?!\p{L})/u.exec(text.slice(start));
            start = end = wordEnd ? start + wordEnd.index + 1 : text.length;
            if (e.del % 3 === 0 && start > 0) start--;
            insert = start < end ? '' : 'aoi'[e.del % 3]!;
          }
          doc.update([{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert }], version);
          text = text.slice(0, start) + insert + text.slice(end);
          lastEdit = { start, removed: end - start, inserted: insert };
        }
        const ask = last.ask;
        const ref = reference(text);
        if (ask & 1) assert.deepStrictEqual(fic.lints(), ref.lints);
        if (ask & 2) {
          assert.deepStrictEqual(fic.diagnostics({ holdTyped: true, now: doc.editedAt }).items, typedHeld(text, ref, lastEdit), 'the word being typed held back');
          assert.deepStrictEqual(fic.diagnostics({ holdTyped: true, now: doc.editedAt + typingPauseMs }).items, ref.diagnostics, 'after the pause');
          assert.deepStrictEqual(fic.diagnostics().items, ref.diagnostics);
        }
        if (ask & 4) assert.deepStrictEqual(fic.counts([{ start: 0, end: Math.min(40, text.length) }]), ref.totals);
        if (ask & 8) assert.deepStrictEqual(fic.semanticTokens().data, ref.tokens);
        if (ask & 16) assert.equal(fic.model().text, text);
      }
      const ref = reference(text);
      assert.deepStrictEqual(fic.lints(), ref.lints);
      assert.deepStrictEqual(fic.diagnostics().items, ref.diagnostics);
      assert.deepStrictEqual(fic.semanticTokens().data, ref.tokens);
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
