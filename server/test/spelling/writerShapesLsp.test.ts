/**
 * The writer-shaped fixtures (writerShapes.test.ts) over a real connection to the bundled server, canon
 * entries from the fixture's `.canon` given as `fic.canon.words`: with one canon slip planted the server
 * reports exactly that slip (so the canon is in), and the edit that mends it (the incremental check)
 * leaves no canon or spelling diagnostic, as `fic check` finds on the same text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer } from '../lsp/harness';

const dir = join(__dirname, '../fixtures/prose');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const shown = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => /^(canon|spelling)\./.test(String(d.code)));

/**
 * [fixture, English variant, the passage, the same with a canon slip, the slip]. The slipped name is one the
 * header does not declare: the header's names are known before the canon files and settings are read,
 * so only the workspace canon's names show that it is in.
 */
const cases: [string, 'en-US' | 'en-GB', string, string, string][] = [
  ['overclocked', 'en-US', 'Biscuit, unrepentant, was asleep', 'Bisuit, unrepentant, was asleep', 'Bisuit'],
  ['tidewake', 'en-US', 'a huge, gentle Kethari named Brother Olumide', 'a huge, gentle Kethari named Brother Olumdie', 'Olumdie'],
  ['larkmoor', 'en-GB', 'a wedding breakfast at Larkmoor', 'a wedding breakfast at Larkmor', 'Larkmor'],
  ['sidekick', 'en-US', 'The elevator at Meridian Tower', 'The elevator at Meridain Tower', 'Meridain'],
];

for (const [name, language, clean, typo, word] of cases) {
  test(`over LSP: ${name}.fic reports only its planted slip, and nothing once it is mended`, async () => {
    const words = read(`${name}.canon`).split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
    const server = await startServer({ settings: { canon: { words, files: [] }, spelling: { language } } });
    const uri = `file:///shapes/${name}.fic`;
    try {
      const text = read(`${name}.fic`);
      const planted = text.replace(clean, typo);
      server.open(uri, planted);
      const first = await server.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'canon.misspelled-name'));
      assert.deepEqual(shown(first).map((d) => `${d.code} ${planted.split(/\r?\n/)[d.range.start.line].slice(d.range.start.character, d.range.end.character)}`), [`canon.misspelled-name ${word}`]);
      const at = planted.indexOf(typo) + typo.indexOf(word);
      const before = planted.slice(0, at);
      const line = before.split('\n').length - 1;
      const character = at - (before.lastIndexOf('\n') + 1);
      const fixedWord = clean.slice(typo.indexOf(word), typo.indexOf(word) + word.length + (clean.length - typo.length));
      server.change(uri, 2, [{ range: { start: { line, character }, end: { line, character: character + word.length } }, text: fixedWord }]);
      // A pull answers for the version the change made (a publish still queued may be an older one's).
      const after = (await server.pull(uri)) as { items?: { code?: string | number }[] };
      assert.deepEqual((after.items ?? []).filter((d) => /^(canon|spelling)\./.test(String(d.code))).map((d) => d.code), []);
    } finally {
      await server.stop();
    }
  });
}
