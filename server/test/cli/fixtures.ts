/** Fic texts for the CLI tests (written for this project). */

export const roof = [
  'The Quiet Roof', // 1
  'Renji/Rukia, One-shot', // 2
  'Fandom: Bleach', // 3
  'Rating: General Audiences', // 4
  'Summary: Two old friends share a rooftop after a long day.', // 5
  '', // 6
  'A/N: A short piece for a prompt.', // 7
  'Thanks for reading!', // 8
  '', // 9
  'Rukia climbed the ladder slowly. "You are late," Renji said from the far edge.', // 10
  '', // 11
  '"I had paperwork," she answered. \'He never waits for anyone,\' she thought.', // 12
  '', // 13
  '***', // 14
  '', // 15
  'The wind picked up as Rukai sat beside him. *Idiot,* she thought, but she smiled anyway.', // 16
  '', // 17
  'A/N: Reviews are welcome.', // 18
  'Have a good week.', // 19
  '',
].join('\n');
/** roof's AO3 counts, by hand: story 14 + 12 + 16. */
export const roofCounts = { story: 42, notes: 20, header: 22, headings: 0, total: 84 };

/** Byakuya is canon only through names.canon; `Byakuay` is a transposition of it. */
export const garden = ['The garden was quiet when Byakuay came home.', ''].join('\n');

export const canonFile = ['# test canon', 'Byakuya Kuchiki', 'Rukia Kuchiki', 'Renji Abarai', ''].join('\n');

export const drabble = ['Snow', 'Byakuya/Hisana, Drabble', '', 'The snow fell on the empty garden all night.', ''].join('\n');

export const chapters = [
  'Two Chapters',
  'Fandom: Bleach',
  '',
  'Chapter 1: The Gate',
  '',
  'Byakuya waited at the gate. The morning was cold.',
  '',
  'Chapter 2: The Garden',
  '',
  'The garden was quiet at last.',
  '',
].join('\n');

export const unclosed = ['She turned. "Wait for me, she said.', '', 'Nobody answered.', ''].join('\n');
