/**
 * Four more hand-written fics in shapes the other fixtures lack (server/test/fixtures/prose, each with the
 * canon file its writer would keep): a streamer AU told in texts, chat lines, handles, hashtags, prices
 * and internet speak (overclocked); a mecha anime fandom with invented ranks, species and ships, names
 * with apostrophes and hyphens, Japanese and Korean honorifics and loanwords (tidewake); a Regency romance
 * pasted from Word in en-GB, CRLF, with curly quotes, `…`, no-break spaces, soft hyphens and zero-width
 * spaces, archaic and dialect speech (larkmoor); a superhero fic pasted as AO3 HTML with `<p>`, `<em>`,
 * `&amp;`, links, Southern dialect, stammers, sound effects and cut-off words (sidekick). Clean, they get
 * no canon or spelling finding in either English and fix-all changes nothing; with typos planted, each is
 * reported with the right first suggestion, and fix-all repairs only the certain canon slips. Then a
 * table of the general rules these fics needed, each with the typo it must not hide.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SpellingLanguage } from '../../src/core/spelling/suggest';
import { findings, fixtureTests, misspelled, unknown, type Plant } from './proseFixtures';

const planted: Record<string, { language: SpellingLanguage; plants: Plant[] }> = {
  overclocked: {
    language: 'en-US',
    plants: [
      ["It started at 1:14:32 into Marisol's", "It started at 1:14:32 into Marsiol's", 'Marsiol', misspelled, 'Marisol', true],
      ['**priya:** the comments are saying', '**priya:** teh comments are saying', 'teh', unknown, 'the', false],
      ['**tobi:** can u wait till after', '**tobi:** can u wait untill after', 'untill', unknown, 'until', false],
      ['Biscuit, unrepentant, was asleep', 'Bisuit, unrepentant, was asleep', 'Bisuit', misspelled, 'Biscuit', true],
      ['I *trusted* you', 'I *trustted* you', 'trustted', unknown, 'trusted', false],
      ["Tobi, who was Marisol's manager", "Tobi, who was Marisol's mangaer", 'mangaer', unknown, 'manager', false],
      ['Priya had a brown-sugar milk tea', 'Prya had a brown-sugar milk tea', 'Prya', misspelled, 'Priya', false],
      ['It was a very clean run', 'It was a definately clean run', 'definately', unknown, 'definitely', false],
      ['> ur maybe a gremlin', '> ur maybe a gremiln', 'gremiln', unknown, 'gremlin', false],
      ['Wren wants us to do nothing', 'Wern wants us to do nothing', 'Wern', misspelled, 'Wren', false],
    ],
  },
  tidewake: {
    language: 'en-US',
    plants: [
      ['Aoki Haruka had given up on sleep', 'Aoki Haurka had given up on sleep', 'Haurka', misspelled, 'Haruka', true],
      ['Jiwon ran a scanner along the seam', 'Jiown ran a scanner along the seam', 'Jiown', misspelled, 'Jiwon', true],
      ['"How\'s Kaede?" he said eventually.', '"How\'s Kaeed?" he said eventually.', 'Kaeed', misspelled, 'Kaede', true],
      ['We can make the jump to Tessaly Gate', 'We can make the jump to Tesaly Gate', 'Tesaly', misspelled, 'Tessaly', true],
      ['The Ashborn fleet pulled back', 'The Ashbron fleet pulled back', 'Ashbron', misspelled, 'Ashborn', true],
      ['and a look on her face that said she intended', 'and a look on her face that said she intened', 'intened', unknown, 'intended', false],
      ['a huge, gentle Kethari named Brother Olumide', 'a huge, gentle Kethari named Brother Olumdie', 'Olumdie', misspelled, 'Olumide', true],
      ['Haruka thought she might be able to sleep', 'Haruka thought she might be able to sleeep', 'sleeep', unknown, 'sleep', false],
      ['muttering numbers under his breath in Korean', 'muttering numbers under his breath in Koraen', 'Koraen', unknown, 'Korean', false],
      ['"Sit down, Aoki-ssi.', '"Sit down, Aoki-sis.', 'Aoki-sis', 'none', '', false],
    ],
  },
  larkmoor: {
    language: 'en-GB',
    plants: [
      ['Mrs. Peabody, who had been with the family', 'Mrs. Peabdoy, who had been with the family', 'Peabdoy', misspelled, 'Peabody', true],
      ['the kitchen garden, the espal', 'the kitchen gardne, the espal', 'gardne', unknown, 'garden', false],
      ['Lady Honoria was Eleanor’s godmother', 'Lady Honorai was Eleanor’s godmother', 'Honorai', misspelled, 'Honoria', true],
      ['which was reckoned something of a record', 'which was reckoned somthing of a record', 'somthing', unknown, 'something', false],
      ['Old Ned Tolley, who had been', 'Old Ned Toley, who had been', 'Toley', misspelled, 'Tolley', true],
      ['where he discovered that her steward', 'where he discoverd that her steward', 'discoverd', unknown, 'discovered', false],
      ['He was underfoot in the library', 'He was underfoot in teh library', 'teh', unknown, 'the', false],
      ['the first time he had used her Christian name', 'the first time he had used her Christain name', 'Christain', unknown, 'Christian', false],
      ['a wedding breakfast at Larkmoor', 'a wedding breakfast at Larkmor', 'Larkmor', misspelled, 'Larkmoor', true],
      ['which was not at all proper, and did not care', 'which was not at all proper, and did not recieve', 'recieve', unknown, 'receive', false],
    ],
  },
  sidekick: {
    language: 'en-US',
    plants: [
      ['Bellwether had been stuck in it', 'Bellweather had been stuck in it', 'Bellweather', misspelled, 'Bellwether', true],
      ['said Copperhead, from the other corner', 'said Coppperhead, from the other corner', 'Coppperhead', misspelled, 'Copperhead', true],
      ["It's a hostage situation", "It's a hostage situtation", 'situtation', unknown, 'situation', false],
      ['whose real name was Juniper Mbeki', 'whose real name was Junpier Mbeki', 'Junpier', misspelled, 'Juniper', true],
      ['a strongly worded memo about it', 'a strongly worded memo abuot it', 'abuot', unknown, 'about', false],
      ['if anyone was.</p>', 'if anyone wsa.</p>', 'wsa', unknown, 'was', false],
      ['the lights flickered on, one-two-three', 'the lights flickerd on, one-two-three', 'flickerd', unknown, 'flickered', false],
      ['This time it went up, slow and shuddering', 'This time it went up, slow and shudering', 'shudering', unknown, 'shuddering', false],
      ['the cape that Director Halvorsen insisted', 'the cape that Director Halvorson insisted', 'Halvorson', misspelled, 'Halvorsen', true],
      ["You're a civilian until you do a crime", "You're a civillian until you do a crime", 'civillian', unknown, 'civilian', false],
    ],
  },
};

fixtureTests("writer's prose", planted);

/**
 * The general rules, one row each: [text, canon, the words reported (with their first suggestion)].
 * Every rule that lets a word through has a row beside it with the typo it must still catch.
 */
const rules: [what: string, text: string, canon: string, reported: string[]][] = [
  ['a hashtag is not prose', 'I posted it. #streamerau #slowburnfic', '', []],
  ['a handle apart from its @', 'Come yell at me @ mothlightfics on tumblr.', '', []],
  ['internet speak in a text', '> ngl ur right, ty. see u rn in the gc lmk', '', []],
  ['…and a typo beside it', '> ngl ur rigth, ty', '', ['rigth→right']],
  ['a day of the week in lowercase', 'She typed *see u thursday* and sent it.', '', []],
  ['a lowercase name one slip from a common word, in a text', '> taylor swift is playing', '', []],
  ['…but not in narration', 'The taylor had gone home.', '', ['taylor→tailor']],
  ['a canon name lowercased in a quoted text message', '> someone named us "devisol" lol', 'Devisol', []],
  ['…but not in narration', 'Someone named them devisol.', 'Devisol', ['devisol→Devisol']],
  ['dialect: a dropped h and a dropped start', "'Ello, 'ow are you? 'Tis a fine day, a good 'un.", '', []],
  ['…but a typo opening single-quoted speech is still one', "'Teh cat,' she said.", '', ['Teh→The']],
  ['dialect: a word cut short', "Wi' her basket an' her ribbons, o'er th' hill, nothin' to it.", '', []],
  ['…but a cut-short typo of a long word is still one', "I saw the housse' roof.", '', ['housse→house']],
  ['a derived word no common word lies near', 'His gauntleted hand was vibey and unfollowable.', '', []],
  ['…with a suffix on a suffix', 'The sky was pinkening over the rooftops.', '', []],
  ['…derivations that are misspellings', 'It occured to him untill he happend to look.', '', ['occured→occurred', 'untill→until', 'happend→happened']],
  ['a user name of three words or more', "I'm hazardpayfic on Tumblr and ashdownandout on Dreamwidth.", '', []],
  ['Korean and Chinese honorifics after a hyphen', 'Sit down, Aoki-ssi. Thank you, Ilse-nim. Wei-xiong is late.', 'Aoki\nIlse\nWei', []],
  ['…but not alone', 'She said ssi twice.', '', ['ssi→sis']],
  ['romanized loanwords', 'Itadakimasu, she said over the japchae, and called him hyung and her eonni.', '', []],
  ['…never first among suggestions for an English typo', 'He ate the ramen and went hoem.', '', ['hoem→home']],
  ['a vowelless sound drawn out', 'The intercom went <em>bzzzt</em> and the cat went brrrr.', '', []],
  ['a character reference in pasted HTML', '<p>&nbsp;</p><p>Tea &amp; cake&hellip;</p>', '', []],
  ['a typo before a closing HTML tag', '<p>He said it was <em>wierd</em>.</p>', '', ['wierd→weird']],
  ['a typo ending an HTML paragraph', '<p>It was a hostage situtation.</p>', '', ['situtation→situation']],
  ['a stammer', '"Th-th-that\'s not— P-please. Wh-where is she? Ch-Charlie?"', 'Charlie', []],
  ['…but a slip in a hyphenated word is no stammer', 'She was a well-knwon actress.', '', ['knwon→known']],
  ['a word cut off by a dash', '"You absolu—" "Don\'t you dar–" "Wha— no." "I was gonna say somethi--"', '', []],
  ['…unless it starts no word', '"I was gonna say sometihng—"', '', ['sometihng→something']],
  ["a title's full stop ends no sentence", "They went to St. Mungo's and saw Dr. Quist, e.g. Tolkien.", '', []],
  ['…a real full stop does', 'It ended. Teh end.', '', ['Teh→The']],
  ['a word with an accent or a macron', 'Oh, mija, cariño, she said. Arigatō, Kaede-chan, see you at the dōjō.', 'Kaede', []],
  ['a slip in a day, month, holiday or nationality, even mid-sentence', 'On Wendesday in Febuary she used her Christain name in Koraen.', '', ['Wendesday→Wednesday', 'Febuary→February', 'Christain→Christian', 'Koraen→Korean']],
  ['…while any other capitalized unknown word mid-sentence is a name', 'Then Marisela, Junie and Augustin came.', '', []],
  ['a canon verb inflected', 'She apparated home, disapparating again; he apparates.', 'apparate\ndisapparate', []],
  ['…but a slip in one is still reported', 'He apparateing and aparated.', 'apparate', ['apparateing→undefined', 'aparated→apparate']],
  ['a name made an adjective with -y, left alone by Fix all', 'It was very Hufflepuffy of her, and Snapey was cross.', 'Hufflepuff\nSnape', []],
  ['…but a doubled last letter, a -y after a vowel or a slip of another name is still reported', 'Harryy and Dracoy met Marcy.', 'Harry\nDraco\nMarc\nMary', ['Harryy→Harry', 'Dracoy→Draco', 'Marcy→Marc']],
  ['a prefix or suffix hyphened to a name', 'It was very Potter-esque, un-Slytherin-like and Hermione-ish.', 'Harry Potter\nHermione\nSlytherin', []],
  ['dialect contractions', 'Shoulda, coulda, woulda. You oughta know. I hafta go. Wassup? Damnit. xoxo', '', []],
];

for (const [what, text, canon, expected] of rules) {
  test(`writer's rule: ${what}`, () => {
    const { shown } = findings(text, canon, 'en-US');
    assert.deepEqual(
      shown.map((l) => `${text.slice(l.start, l.end)}→${l.suggestions?.[0]}`),
      expected,
    );
  });
}
