/** The prose checks inside the diagnostics runner: severity overrides, `off`, and hints shown as a summary only. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { getHintSummary } from '../../src/core/features/hintSummary';
import { CanonIndex } from '../../src/core/canon/canonIndex';

const text = 'Chapter 1\n\n"Hello." he said. She saw the the door.\n\nChapter 2\n\nHe heard it.\n';
const canon = CanonIndex.empty();
const codes = (env: Parameters<typeof getLints>[1]) => getLints(parse(text), env).map((l) => `${l.code}:${l.severity}`);

test('the prose checks run with the other validators, on by default, hints off', () => {
  assert.deepEqual(codes({ canon }), ['dialogue.tag-punctuation:warning', 'prose.repeated-word:warning']);
});

test('fic.diagnostics.severity overrides a rule or turns it off', () => {
  assert.deepEqual(codes({ canon, severities: { 'prose.repeated-word': 'off', 'dialogue.tag-punctuation': 'error' } }), ['dialogue.tag-punctuation:error']);
});

test('hints switched on show inline, or only in the per-chapter summary', () => {
  const hints = { filterWords: true };
  assert.deepEqual(codes({ canon, hints }), ['dialogue.tag-punctuation:warning', 'craft.filter-word:hint', 'prose.repeated-word:warning', 'craft.filter-word:hint']);
  assert.deepEqual(codes({ canon, hints, hintsDisplay: 'summary' }), ['dialogue.tag-punctuation:warning', 'prose.repeated-word:warning']);
  assert.deepEqual(getHintSummary(parse(text), { canon, hints }), [{ 'craft.filter-word': 1 }, { 'craft.filter-word': 1 }]);
  assert.equal(getHintSummary(parse(text), { canon }), undefined, 'no summary when no hint is on');
  assert.deepEqual(getHintSummary(parse(text), { canon, hints, severities: { 'craft.filter-word': 'off' } }), [{}, {}]);
});

test('the convention can be given: the English rules stand down in es', () => {
  assert.deepEqual(codes({ canon, dialogue: 'es' }), []);
});

test("the document's own convention (from the parse) chooses the rules", () => {
  const cases: [string, string, string[]][] = [
    ["'I left it on the bus.' he said.\n\n'Where's the Potters' house?' she asked.\n\n'Fine.' She smiled.\n", 'en-GB', ['dialogue.tag-punctuation']],
    ['—Espera. —dijo Marta.\n\n—Hola —Dijo ella.\n\n-¿Vienes? -preguntó.\n', 'es', ['dialogue.incise-punctuation', 'dialogue.incise-case', 'dialogue.dash', 'dialogue.dash']],
    ['«Bonjour», dit-il.\n\n« Tu viens ? » demanda-t-elle.\n', 'fr', ['dialogue.guillemet-spacing', 'dialogue.guillemet-spacing']],
    ['Language: Russian\n\n— Привет. — сказал он.\n', 'ru', ['dialogue.incise-punctuation']],
  ];
  for (const [fic, style, expected] of cases) {
    const model = parse(fic);
    assert.equal(model.dialogue.style, style);
    assert.deepEqual(getLints(model, { canon }).map((l) => l.code), expected, style);
  }
});
