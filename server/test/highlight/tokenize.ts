/**
 * Runs `syntaxes/fic.tmLanguage.json` through the engine VS Code itself uses (vscode-textmate on
 * vscode-oniguruma's WebAssembly build) and returns each token with its scope stack.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = resolve(__dirname, '../../..');
export const grammarPath = resolve(root, 'syntaxes/fic.tmLanguage.json');

export interface ScopedToken {
  readonly text: string;
  /** Offset of the token in the whole text. */
  readonly start: number;
  /** Scope stack, outermost first (`text.fic` first). */
  readonly scopes: readonly string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

/** Loads the grammar once per process. */
export function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(resolve(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'text.fic' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const grammar = await registry.loadGrammar('text.fic');
    if (!grammar) throw new Error('text.fic did not load');
    return grammar;
  })();
  return grammarPromise;
}

/** Tokenizes `text` line by line, carrying the rule stack across lines as VS Code does. */
export async function tokenize(text: string): Promise<ScopedToken[]> {
  const grammar = await loadGrammar();
  const out: ScopedToken[] = [];
  let stack = textmate.INITIAL;
  let lineStart = 0;
  for (const lineText of text.split('\n')) {
    const body = lineText.endsWith('\r') ? lineText.slice(0, -1) : lineText;
    const result = grammar.tokenizeLine(body, stack);
    for (const t of result.tokens) {
      const piece = body.slice(t.startIndex, Math.min(t.endIndex, body.length));
      if (piece.length > 0) out.push({ text: piece, start: lineStart + t.startIndex, scopes: t.scopes });
    }
    stack = result.ruleStack;
    lineStart += lineText.length + 1;
  }
  return out;
}

/**
 * The scope stack over the `nth` occurrence (default first) of `needle` in `text`; `a[[b]]c` finds
 * `abc` and looks at `b` only. Throws when the needle is split between tokens of different innermost
 * scopes, so a test names one scope per needle.
 */
export function scopesAt(text: string, tokens: readonly ScopedToken[], needle: string, nth = 0): string[] {
  // `a[[b]]c` finds `abc` and looks at `b` only.
  const marked = /^(.*)\[\[(.*)\]\](.*)$/s.exec(needle);
  const [before, inside, after] = marked ? [marked[1], marked[2], marked[3]] : ['', needle, ''];
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(before + inside + after, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not in fixture`);
  }
  at += before.length;
  needle = inside;
  const covering = tokens.filter((t) => t.start < at + needle.length && t.start + t.text.length > at);
  if (covering.length === 0) throw new Error(`no token over "${needle}"`);
  const inner = (t: ScopedToken) => t.scopes[t.scopes.length - 1];
  const odd = covering.find((t) => inner(t) !== inner(covering[0]));
  if (odd) throw new Error(`"${needle}" is split: "${covering[0].text}" is ${inner(covering[0])}, "${odd.text}" is ${inner(odd)}`);
  return [...covering[0].scopes];
}
