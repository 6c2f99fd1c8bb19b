/** A small two-chapter fic with a header, notes (block and inline) and a letter scene break, hand-modelled. */
import { at, between, model } from './helpers';

export const ficText = [
  'The Long Way Round', // title
  'Hermione/Ron, Drabble', // tags
  'Fandom: Harry Potter',
  'Summary: A short walk home.',
  '',
  'A/N: For the rain prompt.',
  '',
  'Chapter 1: Rain',
  '',
  "She didn't mind the rain (A/N: she did) as much as he'd thought.",
  '',
  'xXx',
  '',
  '"We\'re nearly there," Ron said.',
  '',
  'Chapter 2',
  '',
  'The kettle sang.',
  '',
  'A/N: Thanks for reading!',
  '',
].join('\n');

export function ficModel() {
  const t = ficText;
  return model(t, {
    header: {
      span: between(t, 'The Long', 'walk home.'),
      title: at(t, 'The Long Way Round'),
      tags: at(t, 'Hermione/Ron, Drabble'),
      fields: [
        { name: 'fandom', line: 'Fandom: Harry Potter' },
        { name: 'summary', line: 'Summary: A short walk home.' },
      ],
    },
    notes: [
      { span: at(t, 'A/N: For the rain prompt.'), position: 'top' },
      { span: at(t, '(A/N: she did)'), inline: true },
      { span: at(t, 'A/N: Thanks for reading!\n'), position: 'end' },
    ],
    headings: ['Chapter 1: Rain', 'Chapter 2'],
    storyEnd: at(t, 'A/N: Thanks').start,
    breaks: ['xXx'],
    scenes: [
      { span: between(t, "She didn't", 'thought.\n\n'), chapter: 0 },
      { span: between(t, '"We\'re', 'said.\n\n'), chapter: 0 },
      { span: between(t, 'The kettle', 'sang.\n\n'), chapter: 1 },
    ],
  });
}
