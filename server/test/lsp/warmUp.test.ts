/**
 * The keystroke warm-up (lsp/warmUp.ts) types into a fic of its own through the real keystroke path:
 * it must type every key of its script, leave its fic exactly as a fresh analysis of the final text
 * reads it, and never touch the writer's fics. It also builds the canon's coined stems ahead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeystrokeWarmUp, warmUpText } from '../../src/lsp/warmUp';
import { parse } from '../../src/core/parse/parse';
import { getLints } from '../../src/core/features/diagnostics';
import { getWordTotals } from '../../src/core/count/wordCounts';
import { getSemanticTokens } from '../../src/core/features/semanticTokens';
import { findCanonNameBounds } from '../../src/core/features/canonNames';
import { isCanonCompoundPart } from '../../src/core/canon/compoundStems';
import { envOf } from '../canon/helpers';
import { startServer } from './harness';

const env = envOf('Anna\nKate = Kate Holloway\nWyrmfire\n');

test('the warm-up fic is a fic with a header, chapters, breaks and dialogue, in English', () => {
  const model = parse(warmUpText());
  assert.ok(model.header, 'a header');
  assert.equal(model.chapters.length, 5);
  assert.ok(model.quotes.length > 50, 'dialogue');
  assert.ok(model.notes.length >= 2, "author's notes");
  assert.ok(model.words.length / 2 > 1000 && model.words.length / 2 < 2000, `${model.words.length / 2} words`);
  // Made of common words: its own check has nothing to say about its spelling.
  assert.deepEqual(getLints(model, env).filter((l) => l.code.startsWith('spelling')), []);
});

test('the warm-up types its whole script through the incremental path, and ends where a fresh analysis does', () => {
  const warmUp = new KeystrokeWarmUp(() => env);
  let steps = 0;
  while (warmUp.step()) steps++;
  assert.ok(warmUp.typed >= 100, `${warmUp.typed} keys typed`);
  assert.equal(steps, warmUp.typed + 4);
  const text = warmUp.document.getText();
  assert.notEqual(text, warmUpText());
  assert.match(text, /"Come on," said Anna, and the door opened\./);
  assert.match(text, /She lifted the lamp and said/);
  const model = parse(text);
  // The model read through the document's buffer, equal to a fresh parse of its text in every span.
  const { source: _kept, ...incremental } = warmUp.fic.model();
  const { source: _fresh, ...fresh } = model;
  assert.deepEqual(incremental, fresh);
  assert.deepEqual(warmUp.fic.lints(), getLints(model, env));
  assert.deepEqual(Array.from(warmUp.fic.semanticTokens().data), getSemanticTokens(model, { names: findCanonNameBounds(model, env.canon) }));
  assert.deepEqual(warmUp.fic.counts(), getWordTotals(model, undefined, env.target));
  assert.equal(warmUp.step(), false, 'nothing left to do');
});

test("a document's overlay canon knows its base's coined stems and its own header's", () => {
  const overlay = env.canon.withNames([{ name: 'Glimmerzoth', aliases: [], source: 'header', sourceLabel: 'header', line: -1, term: false }]);
  assert.equal(isCanonCompoundPart(env.canon, 'wyrm'), true);
  assert.equal(isCanonCompoundPart(env.canon, 'wyrms'), true);
  assert.equal(isCanonCompoundPart(env.canon, 'zoth'), false);
  assert.equal(isCanonCompoundPart(overlay, 'wyrm'), true);
  assert.equal(isCanonCompoundPart(overlay, 'zoth'), true);
  assert.equal(isCanonCompoundPart(overlay, 'lamp'), false);
});

test('a server warms up after a fic opens, and the fic answers as before', async () => {
  const server = await startServer({ pull: true });
  try {
    const uri = 'file:///warm/a.fic';
    const text = 'Title: Ash\nFandom: Original Work\n\nChapter 1\n\nAnna walked the old bridge. "Cold," she said.\n\nKate teh lamp.\n';
    server.open(uri, text);
    const first = (await server.pull(uri)) as { items: { message: string }[] };
    // The warm-up runs in the next few hundred milliseconds; the fic's answers do not change.
    await new Promise((r) => setTimeout(r, 1500));
    const again = (await server.pull(uri)) as { kind: string; items?: { message: string }[] };
    assert.ok(again.kind === 'unchanged' || JSON.stringify(again.items) === JSON.stringify(first.items));
    assert.ok(first.items.some((d) => /teh/.test(d.message)));
  } finally {
    await server.stop();
  }
});
