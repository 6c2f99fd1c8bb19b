/**
 * Chapters and scenes (sections.ts) take each run of prose paragraphs in one step. They must be what a
 * walk over every paragraph gives: the reference below is that walk, compared on random sequences of
 * paragraph kinds, notes of every position and headings, and on real text through `parse`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AuthorNote, Heading, Paragraph, ParagraphKind } from '../../src/core/model';
import { buildSections } from '../../src/core/parse/sections';
import { parse } from '../../src/core/parse/parse';

/** The definition, one paragraph at a time. */
function reference(paragraphs: readonly Paragraph[], headings: readonly Heading[], notes: readonly AuthorNote[]) {
  const chapters: { start: number; end: number; heading?: Heading }[] = [];
  const scenes: { start: number; end: number; chapter: number }[] = [];
  let chapter: (typeof chapters)[number] | undefined;
  let scene: (typeof scenes)[number] | undefined;
  for (const p of paragraphs) {
    if (p.kind !== 'prose') scene = undefined;
    if (p.kind === 'title' || p.kind === 'tags' || p.kind === 'field') continue;
    if (p.kind === 'note') {
      const owner = notes.find((n) => n.start <= p.start && p.end <= n.end);
      if (chapter && owner && owner.position !== 'end') chapter.end = p.end;
      continue;
    }
    if (p.kind === 'heading') {
      chapter = { start: p.start, end: p.end, heading: headings.find((h) => h.start >= p.start) };
      chapters.push(chapter);
      continue;
    }
    if (!chapter) chapters.push((chapter = { start: p.start, end: p.end }));
    chapter.end = p.end;
    if (p.kind !== 'prose') continue;
    if (scene) scene.end = p.end;
    else scenes.push((scene = { start: p.start, end: p.end, chapter: chapters.length - 1 }));
  }
  return { chapters, scenes };
}

const kinds: ParagraphKind[] = ['prose', 'prose', 'prose', 'heading', 'break', 'note', 'title', 'tags', 'field'];
const positions = ['top', 'body', 'end'] as const;

test('buildSections: the same chapters and scenes as a walk over every paragraph', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: kinds.length - 1 }), fc.integer({ min: 0, max: 2 })), { maxLength: 60 }), (rows) => {
      const paragraphs: Paragraph[] = [];
      const headings: Heading[] = [];
      const notes: AuthorNote[] = [];
      const others: number[] = [];
      let at = 0;
      for (const [k, pos] of rows) {
        const kind = kinds[k]!;
        const p = { start: at, end: at + 5, kind };
        at += 7;
        if (kind !== 'prose') others.push(paragraphs.length);
        paragraphs.push(p);
        if (kind === 'heading') headings.push({ start: p.start, end: p.end, kind: 'chapter', title: '' });
        if (kind === 'note') {
          const last = notes[notes.length - 1];
          // A note paragraph right after another joins its note, else opens one.
          if (last && paragraphs[paragraphs.length - 2]?.kind === 'note' && pos !== 2) (last as { end: number }).end = p.end;
          else notes.push({ start: p.start, end: p.end, inline: false, position: positions[pos]!, label: { start: p.start, end: p.start + 3 } });
        }
      }
      assert.deepEqual(buildSections(paragraphs, headings, notes, others), reference(paragraphs, headings, notes));
    }),
    { numRuns: 2000 },
  );
});

test('buildSections over parsed fics: header, top and end notes, chapters, breaks, story before the first heading', () => {
  const texts = [
    'Title\n\nA/N: hi\n\nStory starts.\n\nChapter 1\n\nOne.\n\n* * *\n\nTwo.\nThree.\n\nChapter 2: Rain\n\nFour.\n\nA/N: thanks for reading\n\nMore note.',
    'Just a drabble.\n\nIn two paragraphs.',
    'Prologue\nStraight into it.\n\n***\n\nChapter 1\n\n(A/N: a note)\n\nStory.\n\nA/N: end\n\nChapter 2\n\nLast.',
    '',
    '* * *',
  ];
  for (const text of texts) {
    const m = parse(text);
    const expected = reference(m.paragraphs, m.headings, m.notes.filter((n) => !n.inline));
    assert.deepEqual({ chapters: m.chapters, scenes: m.scenes }, expected, JSON.stringify(text));
  }
});
