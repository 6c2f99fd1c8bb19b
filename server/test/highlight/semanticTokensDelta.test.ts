/**
 * The incremental semantic-token path: after any sequence of edits, the delta the server answers with,
 * applied to the tokens the client has, gives exactly a full encode of a fresh parse of the text; and
 * the tokens kept between edits are re-encoded only where the text changed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { FicDocument } from '../../src/lsp/documents';
import { OpenFic } from '../../src/lsp/openFic';
import type { FullTokens } from '../../src/lsp/ficTokens';
import { parse } from '../../src/core/parse/parse';
import { getSemanticTokens } from '../../src/core/features/semanticTokens';
import { findCanonNameBounds } from '../../src/core/features/canonNames';
import { composeChanges } from '../../src/core/features/semanticTokenData';
import { envOf } from '../canon/helpers';
import { smallFic } from '../robustness/fuzz';

const envs = [envOf('Rukia\nRenji = Abarai Renji\nIchigo\nHōgyoku\n'), envOf('Rukia\nByakuya\n')];

function fullEncode(text: string, env: (typeof envs)[number]): number[] {
  const model = parse(text);
  return getSemanticTokens(model, { names: findCanonNameBounds(model, env.canon) });
}

/** What a client does with a delta: apply its edits (sorted, against the previous array) to its copy. */
function apply(previous: number[], reply: FullTokens | SemanticTokens | SemanticTokensDelta): number[] {
  if ('data' in reply) return Array.from(reply.data);
  const out = previous.slice();
  for (const e of [...reply.edits].sort((a, b) => b.start - a.start)) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return out;
}

const pieces = ['Rukia', ' Rukai', ' Renji', 'Abarai Renji', 'x', 'e', ' ', '\n', '\n\n', '\r\n', '"', '"Wait,', ' she said."', '*thought*', "'", 'Chapter 3\n\n', '* * *\n\n', 'A/N: hi\n\n', '(A/N: hey)', 'Ichgo'];

const editArb = fc.record({
  at: fc.nat(),
  del: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: 3 }) }, { weight: 1, arbitrary: fc.nat({ max: 40 }) }),
  insert: fc.oneof(
    // Mostly typing, as a writer does (the path that reuses the kept tokens), then anything.
    { weight: 4, arbitrary: fc.constantFrom('', 'e', 'x', ' ', 'Rukia', ' Rukai', 'Renji', '"') },
    { weight: 2, arbitrary: fc.constantFrom(...pieces) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', '\n', '"', '*', 'R'), maxLength: 6 }) },
  ),
});

const stepArb = fc.record({
  edits: fc.array(editArb, { minLength: 0, maxLength: 3 }),
  /** Ask for a delta after this step (else the edits pile up until the next one). */
  ask: fc.boolean(),
  /** Switch the canon (the names change everywhere). */
  canon: fc.nat({ max: 12 }),
  /** A range request in between (it brings the names up to date, not the kept tokens). */
  range: fc.boolean(),
});

test('delta applied to the previous tokens equals a full encode, after random edit sequences', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 8 }), fc.boolean(), fc.array(stepArb, { minLength: 1, maxLength: 15 }), (seed, long, steps) => {
      let text = long ? smallFic(seed).repeat(3) : smallFic(seed);
      let envIndex = 0;
      const doc = new FicDocument('file:///t.fic', 'fic', 1, text);
      const fic = new OpenFic(doc, () => envs[envIndex]!);
      const first = fic.semanticTokens();
      let client = Array.from(first.data);
      let resultId = first.resultId!;
      assert.deepStrictEqual(client, fullEncode(text, envs[envIndex]!));
      let version = 1;
      for (const step of steps) {
        for (const e of step.edits) {
          const start = doc.offsetAt(doc.positionAt(e.at % (text.length + 1)));
          const end = doc.offsetAt(doc.positionAt(Math.min(text.length, start + e.del)));
          doc.update([{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.insert }], ++version);
          text = text.slice(0, start) + e.insert + text.slice(end);
        }
        if (step.canon === 0) envIndex = 1 - envIndex;
        if (step.range) {
          const lines = text.split(/\r\n|\r|\n/).length;
          const startLine = Math.floor(lines / 3);
          const range = fic.semanticTokensInRange(startLine, text.length);
          assert.ok(Array.isArray(range));
        }
        if (!step.ask) continue;
        const reply = fic.semanticTokensDelta(resultId);
        client = apply(client, reply);
        resultId = reply.resultId!;
        assert.deepStrictEqual(client, fullEncode(text, envs[envIndex]!), JSON.stringify(text));
      }
      const reply = fic.semanticTokensDelta(resultId);
      assert.deepStrictEqual(apply(client, reply), fullEncode(text, envs[envIndex]!));
    }),
    { numRuns: 300 },
  );
});

test('a delta from a result the server no longer has is a full result', () => {
  const doc = new FicDocument('file:///t.fic', 'fic', 1, 'Rukia said, "Hi."\n');
  const fic = new OpenFic(doc, () => envs[0]!);
  const first = fic.semanticTokens();
  const reply = fic.semanticTokensDelta('not-a-result');
  assert.ok('data' in reply);
  assert.deepStrictEqual(reply.data, first.data);
  assert.notEqual(reply.resultId, first.resultId);
});

test('typing a letter in a long fic changes one token: the delta is one small edit', () => {
  const paragraph = 'Rukia walked along the wall. "Renji," she said, "wait for me." He did not.\n\n';
  let text = `Title\n\n${paragraph.repeat(2000)}`;
  const doc = new FicDocument('file:///long.fic', 'fic', 1, text);
  const fic = new OpenFic(doc, () => envs[0]!);
  const first = fic.semanticTokens();
  let resultId: string | undefined = first.resultId;
  let client = Array.from(first.data);
  const at = text.indexOf('wait', text.length >> 1) + 2; // inside dialogue, halfway down
  for (const [k, letter] of [...'xyz'].entries()) {
    doc.update([{ range: { start: doc.positionAt(at + k), end: doc.positionAt(at + k) }, text: letter }], k + 2);
    text = text.slice(0, at + k) + letter + text.slice(at + k);
    const reply = fic.semanticTokensDelta(resultId!) as SemanticTokensDelta;
    assert.ok('edits' in reply, 'a delta');
    assert.equal(reply.edits.length, 1);
    assert.ok(reply.edits[0]!.deleteCount <= 5 && (reply.edits[0]!.data?.length ?? 0) <= 5, JSON.stringify(reply.edits));
    client = apply(client, reply);
    resultId = reply.resultId;
  }
  assert.deepStrictEqual(client, fullEncode(text, envs[0]!));
});

test('composeChanges: two changes in a row cover both, in the first text’s and the last text’s offsets', () => {
  // "abcdefghij": [2,4) -> "XYZ" gives "abXYZefghij"; then [8,9) of that -> "" gives "abXYZefgij".
  const a = { start: 2, oldEnd: 4, newEnd: 5 };
  const b = { start: 8, oldEnd: 9, newEnd: 8 };
  assert.deepStrictEqual(composeChanges(a, b), { start: 2, oldEnd: 8, newEnd: 8 });
  assert.deepStrictEqual(composeChanges(null, b), b);
  // The second change inside the first one's new text.
  assert.deepStrictEqual(composeChanges(a, { start: 3, oldEnd: 4, newEnd: 6 }), { start: 2, oldEnd: 4, newEnd: 7 });
  // The second change before the first.
  assert.deepStrictEqual(composeChanges(a, { start: 0, oldEnd: 1, newEnd: 1 }), { start: 0, oldEnd: 4, newEnd: 5 });
});
