/** package.json highlighting contributions agree with the server legend and the grammar. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { semanticTokenTypes } from '../../src/core/features/semanticTokens';

const root = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes as {
  grammars: { language: string; scopeName: string; path: string }[];
  semanticTokenTypes: { id: string; superType?: string }[];
  semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
};

test('manifest: every legend type is declared with a superType, in the same order', () => {
  assert.deepEqual(contributes.semanticTokenTypes.map((t) => t.id), [...semanticTokenTypes]);
  for (const t of contributes.semanticTokenTypes) assert.ok(t.superType, `${t.id} has a superType`);
});

test('manifest: every type maps to TextMate scopes the grammar itself uses', () => {
  const grammar = contributes.grammars.find((g) => g.language === 'fic');
  assert.ok(grammar);
  assert.equal(grammar.scopeName, 'text.fic');
  const grammarText = readFileSync(resolve(root, grammar.path), 'utf8');
  assert.equal(JSON.parse(grammarText).scopeName, 'text.fic');
  const scopes = contributes.semanticTokenScopes.find((s) => s.language === 'fic')?.scopes;
  assert.ok(scopes);
  for (const type of semanticTokenTypes) {
    assert.ok(scopes[type]?.length, `${type} has scopes`);
    // `character` comes only from the server (the grammar cannot know canon names).
    if (type !== 'character') assert.ok(grammarText.includes(scopes[type][0]), `${scopes[type][0]} is in the grammar`);
  }
});

test('manifest: the language configuration file exists', () => {
  const fic = (manifest.contributes.languages as { id: string; configuration?: string }[]).find((l) => l.id === 'fic');
  assert.ok(fic?.configuration && existsSync(resolve(root, fic.configuration)));
});
