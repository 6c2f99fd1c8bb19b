/**
 * Four hand-written fics in the shape of real fandom writing (server/test/fixtures/prose: a modern AU with
 * a group chat and romanized Japanese names, a British school story pasted from Word with curly quotes and
 * em dashes, an epic fantasy with crowded house names, a space opera with texting and brand-ish words),
 * each with its own canon of 40–60 entries. Clean, they get no canon or spelling finding in either
 * English and fix-all changes nothing; with typos planted, each typo gets exactly the expected diagnostic
 * and first suggestion, and fix-all repairs only the certain canon slips.
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
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const fixtures = ['lanterns', 'thornfield', 'crownfall', 'meridian'] as const;

function findings(text: string, canon: string, language: SpellingLanguage) {
  const env: AnalysisEnv = { canon: canonOf(read(`${canon}.canon`)), spelling: { enabled: true, language } };
  const lints = getLints(parse(text), env);
  return { lints, shown: lints.filter((l) => l.code.startsWith('canon.') || l.code.startsWith('spelling.')) };
}

for (const name of fixtures) {
  for (const language of ['en-US', 'en-GB'] as const) {
    test(`clean fandom prose: ${name}.fic in ${language} has no canon or spelling finding, and fix-all changes nothing`, () => {
      const text = read(`${name}.fic`);
      const { lints, shown } = findings(text, name, language);
      assert.deepEqual(shown.map((l) => `${l.code} ${text.slice(l.start, l.end)}`), []);
      assert.equal(applyEdits(text, canonFixAll(lints)), text);
    });
  }
}

/** [the clean passage, the passage with a typo, the word reported, its code, the first suggestion, fixed by fix-all]. */
type Plant = [from: string, to: string, word: string, code: string, first: string, certain: boolean];
const misspelled = 'canon.misspelled-name';
const unknown = 'spelling.unknown-word';
const casing = 'canon.name-casing';

const planted: Record<(typeof fixtures)[number], { language: SpellingLanguage; plants: Plant[] }> = {
  lanterns: {
    language: 'en-US',
    plants: [
      ['**yuki:** not me i did the bibliography', '**yuki:** not me i did the bibliograpy', 'bibliograpy', unknown, 'bibliography', false],
      ['Sayuri put her phone face down', 'Sayrui put her phone face down', 'Sayrui', misspelled, 'Sayuri', true],
      ['Haruto was highlighting', 'Harutto was highlighting', 'Harutto', misspelled, 'Haruto', true],
      ['**sayu:** kōta you can do the TITLE slide', '**sayu:** kōta you can do the TITLE sldie', 'sldie', unknown, 'slide', false],
      ['the librarian was two tables over', 'the librarain was two tables over', 'librarain', unknown, 'librarian', false],
      ['because Ren had set it up', 'because ren had set it up', 'ren', casing, 'Ren', true],
      ['explain the kagebori, the shadow-carving', 'explain the kageburi, the shadow-carving', 'kageburi', misspelled, 'kagebori', true],
      ["\"The Amamiyas' archive,\"", "\"The Amamyias' archive,\"", 'Amamyias', misspelled, 'Amamiyas', false],
    ],
  },
  thornfield: {
    language: 'en-GB',
    plants: [
      ['waited for Fitzwilliam Dray to be late', 'waited for Fitzwiliam Dray to be late', 'Fitzwiliam', misspelled, 'Fitzwilliam', true],
      ['“I’m *fashionably* late.”', '“I’m *fashoinably* late.”', 'fashoinably', unknown, 'fashionably', false],
      ['Otto caught it without looking', 'Oto caught it without looking', 'Oto', misspelled, 'Otto', false],
      ['“The Brambles’ Christmas is worse,”', '“The Brambels’ Christmas is worse,”', 'Brambels', misspelled, 'Brambles', false],
      ['a sky the colour of dishwater', 'a sky the colur of dishwater', 'colur', unknown, 'colour', false],
      ['and Rowan realised, with a horrible lurch', 'and Rowan realsied, with a horrible lurch', 'realsied', unknown, 'realised', false],
      ['according to Matron Grey the next morning', 'according to Matron Gery the next morning', 'Gery', misspelled, 'Grey', false],
    ],
  },
  crownfall: {
    language: 'en-US',
    plants: [
      ['Maelis Vaelmont had stopped pretending', 'Maelis Vealmont had stopped pretending', 'Vealmont', misspelled, 'Vaelmont', true],
      ['beside Ser Gawen Harrow, because', 'beside Ser Gawen Harow, because', 'Harow', misspelled, 'Harrow', true],
      ['That meant sellswords, or Corvane scouts', 'That meant sellswords, or Corvnae scouts', 'Corvnae', misspelled, 'Corvane', true],
      ['tell him the Vaelmonts are still on the road', 'tell him the Vaelmotns are still on the road', 'Vaelmotns', misspelled, 'Vaelmonts', false],
      ['the smell of woodsmoke and wet stone', 'the smell of woodsmoke and wet stoen', 'stoen', unknown, 'stone', false],
      ['*he does not know what it means.', '*he does not konw what it means.', 'konw', unknown, 'know', false],
      ['Seren Orlathe stood by the window', 'Seren Orlahte stood by the window', 'Orlahte', misspelled, 'Orlathe', true],
      ['They were shaking, very slightly.', 'They were shaking, very slighty.', 'slighty', unknown, 'slightly', false],
    ],
  },
  meridian: {
    language: 'en-US',
    plants: [
      ['Captain Idris Okonkwo-Vance looked at the datapad', 'Captain Idris Okonkow-Vance looked at the datapad', 'Okonkow', misspelled, 'Okonkwo', true],
      ['**TEO:** bart you love it in there', '**TEO:** bart you love it in tehre', 'tehre', unknown, 'there', false],
      ['Nadia took his elbow', 'Nadai took his elbow', 'Nadai', misspelled, 'Nadia', true],
      ['a barista with a septum piercing', 'a barista with a septum peircing', 'peircing', unknown, 'piercing', false],
      ['the Sable Meridian sat in her docking cradle', 'the Sable Meridain sat in her docking cradle', 'Meridain', misspelled, 'Meridian', true],
      ["Vex'ra Tallis, who had never taken", "Vex'ra Talis, who had never taken", 'Talis', misspelled, 'Tallis', true],
      ["The Vasharis' house band", "The Vashrais' house band", 'Vashrais', misspelled, 'Vasharis', false],
    ],
  },
};

/** `text` with each plant's passage replaced (each passage occurs once), and where each typo's word landed. */
function plant(text: string, plants: readonly Plant[]): string {
  let out = text;
  for (const [from, to] of plants) {
    assert.equal(out.split(from).length, 2, `the passage occurs once: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

for (const name of fixtures) {
  const { language, plants } = planted[name];
  const clean = read(`${name}.fic`);
  test(`planted typos in ${name}.fic: each one reported, in order, with the right first suggestion, and nothing else`, () => {
    const text = plant(clean, plants);
    const expected = plants.map(([, to, word, code, first]) => ({ at: text.indexOf(to) + to.indexOf(word), word, code, first }));
    expected.sort((a, b) => a.at - b.at);
    const { shown } = findings(text, name, language);
    assert.deepEqual(
      shown.map((l) => [l.code, text.slice(l.start, l.end), l.suggestions?.[0]]),
      expected.map((e) => [e.code, e.word, e.first]),
    );
  });
  test(`planted typos in ${name}.fic: fix-all repairs exactly the certain canon slips`, () => {
    const text = plant(clean, plants);
    const { lints } = findings(text, name, language);
    const fixed = applyEdits(text, canonFixAll(lints));
    const certainOnly = plants.filter((p) => p[5]);
    assert.equal(fixed, plant(clean, plants.filter((p) => !p[5])), `fix-all repairs ${certainOnly.map((p) => p[2]).join(', ')} and nothing else`);
  });
}
