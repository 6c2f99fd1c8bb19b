/**
 * `count.target`: the story misses its word-count target. A drabble must be exact, so it is reported over
 * or under; any other target is a goal, reported only while the story is short of it. The message says when
 * AO3 will count a scene-break glyph with letters (`xXx`, `oOo`) as words, since writers rarely expect it.
 */
import type { FicModel } from '../model';
import { LintCode, type Lint } from '../lint';
import type { AnalysisEnv } from '../env';
import { breakGlyphWords } from '../count/wordCounts';
import { wordIndexOf } from '../count/wordIndex';
import { findTarget, type StoryTarget } from '../count/target';

/** `12,345`, the same in every locale. */
function num(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function words(n: number): string {
  return `${num(n)} ${n === 1 ? 'word' : 'words'}`;
}

/** ` AO3 will also count the scene break ‘xXx’ as 1 word (included above).`, or '' when no glyph counts. */
export function breakNote(model: FicModel): { text: string; words: number } {
  const glyphs = breakGlyphWords(model);
  if (glyphs.length === 0) return { text: '', words: 0 };
  const tally = new Map<string, number>();
  let total = 0;
  for (const g of glyphs) {
    tally.set(g.glyph, (tally.get(g.glyph) ?? 0) + 1);
    total += g.words;
  }
  const names = [...tally].map(([glyph, times]) => (times > 1 ? `‘${glyph}’ ×${times}` : `‘${glyph}’`));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  const noun = glyphs.length > 1 ? 'scene breaks' : 'scene break';
  return { text: ` AO3 will also count the ${noun} ${list} as ${words(total)} (included above).`, words: total };
}

/** The message for a story of `story` words against `target`, or undefined when the target is met. */
function missMessage(target: StoryTarget, story: number): string | undefined {
  const diff = story - target.goal;
  if (diff === 0 || (!target.exact && diff > 0)) return undefined;
  const subject = target.source === 'tag' ? `This ${target.label}` : 'The story';
  const setting = target.source === 'setting' ? ' (setting fic.wordCount.target)' : '';
  if (target.source === 'tag') {
    return diff > 0
      ? `${subject} has ${words(story)} — ${num(diff)} over ${num(target.goal)}.`
      : `${subject} has ${words(story)} — ${num(-diff)} short of ${num(target.goal)}.`;
  }
  const kind = target.exact ? 'exact target' : 'target';
  return diff > 0
    ? `${subject} has ${words(story)} — ${num(diff)} over its ${kind} of ${num(target.goal)}${setting}.`
    : `${subject} has ${words(story)} — ${num(-diff)} short of its ${kind} of ${num(target.goal)}${setting}.`;
}

/** `count.target` lints: the story against its target, or a `Target:` field with no number. */
export function validateTarget(model: FicModel, env: AnalysisEnv): Lint[] {
  const target = findTarget(model, env.target);
  if (!target) return [];
  if ('unreadable' in target) {
    return [
      {
        code: LintCode.Target,
        severity: 'information',
        start: target.start,
        end: target.end,
        message: 'This target has no number of words; write it like `Target: 5,000`.',
      },
    ];
  }
  const index = wordIndexOf(model);
  const story = (index.words.length >> 1) - index.excludedIn(0, model.source.length);
  const message = missMessage(target, story);
  if (!message) return [];
  const glyphs = breakNote(model);
  return [
    {
      code: LintCode.Target,
      severity: 'information',
      start: target.start,
      end: target.end,
      message: message + glyphs.text,
      data: { target: target.goal, exact: target.exact, words: story, breakWords: glyphs.words, source: target.source },
    },
  ];
}
