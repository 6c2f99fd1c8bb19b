/**
 * The word being typed is not judged until the writer leaves it or pauses (`typedWord.ts`): keystroke by
 * keystroke, what `OpenFic.diagnostics({ holdTyped })` reports right after the key, and after the pause.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FicDocument } from '../../src/lsp/documents';
import { OpenFic } from '../../src/lsp/openFic';
import { typingPauseMs } from '../../src/lsp/typedWord';
import { envOf } from '../canon/helpers';

const env = envOf('Rukia\nRenji\nIchigo\n');
const base = 'Rukai ran to the gate.\n\nThe rain fell.\n\n"Wait, she said.\n\nHe left.\n';

type Step = { at: string; insert?: string; del?: number } | { end: number; insert?: string; del?: number };

interface Case {
  name: string;
  /** Keystrokes (or pastes), each a change of its own; `end`: at the end of line `end`. */
  steps: Step[];
  /** Diagnostics right after the last step (holding), as `code@line:start-end`. */
  now: string[];
  /** After the pause (and without holding): every lint. */
  paused: string[];
}

const before = ['canon.misspelled-name@0:0-5', 'dialogue.unclosed-quote@4:0-1'];
const keys = (line: number, text: string): Step[] => [...text].map((ch) => ({ end: line, insert: ch }));

const cases: Case[] = [
  { name: 'nothing typed', steps: [], now: before, paused: before },
  { name: 'a half-typed name at the end of a line', steps: keys(6, ' Ichig'), now: before, paused: [...before, 'canon.misspelled-name@6:9-14'] },
  { name: 'the name finished: nothing to hold', steps: keys(6, ' Ichigo'), now: before, paused: before },
  { name: 'a misspelling left by a space: judged at once', steps: keys(6, ' Ichgo '), now: [...before, 'canon.misspelled-name@6:9-14'], paused: [...before, 'canon.misspelled-name@6:9-14'] },
  { name: 'a misspelling left by a full stop: judged at once', steps: keys(2, ' Ichgo.'), now: ['canon.misspelled-name@0:0-5', 'canon.misspelled-name@2:15-20', 'dialogue.unclosed-quote@4:0-1'], paused: ['canon.misspelled-name@0:0-5', 'canon.misspelled-name@2:15-20', 'dialogue.unclosed-quote@4:0-1'] },
  { name: 'a misspelling pasted: judged at once', steps: [{ end: 6, insert: ' Ichgo' }], now: [...before, 'canon.misspelled-name@6:9-14'], paused: [...before, 'canon.misspelled-name@6:9-14'] },
  { name: 'a letter typed inside a word: judged at once', steps: [...keys(6, ' Ichigo'), { at: 'chigo', insert: 'x' }], now: [...before, 'canon.misspelled-name@6:9-16'], paused: [...before, 'canon.misspelled-name@6:9-16'] },
  { name: 'a letter typed at the end of a flagged word: held while typed', steps: [{ at: ' ran', insert: 'a' }], now: ['dialogue.unclosed-quote@4:0-1'], paused: ['canon.misspelled-name@0:0-6', 'dialogue.unclosed-quote@4:0-1'] },
  { name: 'a backspace at the end of a word', steps: [...keys(6, ' Ichigo'), { end: 6, del: 1 }], now: before, paused: [...before, 'canon.misspelled-name@6:9-14'] },
  { name: 'a backspace that leaves a space: the word before is left', steps: [...keys(6, ' Ichgo x'), { end: 6, del: 1 }], now: [...before, 'canon.misspelled-name@6:9-14'], paused: [...before, 'canon.misspelled-name@6:9-14'] },
  { name: 'speech being typed: its open quote is not judged yet', steps: keys(6, ' "Go'), now: before, paused: [...before, 'dialogue.unclosed-quote@6:9-10'] },
  { name: 'speech being typed, a space and a comma after a word: its open quote is still not judged', steps: keys(6, ' "Go on, '), now: before, paused: [...before, 'dialogue.unclosed-quote@6:9-10'] },
  { name: 'speech left open by a new paragraph: judged at once', steps: keys(6, ' "Go\n'), now: [...before, 'dialogue.unclosed-quote@6:9-10'], paused: [...before, 'dialogue.unclosed-quote@6:9-10'] },
  { name: 'speech closed', steps: keys(6, ' "Go"'), now: before, paused: before },
  { name: 'typing elsewhere on the line of an open quote: the quote is judged', steps: [{ at: 'Wait', insert: 'x' }], now: before, paused: before },
  { name: 'typing at the end of the line of an open quote', steps: keys(4, ' Oh'), now: ['canon.misspelled-name@0:0-5'], paused: before },
  { name: 'a word in another script', steps: keys(6, ' Ичиг'), now: before, paused: before },
];

function summary(items: { code?: unknown; range: { start: { line: number; character: number }; end: { character: number } } }[]): string[] {
  return items.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);
}

for (const c of cases) {
  test(`typed word: ${c.name}`, () => {
    const doc = new FicDocument('file:///t.fic', 'fic', 1, base);
    const fic = new OpenFic(doc, () => env);
    let version = 1;
    for (const step of c.steps) {
      const text = doc.getText();
      let offset: number;
      if ('at' in step) offset = text.indexOf(step.at);
      else offset = doc.offsetAt({ line: step.end, character: Number.MAX_SAFE_INTEGER });
      assert.ok(offset >= 0, c.name);
      const start = doc.positionAt(offset - (step.del ?? 0));
      doc.update([{ range: { start, end: doc.positionAt(offset) }, text: step.insert ?? '' }], ++version);
      fic.diagnostics({ holdTyped: true, now: doc.editedAt }); // asked after every key, as a client does
    }
    const now = doc.editedAt || Date.now();
    assert.deepEqual(summary(fic.diagnostics({ holdTyped: true, now }).items), c.now, 'right after the last key');
    const held = fic.diagnostics({ holdTyped: true, now }).heldUntil;
    assert.equal(held !== undefined, c.now.length !== c.paused.length, 'heldUntil is set exactly when something is held');
    if (held !== undefined) assert.equal(held, doc.editedAt + typingPauseMs);
    assert.deepEqual(summary(fic.diagnostics({ holdTyped: true, now: now + typingPauseMs }).items), c.paused, 'after the pause');
    assert.deepEqual(summary(fic.diagnostics().items), c.paused, 'without holding');
  });
}

test('typed word: the result id stays the same while only the word being typed changes', () => {
  const doc = new FicDocument('file:///t.fic', 'fic', 1, base);
  const fic = new OpenFic(doc, () => env);
  const first = fic.diagnostics({ holdTyped: true }).resultId;
  let version = 1;
  for (const ch of ' Ichigx') {
    const end = doc.offsetAt({ line: 6, character: 99 });
    doc.update([{ range: { start: doc.positionAt(end), end: doc.positionAt(end) }, text: ch }], ++version);
    assert.equal(fic.diagnostics({ holdTyped: true, now: doc.editedAt }).resultId, first, `after ${JSON.stringify(ch)}`);
  }
  assert.notEqual(fic.diagnostics({ holdTyped: true, now: doc.editedAt + typingPauseMs }).resultId, first, 'after the pause: the typo is out');
});
