/**
 * The semantic tokens' canon names read the verdicts the diagnostics' check already made (`namesTable`):
 * the names of a word do not depend on the English spelling check, so the tokens must come out the same
 * whichever table answers, and no word is judged twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesTable, verdictTable } from '../../src/core/canon/judge';
import { checkCanonNames, findCanonNameBounds } from '../../src/core/features/canonNames';
import { getSemanticTokens } from '../../src/core/features/semanticTokens';
import { parse } from '../../src/core/parse/parse';
import type { SpellingLanguage } from '../../src/core/spelling/suggest';
import { canonOf } from './helpers';
import { decode } from '../highlight/semanticHelpers';

const canonText = `
Rukia Kuchiki
Renji Abarai
Jean-Luc Picard
Hōgyoku = Hogyoku
Weasley
Gaverick
Marcus deWitt
Ashcombe
bankai
wyrmfire
Will Turner
`;

// Names, their typos, casings, plurals, possessives, hyphenations, shouting, English look-alikes.
const words = [
  'Rukia', 'Rukai', 'rukia', 'RUKIA', "Rukia's", 'Rukias', 'Kuchikis', 'Jean-Luc', 'jean-luc', 'Renji-kun', 'Ichigo-Rukia',
  'Hōgyoku', 'Hougyoku', 'Hogyoku', 'Weasleys', "Weasleys'", 'weasleys', 'Gavericks', 'deWitt', 'dewitt', 'DeWitt',
  'Ashcombs', 'Ashcomb', 'bankai', 'Bankai', 'wyrmfire', 'wyrms', 'will', 'Will', 'Wil', 'recieve', 'Recieve', 'teh',
  'colour', 'sweet-williams', "o'clock", '_Rukia_', 'snake_case', 'RenRuki', 'Picard', 'Picrad', 'picard', 'Turner', 'turnr',
];

test('a word’s canon names are the same with English spelling on (US, British) or off', () => {
  const canon = canonOf(canonText);
  const off = verdictTable(canon);
  for (const language of ['en-US', 'en-GB'] as SpellingLanguage[]) {
    const on = verdictTable(canon, language);
    for (const word of words) assert.deepEqual(on.judge(word, 0, word.length).names, off.judge(word, 0, word.length).names, `${word} (${language})`);
  }
});

test('a fic in another language is the exception: its tables are never read for names', () => {
  const canon = canonOf(canonText);
  // `deWitt` is a name as written in an English fic, never in a foreign one (lowercase initial).
  assert.equal(verdictTable(canon, undefined, true).judge('deWitt', 0, 6).names.length, 0);
  assert.equal(verdictTable(canon).judge('deWitt', 0, 6).names.length, 1);
  const fresh = canonOf(canonText);
  verdictTable(fresh, undefined, true).judge('deWitt', 0, 6);
  assert.notEqual(namesTable(fresh), verdictTable(fresh, undefined, true));
  assert.equal(namesTable(fresh).judge('deWitt', 0, 6).names.length, 1);
});

const fics: [name: string, text: string][] = [
  [
    'English, header names',
    'Ashes\nCharacters: Rukia Kuchiki, Tobias Venn\n\nRukia walked in. "Rukai!" Renji called, but rukia did not turn.\n\nThe Weasleys and the Gavericks came at ten o\'clock. Jean-Luc recieved teh letter from Marcus deWitt.\n\n* * *\n\nTobias found the Hougyoku. RUKIA! Tobais shouted, and Wil Turner laughed. Bankai.',
  ],
  ['English, no header', 'Renji-kun saw Rukia. Then deWitt, then Picrad, then the Ashcombs and sweet-williams. Will will come.'],
  ['another language', 'Language: Français\n\nRukia est là. Elle dit que deWitt et Renji sont partis avec les Weasley. Mon ami Rukai est venu.'],
];

for (const [name, text] of fics) {
  test(`tokens after the diagnostics’ check equal tokens judged afresh: ${name}`, () => {
    const spelling = { enabled: true, language: 'en-US' as const };
    // As the server does: the check first (its table), then the names for the tokens.
    const canon = canonOf(canonText);
    const model = parse(text);
    const check = checkCanonNames(model, { canon, spelling });
    const reused = findCanonNameBounds(model, canon);
    // A server that was never asked for diagnostics: the names judged in a table of their own.
    const other = canonOf(canonText);
    const otherModel = parse(text);
    const fresh = findCanonNameBounds(otherModel, other);
    assert.deepEqual([...reused], [...fresh]);
    assert.ok(fresh.length > 0, 'the fixture has names');
    assert.deepEqual(decode(text, getSemanticTokens(model, { names: reused })), decode(text, getSemanticTokens(otherModel, { names: fresh })));
    if (!check.foreign) {
      // Reused: the spelling-off table of the fic's canon was never filled.
      assert.equal(check.language, 'en-US');
      assert.equal(verdictTable(check.canon).judged, 0);
    } else assert.ok(verdictTable(check.canon).judged > 0, 'a foreign check’s verdicts are not read for names');
  });
}
