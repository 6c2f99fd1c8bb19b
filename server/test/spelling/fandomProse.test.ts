/**
 * Four hand-written fics in the shape of real fandom writing (server/test/fixtures/prose: a modern AU with
 * a group chat and romanized Japanese names, a British school story pasted from Word with curly quotes and
 * em dashes, an epic fantasy with crowded house names, a space opera with texting and brand-ish words),
 * each with its own canon of 40–60 entries. Clean, they get no canon or spelling finding in either
 * English and fix-all changes nothing; with typos planted, each typo gets exactly the expected diagnostic
 * and first suggestion, and fix-all repairs only the certain canon slips.
 */
import type { SpellingLanguage } from '../../src/core/spelling/suggest';
import { fixtureTests, misspelled, unknown, type Plant } from './proseFixtures';

const casing = 'canon.name-casing';

const planted: Record<string, { language: SpellingLanguage; plants: Plant[] }> = {
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

fixtureTests('fandom prose', planted);
