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

test('random edits through the document store: every conversion equals toDiagnostic, and the result id moves iff the list changed', async () => {
  const { FicDocument } = await import('../../src/lsp/documents');
  const { parse } = await import('../../src/core/parse/parse');
  const { getLints } = await import('../../src/core/features/diagnostics');
  const { envOf } = await import('../canon/helpers');
  const env = envOf('Rukia\nRenji\nIchigo\n');
  const pieces = ['Rukai ran.', 'Renjii and Ichgo.', '"Wait,', 'she said."', 'rain', '\n', '\n\n', '\r\n', ' ', 'x', '"', "'"];
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
  let text = 'Rukai met Renjii.\n\n"Hi, she said.\n\nIchgo laughed.\r\nThe end.\n';
  const doc = new FicDocument('file:///r.fic', 'fic', 1, text);
  const c = new DiagnosticConverter();
  let previous = c.convert(doc, getLints(parse(text), env));
  let id = c.resultId;
  for (let version = 2; version < 400; version++) {
    // Offsets as positions can express them (never between a CR and its LF).
    const start = doc.offsetAt(doc.positionAt(random(text.length + 1)));
    const end = Math.max(start, doc.offsetAt(doc.positionAt(Math.min(text.length, start + (random(4) === 0 ? random(12) : 0)))));
    const insert = random(3) === 0 ? '' : pieces[random(pieces.length)]!;
    doc.update([{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert }], version);
    text = text.slice(0, start) + insert + text.slice(end);
    assert.equal(doc.getText(), text);
    const lints = getLints(parse(text), env);
    const now = c.convert(doc, lints);
    const reference = TextDocument.create('file:///r.fic', 'fic', version, text);
    assert.deepEqual(now, lints.map((l) => toDiagnostic(reference, l)), `version ${version}: ${JSON.stringify(text)}`);
    const same = now.length === previous.length && now.every((d, i) => JSON.stringify(d) === JSON.stringify(previous[i]));
    assert.equal(c.resultId === id, same, `version ${version}: result id kept iff nothing changed`);
    previous = now;
    id = c.resultId;
  }
});
