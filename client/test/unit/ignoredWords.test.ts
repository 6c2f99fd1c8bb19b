import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IgnoredWords, type Memento } from '../../src/ignoredWords';

/** An in-memory `vscode.Memento` (VS Code's keeps the same across reloads: the state itself is what persists). */
class MapMemento implements Memento {
  readonly map = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.map.keys()];
  }
  get<T>(key: string): T | undefined {
    return this.map.get(key) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.map.delete(key);
    else this.map.set(key, JSON.parse(JSON.stringify(value)));
  }
}

const a = 'file:///w/Fics/one.fic';
const b = 'file:///w/Fics/two.fic';

test('ignored words are kept per file, lowercased, once, and survive a new instance over the same state', async () => {
  const state = new MapMemento();
  const first = new IgnoredWords(state);
  assert.deepEqual(await first.add(a, 'Zorp'), ['zorp']);
  assert.deepEqual(await first.add(a, 'zorp'), ['zorp']);
  assert.deepEqual(await first.add(a, 'blee'), ['blee', 'zorp']);
  await first.add(b, 'other');
  const reloaded = new IgnoredWords(state); // a window reload: a new extension host, the same workspace state
  assert.deepEqual(reloaded.words(a), ['blee', 'zorp']);
  assert.deepEqual(reloaded.words(b), ['other']);
  assert.deepEqual(reloaded.words('file:///w/Fics/three.fic'), []);
});

test('no word, a spaced or overlong one, is not kept', async () => {
  const words = new IgnoredWords(new MapMemento());
  for (const bad of ['', 'two words', 'x'.repeat(101), 'line\nbreak']) assert.deepEqual(await words.add(a, bad), [], JSON.stringify(bad.slice(0, 20)));
});

test('clear forgets a file’s words and says how many', async () => {
  const words = new IgnoredWords(new MapMemento());
  await words.add(a, 'zorp');
  await words.add(a, 'blee');
  await words.add(b, 'other');
  assert.equal(await words.clear(a), 2);
  assert.deepEqual(words.words(a), []);
  assert.deepEqual(words.words(b), ['other']);
  assert.equal(await words.clear(a), 0);
});

test('a renamed file, or a renamed folder, keeps its fics’ words', async () => {
  const words = new IgnoredWords(new MapMemento());
  await words.add(a, 'zorp');
  await words.add(b, 'other');
  await words.add('file:///w/Fics-old.fic', 'kept');
  await words.rename(a, 'file:///w/Fics/uno.fic');
  assert.deepEqual(words.words(a), []);
  assert.deepEqual(words.words('file:///w/Fics/uno.fic'), ['zorp']);
  await words.rename('file:///w/Fics', 'file:///w/Drafts');
  assert.deepEqual(words.words('file:///w/Drafts/uno.fic'), ['zorp']);
  assert.deepEqual(words.words('file:///w/Drafts/two.fic'), ['other']);
  assert.deepEqual(words.words('file:///w/Fics-old.fic'), ['kept'], 'a sibling whose name only starts the same is not moved');
});

test('a corrupt stored value reads as no words', () => {
  const state = new MapMemento();
  state.map.set(`fic.ignoredWords:${a}`, 'not a list');
  assert.deepEqual(new IgnoredWords(state).words(a), []);
  state.map.set(`fic.ignoredWords:${a}`, ['ok', 3, null]);
  assert.deepEqual(new IgnoredWords(state).words(a), ['ok']);
});
