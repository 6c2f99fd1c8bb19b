/**
 * The `.canon` language: its TextMate grammar (names, aliases after `=`, comments) run through VS Code's
 * own engine, its outline and completion of existing names, and the manifest entries that wire them up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { getCanonFileCompletions, getCanonFileSymbols } from '../../src/core/features/canonFileFeatures';
import { canonOf } from './helpers';

const root = resolve(__dirname, '../../..');
const grammarPath = resolve(root, 'syntaxes/fic-canon.tmLanguage.json');

let grammar: Promise<textmate.IGrammar> | undefined;
function load(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(resolve(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).catch(() => undefined); // loaded once per process
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => (scope === 'source.fic-canon' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
    });
    return (await registry.loadGrammar('source.fic-canon'))!;
  })();
  return grammar;
}

/** `text:scope` for each token of `line` with a scope beyond the root. */
async function tokens(line: string): Promise<string[]> {
  const g = await load();
  const r = g.tokenizeLine(line, textmate.INITIAL);
  return r.tokens
    .map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]] as const)
    .filter(([text, scope]) => scope !== 'source.fic-canon' && text.trim())
    .map(([text, scope]) => `${text.trim()}:${scope.replace(/\.fic-canon$/, '')}`);
}

const lines: [string, string[]][] = [
  ['Rukia Kuchiki', ['Rukia Kuchiki:entity.name.character']],
  ['Hōgyoku = Hogyoku, Hougyoku', ['Hōgyoku:entity.name.character', '=:keyword.operator.alias', 'Hogyoku:variable.other.alias', ',:punctuation.separator.alias', 'Hougyoku:variable.other.alias']],
  ['bankai   # a term', ['bankai:entity.name.character', '# a term:comment.line.number-sign']],
  ['# Bleach', ['# Bleach:comment.line.number-sign']],
];

for (const [line, expected] of lines) test(`canon grammar: ${line}`, async () => assert.deepEqual(await tokens(line), expected));

test('the manifest wires the canon language: grammar, comment configuration', () => {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'fic-canon');
  assert.equal(JSON.parse(readFileSync(resolve(root, lang.configuration), 'utf8')).comments.lineComment, '#');
  assert.ok(pkg.contributes.grammars.some((g: { language: string; scopeName: string }) => g.language === 'fic-canon' && g.scopeName === 'source.fic-canon'));
});

test('canon outline: one symbol per entry, aliases as detail, terms marked; malformed lines left out', () => {
  const text = '# Bleach\nRukia Kuchiki\n\nHōgyoku = Hogyoku, Hougyoku\r\nbankai # term\nbad =\n';
  const symbols = getCanonFileSymbols(text);
  assert.deepEqual(
    symbols.map((s) => [s.name, s.detail, s.kind, text.slice(s.selectionStart, s.selectionEnd), text.slice(s.start, s.end)]),
    [
      ['Rukia Kuchiki', '', 'name', 'Rukia Kuchiki', 'Rukia Kuchiki'],
      ['Hōgyoku', '= Hogyoku, Hougyoku', 'name', 'Hōgyoku', 'Hōgyoku = Hogyoku, Hougyoku'],
      ['bankai', 'term', 'term', 'bankai', 'bankai # term'],
    ],
  );
});

test('canon completion: existing names and aliases by prefix, never in a comment', () => {
  const canon = canonOf('Rukia Kuchiki\nRenji Abarai\nHōgyoku = Hogyoku\n', 'file:///ws/a.canon', 'a.canon');
  const at = (text: string) => getCanonFileCompletions(text, text.length, canon).map((c) => `${c.label}@${c.start}`);
  assert.deepEqual(at('Ru'), ['Rukia Kuchiki@0']);
  assert.deepEqual(at('R'), ['Renji Abarai@0', 'Rukia Kuchiki@0']);
  assert.deepEqual(at('Byakuya = Ho'), ['Hogyoku@10'], 'an alias after =');
  assert.deepEqual(at('# Ru'), []);
  assert.deepEqual(at(''), []);
});
