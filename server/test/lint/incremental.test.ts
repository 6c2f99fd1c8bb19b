/**
 * The prose check reused from the previous version (only the paragraphs around an edit checked again)
 * equals a full check after any sequence of edits, in each family of rules, craft hints on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../src/core/parse/parse';
import { checkProse, getProseLints, type ProseCheck, type ProseOptions } from '../../src/core/features/proseLints';
import type { EditLike } from '../../src/core/canon/editWindow';
import { generateCorpus } from '../../bench/corpus';
import { mutationArb } from '../robustness/fuzz';
import { allHints } from './helpers';

const english = generateCorpus({ words: 400, seed: 5, canonSize: 40, isEnglish: () => false }).text;
const mistakes = '"Fine." he said. "Stop," She said.\n\nThe the door door was shut. Kaito ran; Kaito sat; Kaito slept.\n\nThe crimson lantern swung.\n\nIts crimson glow.\n\n* * *\n\nA crimson door, a lantern.\n\n';
const spanish = '-Hola -dijo ella-. ¿Vienes?\n\n—Espera. —Dijo Marta.\n\n—Tengo prisa, —respondió Marta— pero no tanta.\n\n«Bonjour», dit-il.\n\n';

const editArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), insert: fc.constantFrom('', 'e', ' the', '.', ',', '"', '\n', '\n\n', '-', '—', 'He ') }) },
  { weight: 1, arbitrary: mutationArb },
);

function apply(text: string, m: { at: number; del: number; insert: string }): { text: string; edit: EditLike } {
  const start = m.at % (text.length + 1);
  const end = Math.min(text.length, start + m.del);
  return { text: text.slice(0, start) + m.insert + text.slice(end), edit: { start, end, text: m.insert } };
}

for (const [name, base, options] of [
  ['en-US with every hint', mistakes + english, { convention: 'en-US', hints: allHints }],
  ['es', spanish + mistakes, { convention: 'es', hints: {} }],
  ['fr', spanish, { convention: 'fr', hints: {} }],
] as [string, string, ProseOptions][]) {
  test(`${name}: the check reused across edits equals a full check`, () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (ms) => {
        let text = base;
        let check: ProseCheck = checkProse(parse(text), options);
        for (const m of ms) {
          const next = apply(text, m);
          text = next.text;
          const model = parse(text);
          check = checkProse(model, options, { check, edits: [next.edit] });
          assert.deepStrictEqual(check.lints, getProseLints(model, options));
        }
      }),
      { numRuns: 80 },
    );
  });
}

test('a change of options is a full check', () => {
  const text = mistakes;
  const first = checkProse(parse(text), { convention: 'en-US', hints: {} });
  const second = checkProse(parse(text), { convention: 'en-US', hints: allHints }, { check: first, edits: [{ start: 0, end: 0, text: '' }] });
  assert.ok(second.lints.some((l) => l.code.startsWith('craft.')));
});
