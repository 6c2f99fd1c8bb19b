/**
 * Pure text for the status bar item and the stats view. No `vscode` import, so unit tests run
 * these under plain Node.
 */
import type { WordCountRequest } from '../../server/src/protocol';

type Result = WordCountRequest.Result;

/** `12,345` in every locale, so the status bar reads the same for every writer (and every test). */
export function formatNumber(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function words(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'word' : 'words'}`;
}

/**
 * The status bar text: the selection's count when text is selected (`12 of 666 words`), the target's
 * progress when the story has one (`98/100 words`), else the story count (`666 words`).
 */
export function statusText(result: Result, selectionWords?: number): string {
  if (selectionWords !== undefined) return `${formatNumber(selectionWords)} of ${words(result.story)}`;
  if (result.target !== undefined && result.target > 0) return `${formatNumber(result.story)}/${words(result.target)}`;
  return words(result.story);
}

/** The status bar tooltip (Markdown): the breakdown, the target and the selection. */
export function statusTooltip(result: Result, selectionWords?: number): string {
  const lines = [
    '**Fic Writer — AO3 word count**',
    '',
    '| | Words |',
    '|:--|--:|',
    `| Story | ${formatNumber(result.story)} |`,
    `| Author's notes | ${formatNumber(result.notes)} |`,
    `| Header | ${formatNumber(result.header)} |`,
    ...(result.headings ? [`| Chapter headings | ${formatNumber(result.headings)} |`] : []),
    `| Total | ${formatNumber(result.total)} |`,
  ];
  if (selectionWords !== undefined) lines.push(`| Selection | ${formatNumber(selectionWords)} |`);
  if (result.target !== undefined && result.target > 0) {
    lines.push('', targetLine(result.story, result.target, result.targetExact ?? false));
  }
  lines.push('', 'Click for the stats: chapters, scenes, names and progress.');
  return lines.join('\n');
}

/**
 * `Target 100: 2 words to go`, `Target 100: 3 words over` (an exact target: a drabble),
 * `Target 5,000: reached (12 words past it)`, `Target 100: exactly on target`.
 */
export function targetLine(story: number, target: number, exact = true): string {
  const diff = target - story;
  const head = `Target ${formatNumber(target)}`;
  if (diff === 0) return `${head}: exactly on target.`;
  if (diff > 0) return `${head}: ${words(diff)} to go.`;
  return exact ? `${head}: ${words(-diff)} over.` : `${head}: reached (${words(-diff)} past it).`;
}
