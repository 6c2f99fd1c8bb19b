/**
 * The document store under one-character edits at 500k words: the stock `TextDocument.update`
 * against `FicDocument`, each with and without building the full text after the edit (as an analysis must).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FicDocument } from '../src/lsp/documents';
import { quantile } from './util';

export interface StoreTiming {
  name: string;
  p50: number;
  p95: number;
}

function run(name: string, text: string, edits: number, make: () => TextDocument, update: (d: TextDocument, c: any, v: number) => void, readText: boolean): StoreTiming {
  const doc = make();
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const pos = doc.positionAt(((i * 7919) % edits) * Math.floor(text.length / edits));
    const t = performance.now();
    update(doc, [{ range: { start: pos, end: pos }, text: 'e' }], i + 2);
    if (readText) doc.getText().charCodeAt(0);
    times.push(performance.now() - t);
  }
  return { name, p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** Per-edit cost of each store on `text`. */
export function measureDocuments(text: string, edits: number): StoreTiming[] {
  const stock = () => TextDocument.create('file:///a.fic', 'fic', 1, text);
  const fic = () => new FicDocument('file:///a.fic', 'fic', 1, text);
  const stockUpdate = (d: TextDocument, c: any, v: number) => void TextDocument.update(d, c, v);
  const ficUpdate = (d: TextDocument, c: any, v: number) => (d as FicDocument).update(c, v);
  return [
    run('stock TextDocument.update', text, edits, stock, stockUpdate, false),
    run('FicDocument.update', text, edits, fic, ficUpdate, false),
    run('stock update + getText()', text, edits, stock, stockUpdate, true),
    run('FicDocument update + getText()', text, edits, fic, ficUpdate, true),
  ];
}
