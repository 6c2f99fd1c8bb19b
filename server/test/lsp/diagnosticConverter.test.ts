/** DiagnosticConverter: equal diagnostics across versions are the same objects; changed ones are new. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticConverter } from '../../src/lsp/diagnosticConverter';
import { toDiagnostic } from '../../src/lsp/convert';
import type { Lint } from '../../src/core/lint';

const lint = (start: number, end: number, message: string, severity: Lint['severity'] = 'warning'): Lint => ({ code: 'canon.misspelled-name', severity, start, end, message });

test('diagnostics equal to the last publish are reused, others are made afresh, all equal to toDiagnostic', () => {
  const c = new DiagnosticConverter();
  const v1 = TextDocument.create('file:///a.fic', 'fic', 1, 'Rukai and Rukai.\nIchgo ran.\n');
  const lints1 = [lint(0, 5, 'A'), lint(10, 15, 'A'), lint(17, 22, 'B')];
  const first = c.convert(v1, lints1);
  assert.deepEqual(first, lints1.map((l) => toDiagnostic(v1, l)));
  // One letter typed on line 1 before the second `Rukai`: the first lint and the one on line 2 keep their ranges.
  const v2 = TextDocument.create('file:///a.fic', 'fic', 2, 'Rukai andx Rukai.\nIchgo ran.\n');
  const lints2 = [lint(0, 5, 'A'), { ...lints1[1]!, start: 11, end: 16 }, { ...lints1[2]!, start: 18, end: 23 }, lint(18, 23, 'C', 'hint')];
  const second = c.convert(v2, lints2);
  assert.deepEqual(second, lints2.map((l) => toDiagnostic(v2, l)));
  assert.equal(second[0], first[0], 'unchanged: same object');
  assert.notEqual(second[1], first[1], 'moved on its line: a new object');
  assert.equal(second[2], first[2], 'shifted in offsets, same line and character: same object');
  // A severity change is a change.
  const third = c.convert(v2, [{ ...lints2[0]!, severity: 'error' }]);
  assert.notEqual(third[0], second[0]);
  assert.equal(third[0]!.severity, 1);
});

test('with the document store, lints before an edit keep their diagnostics; every publish equals toDiagnostic', async () => {
  const { FicDocument } = await import('../../src/lsp/documents');
  const c = new DiagnosticConverter();
  const doc = new FicDocument('file:///a.fic', 'fic', 1, 'Rukai one.\nIchgo two.\nRenjj three.\n');
  const a = lint(0, 5, 'A');
  const b = lint(11, 16, 'B');
  const r = lint(22, 27, 'R');
  const first = c.convert(doc, [a, b, r]);
  // Type on line 2 (after `Ichgo`): line 1 is untouched; `Renjj` moves by one offset, same line and character.
  doc.update([{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } }, text: 'x' }], 2);
  const lints = [a, { ...b }, { ...r, start: 23, end: 28 }];
  const second = c.convert(doc, lints);
  assert.deepEqual(second, lints.map((l) => toDiagnostic(doc, l)));
  assert.equal(second[0], first[0]);
  assert.equal(second[1], first[1], 'equal by message and range');
  assert.equal(second[2], first[2]);
  // A line break typed at the very start moves every line: nothing before the edit, nothing reused.
  doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }], 3);
  const moved = lints.map((l) => ({ ...l, start: l.start + 1, end: l.end + 1 }));
  const third = c.convert(doc, [a, ...moved.slice(1)]);
  assert.deepEqual(third, [a, ...moved.slice(1)].map((l) => toDiagnostic(doc, l)), 'the same lint object after an edit before it is converted again');
  assert.notEqual(third[0], second[0]);
});
