/**
 * The general rules the fandom-prose fixtures called for, each on text of its own: a group chat's
 * lowercase handles and names are texting, not names missing their capitals; a handle that a link beside
 * it spells out is no typo; a coined stem of a canon compound (`wyrm` of `wyrmfire`) is the fandom's word;
 * a slip in the plural of a name is offered the plural; a dictionary's proper name that no slip of a
 * canon name is likely to make is that name (`Easter` beside a canon `Maester`); modern words the
 * dictionaries' size 70 lacks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import fc from 'fast-check';
import { getLints } from '../../src/core/features/diagnostics';
import { inChatLine } from '../../src/core/spelling/spellingContext';
import { assertLintsFollowEdits, canonOf } from '../canon/helpers';

/** `code word→first suggestion` for every canon and spelling finding of `text` (en-US). */
function found(text: string, canonText: string): string[] {
  const lints = getLints(parse(text), { canon: canonOf(canonText), spelling: { enabled: true, language: 'en-US' } });
  return lints.filter((l) => l.code.startsWith('canon.') || l.code.startsWith('spelling.')).map((l) => `${l.code} ${text.slice(l.start, l.end)}→${l.suggestions?.[0] ?? ''}`);
}

const chatCanon = 'Ren Kisaragi\nYūki Amamiya = Yuki\nSayuri Tachibana = Sayu\n';
const cases: [why: string, text: string, canon: string, expected: string[]][] = [
  ['a chat line in bold: handle and names in lowercase', '**ren:** ok so who is doing the slides yuki\n\n**yuki:** not me\n', chatCanon, []],
  ['a chat line with the colon outside the bold', '**sayu**: fine, ren does it\n', chatCanon, []],
  ['a plain chat line, and one in italics', 'ren: ok\n\n_yuki:_ same\n', chatCanon, []],
  ['a chat line as a list item', '- sayu: who took my charger\n', chatCanon, []],
  ['narration still wants the capital', 'Later ren laughed at the slides.\n', chatCanon, ['canon.name-casing ren→Ren']],
  ['a narration line that opens with a name and a colon is still a sentence when the name is capitalized', 'Ren: the worst.\n\nLater ren laughed.\n', chatCanon, ['canon.name-casing ren→Ren']],
  ['a misspelled name in a chat line is still reported', '**ren:** ok Sayrui\n', chatCanon, ['canon.misspelled-name Sayrui→Sayuri']],
  ['an English typo in a chat line is still reported', '**ren:** ok who is doign the slides\n', chatCanon, ['spelling.unknown-word doign→doing']],
  ['a handle a link beside it spells out', "A/N: I'm sablefics on tumblr (https://sablefics.example.com) if you want to yell.\n", '', []],
  ['a handle after @ in a link-less note', 'A/N: Find me at @sablefics if you want to yell.\n', '', []],
  ['a link in another paragraph does not count', "A/N: I'm sablefics on tumblr.\n\nhttps://sablefics.example.com\n", '', ['spelling.unknown-word sablefics→']],
  ['the same word with no link near it is reported', "A/N: I'm sablefics on tumblr if you want to yell.\n", '', ['spelling.unknown-word sablefics→']],
  ['a coined stem of a canon compound, and its plural', 'The wyrms circled. One wyrm landed.\n', 'wyrmfire\n', []],
  ['the stem is no word without the canon', 'The wyrms circled.\n', 'Brannoch\n', ['spelling.unknown-word wyrms→warms']],
  ['an English part of a compound teaches nothing', 'The fire burned and the firre spread.\n', 'wyrmfire\n', ['spelling.unknown-word firre→fire']],
  ['a slip in a plural possessive: the plural first', 'The Brambels’ tea was cold.\n', 'Winifred Bramble\n', ['canon.misspelled-name Brambels→Brambles']],
  ['a slip in a plural: the likelier name’s plural first', 'The Dreys were late.\n', 'Matron Grey\nLord Ambrose Dray\n', ['canon.misspelled-name Dreys→Drays']],
  ['a plural of a name is never reported', 'The Drays and the Brambles’ cats.\n', 'Lord Ambrose Dray\nWinifred Bramble\n', []],
  ['a day, a university, a car: proper names no slip of a canon name lands on', 'At Easter he drove the Toyota to Yale.\n', 'Maester Coll\nMasaru Toyama\nIgnatius Hale\n', []],
  ['a one-edit slip inside a name is still reported, even when it spells a place', 'Paris was late again.\n\nThen Paris laughed.\n', 'Priya Nair = Pris\n', ['canon.misspelled-name Paris→Pris', 'canon.misspelled-name Paris→Pris']],
  ['a first letter misremembered by its sound is still reported', 'Catherine smiled. Isolde frowned.\n', 'Katherine Vale\nYsolde Grey\n', ['canon.misspelled-name Catherine→Katherine', 'canon.misspelled-name Isolde→Ysolde']],
  ['identity words, social-media verbs and fandom words', 'They are nonbinary and pansexual; she is agender and neurodivergent, and he was stimming. He unfollowed her, screenshotted it, reblogged it, and we rewatched it. Lmao, brb. A songfic, a crackfic, some whump, pre-canon.\n', '', []],
  ['texting words, modern words and café words', 'ngl tbh idk, pls unmute. Lo-fi beats, a sci-fi vlog, a cortado and two americanos. He read the datapad.\n', '', []],
];

for (const [why, text, canon, expected] of cases) test(`fandom rules: ${why}`, () => assert.deepEqual(found(text, canon), expected));

test('inChatLine: a handle of one to three words, then a colon; never a long line or a sentence', () => {
  const at = (line: string, word: string) => inChatLine(line, line.indexOf(word));
  assert.equal(at('**ren:** ok yuki', 'yuki'), true);
  assert.equal(at('xX_sayu_Xx: lol yuki', 'yuki'), true);
  assert.equal(at('Unknown Number: yuki?', 'yuki'), true);
  assert.equal(at('She texted yuki: hi', 'yuki'), false); // a sentence, not a handle
  assert.equal(at(`${'word '.repeat(300)}yuki`, 'yuki'), false);
  assert.equal(at('first line\nren: ok yuki', 'yuki'), true);
  assert.equal(at('ren: ok\nthen yuki left', 'yuki'), false);
});

test('with chat lines, handles and links, lints reused across edits still equal a full check', () => {
  const env = { canon: canonOf(chatCanon), spelling: { enabled: true as const, language: 'en-US' as const } };
  const start = [
    'Title\nFluff, Modern AU',
    'She looked at her phone and laughed, because the group chat was on fire again.',
    '**ren:** ok so who is doing the slides yuki\n**yuki:** not me\n**sayu:** fine, ren does it',
    'Later ren laughed. Sayuri did not.',
    "A/N: I'm sablefics on tumblr (https://sablefics.example.com) if you want to yell.",
    'The wyrms circled and the Brambels were late.',
  ].join('\n\n');
  const editArb = fc.record({
    at: fc.nat({ max: start.length + 40 }),
    del: fc.nat({ max: 6 }),
    insert: fc.constantFrom('', '\n', '\n\n', ':', '**', ' ', 'ren ', 'ren: ', '**yuki:** ', 'sablefics ', ' https://sablefics.example.com ', 'www.', 'Sayrui ', 'x'),
  });
  fc.assert(
    fc.property(fc.array(editArb, { minLength: 1, maxLength: 10 }), (edits) => assertLintsFollowEdits(start, env, edits)),
    { numRuns: 120 },
  );
});
