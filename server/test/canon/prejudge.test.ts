/**
 * Words judged ahead (`prejudge`, on another thread in the server) and taken into the check's verdict
 * table (`usePrejudged`): the lints equal a check that judges every word itself, no word is judged again,
 * and verdicts judged under another header, language or spelling setting are refused.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonOf } from './helpers';
import { parse } from '../../src/core/parse/parse';
import { getLintState } from '../../src/core/features/diagnostics';
import { judgingLanguage } from '../../src/core/features/canonNames';
import { prejudge, usePrejudged } from '../../src/core/features/prejudge';
import { verdictTable } from '../../src/core/canon/judge';
import { documentCanon } from '../../src/core/canon/headerNames';
import type { SpellingSettings } from '../../src/core/spelling/language';

const canonText = 'Maribel Oakhart = Mari\nTobiah Venn\nQuillon Dare\nskyglass   # a term\nHalvarine\n';
const enUS: SpellingSettings = { enabled: true, language: 'en-US', severity: 'warning' };
const enGB: SpellingSettings = { enabled: true, language: 'en-GB', severity: 'warning' };

const header = ['Title: Glass and Salt', 'Fandom: Original Work', 'Characters: Maribel Oakhart, Tobiah Venn, Sefa Lorn', 'Summary: A lighthouse, a storm.', ''];
const scene = [
  '"The lamp is out," Maribel said. "Again."',
  '',
  "Tobiah looked up at the skyglass. *Not tonight,* he thought. Maribell was already on the stairs, and Sefa's coat hung by the dor.",
  '',
  "'It's only salt on the lens,' said Tobaih, and Quilon laughed. The harbour colour was grey; Halvarine's bells rang.",
  '',
];

/** A fic of `scenes` scenes, each broken off the next. */
function fic(scenes: number, head = header): string {
  const body: string[] = [];
  for (let i = 0; i < scenes; i++) body.push(...(i ? ['* * *', ''] : []), ...scene);
  return [...head, ...body].join('\n');
}

describe('prejudge', () => {
  const cases: { name: string; text: string; spelling?: SpellingSettings }[] = [
    { name: 'a short fic, English spelling on', text: fic(3), spelling: enUS },
    { name: 'a short fic, spelling off', text: fic(3) },
    { name: 'en-GB', text: fic(3), spelling: enGB },
    { name: 'past the 64K units the header is read from', text: fic(400), spelling: enUS },
    { name: 'no header', text: fic(2, []), spelling: enUS },
  ];
  for (const c of cases) {
    it(`${c.name}: the same lints, no word judged again`, () => {
      // The worker builds its own index from the same canon text: equal, not the same object.
      const ahead = prejudge(c.text, canonOf(canonText), c.spelling);
      assert.ok(ahead.marked.length > 0, 'the fic has names and typos to judge');
      const canon = canonOf(canonText);
      const model = parse(c.text);
      assert.equal(usePrejudged(model, canon, c.spelling, ahead), true);
      const { language, foreign } = judgingLanguage(model, c.spelling);
      const judgedHere = verdictTable(documentCanon(model, canon), language, foreign).recordWords();
      const lints = getLintState(model, { canon, spelling: c.spelling }).lints;
      assert.deepEqual(judgedHere, [], 'every word was judged ahead');
      const fresh = getLintState(parse(c.text), { canon: canonOf(canonText), spelling: c.spelling }).lints;
      assert.ok(fresh.some((l) => l.code === 'canon.misspelled-name'));
      assert.deepEqual(lints, fresh);
    });
  }

  it('verdicts judged under other header names, language or spelling are refused', () => {
    const text = fic(2);
    const otherHeader = header.map((l) => (l.startsWith('Characters:') ? 'Characters: Maribel Oakhart' : l));
    const refused: [string, ReturnType<typeof prejudge>, SpellingSettings | undefined][] = [
      ['another header', prejudge(fic(2, otherHeader), canonOf(canonText), enUS), enUS],
      ['another variant', prejudge(text, canonOf(canonText), enGB), enUS],
      ['spelling off then', prejudge(text, canonOf(canonText), undefined), enUS],
      ['another language', prejudge(['Language: Français', ...header.slice(1)].join('\n') + scene.join('\n'), canonOf(canonText), enUS), enUS],
    ];
    for (const [name, ahead, spelling] of refused) {
      assert.equal(usePrejudged(parse(text), canonOf(canonText), spelling, ahead), false, name);
    }
  });
});
