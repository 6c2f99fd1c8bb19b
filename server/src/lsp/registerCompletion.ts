/** Completion of canon names and terms at the cursor: in fics, and in `.canon` files (names the canon already has). */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { getCanonCompletions } from '../core/features/canonCompletion';
import { getCanonFileCompletions } from '../core/features/canonFileFeatures';
import { isCanonDocument } from './documents';
import type { Feature } from './context';
import { toRange } from './convert';

export function completionFeature(): Feature {
  return {
    capabilities: () => ({ completionProvider: { resolveProvider: false } }),
    register(ctx) {
      ctx.connection.onCompletion(
        ctx.request(({ textDocument, position }): CompletionItem[] => {
          const open = ctx.document(textDocument.uri);
          if (open && isCanonDocument(open.uri, open.languageId)) {
            return getCanonFileCompletions(open.getText(), open.offsetAt(position), ctx.env().canon).map((c) => ({
              label: c.label,
              kind: CompletionItemKind.Reference,
              detail: c.detail,
              textEdit: { range: toRange(open, c.start, c.end), newText: c.label },
            }));
          }
          const fic = ctx.fic(textDocument.uri);
          if (!fic) return [];
          const { document } = fic;
          return getCanonCompletions(fic.model(), document.offsetAt(position), ctx.env().canon).map((c, i) => ({
            label: c.label,
            kind: c.kind === 'term' ? CompletionItemKind.Text : CompletionItemKind.Reference,
            detail: c.detail,
            filterText: c.filterText,
            sortText: String(i).padStart(4, '0'),
            textEdit: { range: toRange(document, c.start, c.end), newText: c.label },
          }));
        }),
      );
    },
  };
}
