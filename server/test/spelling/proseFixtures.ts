/**
 * The prose fixtures' test tables (server/test/fixtures/prose: hand-written fics, each with the canon file
 * its writer would keep), shared by fandomProse.test.ts and writerShapes.test.ts: clean, a fic gets no
 * canon or spelling finding in either English and fix-all changes nothing; with typos planted, each typo
 * gets exactly the expected diagnostic and first suggestion, and fix-all repairs only the certain canon slips.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/core/parse/parse';
import { getLints, type AnalysisEnv } from '../../src/core/features/diagnostics';
import { applyEdits, canonFixAll } from '../../src/core/features/canonActions';
import type { SpellingLanguage } from '../../src/core/spelling/suggest';
import { canonOf } from '../canon/helpers';

const dir = join(__dirname, '../fixtures/prose');
/** A file of the prose fixtures' folder. */
export const read = (name: string) => readFileSync(join(dir, name), 'utf8');

/** [the clean passage, the passage with a typo, the word reported, its code (`none`: not reported), the first suggestion, fixed by fix-all]. */
export type Plant = [from: string, to: string, word: string, code: string, first: string, certain: boolean];
export const misspelled = 'canon.misspelled-name';
export const unknown = 'spelling.unknown-word';

/** The lints of `text` with the canon `canonText`, and the canon and spelling ones among them. */
export function findings(text: string, canonText: string, language: SpellingLanguage) {
  const env: AnalysisEnv = { canon: canonOf(canonText), spelling: { enabled: true, language } };
  const lints = getLints(parse(text), env);
  return { lints, shown: lints.filter((l) => l.code.startsWith('canon.') || l.code.startsWith('spelling.')) };
}

/** `text` with each plant's passage replaced (each passage occurs once). */
export function plant(text: string, plants: readonly Plant[]): string {
  let out = text;
  for (const [from, to] of plants) {
    assert.equal(out.split(from).length, 2, `the passage occurs once: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

/** The clean and planted tests of each fixture `NAME.fic` (with `NAME.canon`); `label` names the clean ones. */
export function fixtureTests(label: string, planted: Record<string, { language: SpellingLanguage; plants: Plant[] }>): void {
  for (const name of Object.keys(planted)) {
    const clean = read(`${name}.fic`);
    const canonText = read(`${name}.canon`);
    for (const language of ['en-US', 'en-GB'] as const) {
      test(`clean ${label}: ${name}.fic in ${language} has no canon or spelling finding, and fix-all changes nothing`, () => {
        const { lints, shown } = findings(clean, canonText, language);
        assert.deepEqual(shown.map((l) => `${l.code} ${clean.slice(l.start, l.end)}`), []);
        assert.equal(applyEdits(clean, canonFixAll(lints)), clean);
      });
    }
    const { language, plants } = planted[name]!;
    test(`planted typos in ${name}.fic: each reported, in order, with the right first suggestion, and nothing else`, () => {
      const text = plant(clean, plants);
      const expected = plants
        .filter((p) => p[3] !== 'none')
        .map(([, to, word, code, first]) => ({ at: text.indexOf(to) + to.indexOf(word), word, code, first }))
        .sort((a, b) => a.at - b.at);
      const { shown } = findings(text, canonText, language);
      assert.deepEqual(
        shown.map((l) => [l.code, text.slice(l.start, l.end), l.suggestions?.[0]]),
        expected.map((e) => [e.code, e.word, e.first]),
      );
    });
    test(`planted typos in ${name}.fic: fix-all repairs exactly the certain canon slips`, () => {
      const text = plant(clean, plants);
      const fixed = applyEdits(text, canonFixAll(findings(text, canonText, language).lints));
      const certain = plants.filter((p) => p[5]);
      assert.equal(fixed, plant(clean, plants.filter((p) => !p[5])), `fix-all repairs ${certain.map((p) => p[2]).join(', ')} and nothing else`);
    });
  }
}
