/** Document symbols: the outline of title, chapters, scenes and notes, each with its word count. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getDocumentSymbols, type FicSymbol, type FicSymbolKind } from '../core/features/documentSymbols';
import type { Feature } from './context';
import { toRange } from './convert';
import { isCanonDocument } from './documents';
import { getCanonFileSymbols } from '../core/features/canonFileFeatures';

/** The outline of a `.canon` document: one symbol per entry. */
function canonFileOutline(document: TextDocument): DocumentSymbol[] {
  return getCanonFileSymbols(document.getText()).map((s) => ({
    name: s.name,
    detail: s.detail,
    kind: s.kind === 'term' ? SymbolKind.Constant : SymbolKind.Variable,
    range: toRange(document, s.start, s.end),
    selectionRange: toRange(document, s.selectionStart, s.selectionEnd),
  }));
}

const kinds: Record<FicSymbolKind, SymbolKind> = {
  title: SymbolKind.File,
  chapter: SymbolKind.Module,
  scene: SymbolKind.String,
  note: SymbolKind.Event,
};

function toSymbol(document: TextDocument, s: FicSymbol): DocumentSymbol {
  return {
    name: s.name,
    detail: s.detail,
    kind: kinds[s.kind],
    range: toRange(document, s.start, s.end),
    selectionRange: toRange(document, s.selectionStart, s.selectionEnd),
    children: s.children.map((c) => toSymbol(document, c)),
  };
}

export function symbolsFeature(): Feature {
  return {
    capabilities: () => ({ documentSymbolProvider: { label: 'Fic' } }),
    register(ctx) {
      ctx.connection.onDocumentSymbol(
        ctx.request((params): DocumentSymbol[] => {
          const open = ctx.document(params.textDocument.uri);
          if (open && isCanonDocument(open.uri, open.languageId)) return canonFileOutline(open);
          const fic = ctx.fic(params.textDocument.uri);
          if (!fic) return [];
          return getDocumentSymbols(fic.model()).map((s) => toSymbol(fic.document, s));
        }),
      );
    },
  };
}
