/** Folding ranges: header, author's notes (kind `comment`), chapters and scenes (kind `region`). */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { getFoldingRanges } from '../core/features/foldingRanges';
import type { Feature } from './context';

export function foldingFeature(): Feature {
  return {
    capabilities: () => ({ foldingRangeProvider: true }),
    register(ctx) {
      ctx.connection.onFoldingRanges(
        ctx.request((params): FoldingRange[] => {
          const fic = ctx.fic(params.textDocument.uri);
          if (!fic) return [];
          const { document } = fic;
          const out: FoldingRange[] = [];
          for (const fold of getFoldingRanges(fic.model())) {
            const startLine = document.positionAt(fold.start).line;
            const endLine = document.positionAt(fold.end).line;
            // One-line parts do not fold, and an editor keeps one fold per start line: the outer one comes first.
            if (endLine <= startLine || out[out.length - 1]?.startLine === startLine) continue;
            const kind = fold.kind === 'comment' ? FoldingRangeKind.Comment : fold.kind === 'region' ? FoldingRangeKind.Region : undefined;
            out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
          }
          return out;
        }),
      );
    },
  };
}
