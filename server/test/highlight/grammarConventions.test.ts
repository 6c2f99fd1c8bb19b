/** The grammar's instant pass in every convention: «», „“, »«, 「」, 『』 and dash-opened speech are dialogue; narration is not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scopesAt, tokenize } from './tokenize';

const body = 'Chapter 1\n\n';
const has: [name: string, text: string, needle: string][] = [
  ['guillemets', `${body}« Bonjour », dit-il.`, 'Bonjour'],
  ['German low-high quotes', `${body}„Morgen“, sagte er.`, 'Morgen'],
  ['German chevrons', `${body}»Wirklich?«, fragte sie.`, 'Wirklich'],
  ['corner brackets', `${body}「遅い」と彼は言った。`, '遅い'],
  ['white corner brackets', `${body}『待て』と書いた。`, '待て'],
  ['a dash-opened line', `${body}—Hola —dijo ella.`, 'Hola'],
  ['a spaced dash line', `${body}— Привет, — сказал он.`, 'Привет'],
];
const hasNot: [name: string, text: string, needle: string][] = [
  ['after the guillemets', `${body}« Bonjour », dit-il.`, 'dit'],
  ['after the low-high quotes', `${body}„Morgen“, sagte er.`, 'sagte'],
  ['after the corner brackets', `${body}「遅い」と彼は言った。`, '彼は'],
  ['the incise after a dash', `${body}—Hola —dijo ella.`, 'dijo'],
  ['the spaced incise', `${body}— Привет, — сказал он.`, 'сказал'],
  ['a dash inside narration', `${body}The house — old and grey — waited.`, 'old'],
];

for (const [name, text, needle] of has) {
  test(`grammar conventions: ${name} are dialogue`, async () => {
    const scopes = scopesAt(text, await tokenize(text), needle);
    assert.ok(scopes.some((s) => s.startsWith('string.quoted')), `${needle}: ${scopes.join(' ')}`);
  });
}

for (const [name, text, needle] of hasNot) {
  test(`grammar conventions: ${name} is not dialogue`, async () => {
    const scopes = scopesAt(text, await tokenize(text), needle);
    assert.ok(!scopes.some((s) => s.startsWith('string.quoted')), `${needle}: ${scopes.join(' ')}`);
  });
}

test('grammar conventions: a file that opens with speech in any convention has no header', async () => {
  for (const text of [`« Bonjour », dit-il.\nFluff\n\nIl pleut.`, `„Morgen“, sagte er\nFluff\n\nEs schneit.`, `—Hola\nDrabble\n\nLlueve.`, `「遅い」と言った\nDrabble\n\n雪。`]) {
    for (const t of await tokenize(text)) {
      assert.ok(!t.scopes.some((s) => s.startsWith('meta.header') || s.includes('.title.')), `${t.text}: ${t.scopes.join(' ')}`);
    }
  }
});

test('manifest: [fic] defaults never box curly quotes, apostrophes or accented text as suspicious unicode', async () => {
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8'));
  const fic = manifest.contributes.configurationDefaults['[fic]'];
  for (const key of ['editor.unicodeHighlight.ambiguousCharacters', 'editor.unicodeHighlight.invisibleCharacters', 'editor.unicodeHighlight.nonBasicASCII']) {
    assert.equal(fic[key], false, key);
  }
  // Each part's first scope is of a family the stock themes colour differently (checked by eye in the
  // Dark+, Light+ and High Contrast screenshots: docs/images/screenshot*.png).
  const scopes = manifest.contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
  const family = (s: string) => s.split('.').slice(0, 3).join('.');
  const parts = ['dialogue', 'thought', 'emphasis', 'authorNote', 'heading', 'sceneBreak', 'character'];
  const families = parts.map((p) => family(scopes[p]![0]!));
  assert.equal(new Set(families).size, parts.length, families.join(' '));
});
