/**
 * Pure text for works: the status bar's work part (`Ch 3/12 · 4,210 words · work 58,300`), the per-chapter
 * table of its tooltip, and the characters table of the work view. No `vscode` import (unit-tested).
 */
import type { CharactersRequest, Work } from '../../../server/src/protocol';
import { formatNumber } from '../format';

/** Where the open chapter stands in its work, as last asked (`fic/works`). */
export interface WorkPlace {
  work: Work;
  /** Index of the open chapter in `work.chapters`. */
  chapter: number;
}

/**
 * The work's story total with the open chapter counted as it is now: the other chapters as last
 * indexed, plus this chapter's live count. No request per keystroke beyond the chapter's own count.
 */
export function liveWorkStory(place: WorkPlace, chapterStory: number): number {
  const indexed = place.work.chapters[place.chapter]?.story ?? 0;
  return place.work.story - indexed + chapterStory;
}

/** `Ch 3/12 · {chapterText} · work 58,300` (or `work 58,300/60,000` with a work target). */
export function workStatusText(place: WorkPlace, chapterText: string, chapterStory: number): string {
  const total = liveWorkStory(place, chapterStory);
  const target = place.work.target ? `/${formatNumber(place.work.target)}` : '';
  return `Ch ${place.chapter + 1}/${place.work.chapters.length} · ${chapterText} · work ${formatNumber(total)}${target}`;
}

function cell(text: string): string {
  return text.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** The tooltip's per-chapter table (Markdown), the open chapter in bold. */
export function workTooltip(place: WorkPlace, chapterStory: number): string {
  const { work } = place;
  const rows = work.chapters.map((c, i) => {
    const words = i === place.chapter ? chapterStory : c.story;
    const title = `${i + 1}. ${cell(c.title)}${c.error ? ` — ${cell(c.error)}` : ''}`;
    return i === place.chapter ? `| **${title}** | **${formatNumber(words)}** |` : `| ${title} | ${formatNumber(words)} |`;
  });
  const total = liveWorkStory(place, chapterStory);
  return [
    `**${cell(work.title)}** — ${work.chapters.length} chapters`,
    '',
    '| Chapter | Words |',
    '|:--|--:|',
    ...rows,
    `| **Work** | **${formatNumber(total)}${work.target ? ` of ${formatNumber(work.target)}` : ''}** |`,
  ].join('\n');
}

/** A table of characters × chapters (Markdown): mentions, and attributed lines of dialogue in brackets. */
export function charactersTable(result: CharactersRequest.Result, maxCharacters = 12): string {
  const totals = new Map<string, { mentions: number; lines: number }>();
  for (const ch of result.chapters) {
    for (const c of ch.characters) {
      const t = totals.get(c.name) ?? { mentions: 0, lines: 0 };
      t.mentions += c.mentions;
      t.lines += c.lines;
      totals.set(c.name, t);
    }
  }
  const names = [...totals].sort((a, b) => b[1].mentions - a[1].mentions || a[0].localeCompare(b[0])).slice(0, maxCharacters).map(([n]) => n);
  if (names.length === 0) return 'No canon characters mentioned yet.';
  const header = `| Chapter | ${names.map(cell).join(' | ')} |`;
  const rule = `|:--|${names.map(() => '--:').join('|')}|`;
  const rows = result.chapters.map((ch, i) => {
    const by = new Map(ch.characters.map((c) => [c.name, c]));
    return `| ${i + 1}. ${cell(ch.title)} | ${names.map((n) => { const c = by.get(n); return c ? `${c.mentions} (${c.lines})` : '0'; }).join(' | ')} |`;
  });
  const total = `| **Work** | ${names.map((n) => `**${totals.get(n)!.mentions} (${totals.get(n)!.lines})**`).join(' | ')} |`;
  return ['Mentions (lines of dialogue a tag gives them)', '', header, rule, ...rows, total].join('\n');
}
