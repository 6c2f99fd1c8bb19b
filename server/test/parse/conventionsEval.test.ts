/**
 * Evaluation over annotated fics of our own, one per convention (`conventions/<style>.txt`): speech is
 * marked `⟦…⟧`, thoughts `⟨…⟩` and emphasis `⟪…⟫` (the marks are removed before parsing; spans
 * include their delimiters). Reports, per convention, speech recall (annotated speech characters the
 * parse marks as dialogue), narration marked as speech or thought, emphasis read as thought, and the
 * convention detected from the text alone (the `Language:` field is removed for that run).
 * Run alone to see the table: `node --import tsx --test server/test/parse/conventionsEval.test.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FicModel, QuoteKind } from '../../src/core/model';
import { parse } from '../../src/core/parse/parse';
import { assertWellFormed } from './helpers';

const dir = path.join(__dirname, 'conventions');
const marks: Record<string, [QuoteKind, boolean]> = {
  '⟦': ['dialogue', true], '⟧': ['dialogue', false],
  '⟨': ['thought', true], '⟩': ['thought', false],
  '⟪': ['emphasis', true], '⟫': ['emphasis', false],
};

interface Annotated {
  text: string;
  /** Per character of `text`: the annotated kind, or undefined for narration. */
  kinds: (QuoteKind | undefined)[];
}

/** The text without its marks, and the kind each character was annotated with. */
export function readAnnotated(raw: string): Annotated {
  let text = '';
  const kinds: (QuoteKind | undefined)[] = [];
  const stack: QuoteKind[] = [];
  for (const ch of raw) {
    const m = marks[ch];
    if (m) {
      if (m[1]) stack.push(m[0]);
      else stack.pop();
      continue;
    }
    for (let k = 0; k < ch.length; k++) kinds.push(stack[0]);
    text += ch;
  }
  return { text, kinds };
}

/** Per character, the kind the parse gave it (story only: the header and notes are left out by the parse). */
function parsedKinds(model: FicModel): (QuoteKind | undefined)[] {
  const out: (QuoteKind | undefined)[] = new Array(model.text.length).fill(undefined);
  for (const q of model.quotes) for (let i = q.start; i < q.end; i++) out[i] = q.kind;
  return out;
}

interface Score {
  speech: number;
  speechFound: number;
  narration: number;
  narrationMarked: number;
  emphasisAsThought: number;
  thoughts: number;
  thoughtsFound: number;
}

function score(a: Annotated, model: FicModel): Score {
  const got = parsedKinds(model);
  const s: Score = { speech: 0, speechFound: 0, narration: 0, narrationMarked: 0, emphasisAsThought: 0, thoughts: 0, thoughtsFound: 0 };
  for (let i = 0; i < a.text.length; i++) {
    if (/\s/.test(a.text[i]!)) continue;
    const want = a.kinds[i];
    const have = got[i];
    if (want === 'dialogue') {
      s.speech++;
      if (have === 'dialogue') s.speechFound++;
    } else if (want === 'thought') {
      s.thoughts++;
      if (have === 'thought') s.thoughtsFound++;
    } else if (want === 'emphasis') {
      if (have === 'thought') s.emphasisAsThought++;
    } else {
      s.narration++;
      if (have === 'dialogue' || have === 'thought') s.narrationMarked++;
    }
  }
  return s;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const rows: string[] = [];
let totalSpeech = 0;
let totalFound = 0;

for (const file of files) {
  const style = file.replace(/\.txt$/, '');
  test(`conventions eval: ${style}`, () => {
    const a = readAnnotated(readFileSync(path.join(dir, file), 'utf8'));
    const model = parse(a.text);
    assertWellFormed(model);
    const s = score(a, model);
    // Detection from the text alone: the same fic with its Language: field removed.
    const bare = parse(a.text.replace(/^Language:.*$/m, 'Rating: Teen'));
    const detected = bare.dialogue.style;
    totalSpeech += s.speech;
    totalFound += s.speechFound;
    const recall = s.speechFound / Math.max(1, s.speech);
    rows.push(
      `| ${style} | ${model.dialogue.style} (${model.dialogue.by}) | ${detected} | ${(recall * 100).toFixed(1)}% | ${s.thoughtsFound}/${s.thoughts} | ${s.narrationMarked}/${s.narration} | ${s.emphasisAsThought} |`,
    );
    assert.ok(recall >= 0.9, `${style}: speech recall ${(recall * 100).toFixed(1)}%`);
    assert.equal(s.emphasisAsThought, 0, `${style}: emphasis read as a thought`);
    assert.equal(s.narrationMarked, 0, `${style}: narration marked as speech or thought`);
    assert.equal(s.thoughtsFound, s.thoughts, `${style}: thoughts found`);
    assert.ok(model.header, `${style}: the header is found`);
    assert.equal(model.paragraphs.find((p) => p.kind === 'prose')!.start, a.text.indexOf('\n\n', model.header!.end - 1) + 2, `${style}: the header is exactly the header`);
    const family = (x: string) => (x === 'ru' ? 'es' : x === 'zh' ? 'en-US' : x);
    assert.equal(family(detected), family(style), `${style}: detected from the text alone`);
  });
}

test('conventions eval: overall speech recall, and the table', () => {
  const overall = totalFound / Math.max(1, totalSpeech);
  process.stdout.write(
    `\n| fixture | read as | detected (no Language:) | speech recall | thoughts | narration marked | emphasis as thought |\n| --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n` +
      `overall speech recall: ${(overall * 100).toFixed(1)}% (${totalFound}/${totalSpeech} characters)\n`,
  );
  assert.ok(overall >= 0.97);
});
