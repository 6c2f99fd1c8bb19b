/** Hover on a canon name: what the canon says about it and which file lists it. */
import type { Hover } from 'vscode-languageserver';
import { getCanonHover } from '../core/features/canonHover';
import type { Feature } from './context';
import { toRange } from './convert';

export function hoverFeature(): Feature {
  return {
    capabilities: () => ({ hoverProvider: true }),
    register(ctx) {
      ctx.connection.onHover(
        ctx.request(({ textDocument, position }): Hover | null => {
          const fic = ctx.fic(textDocument.uri);
          if (!fic) return null;
          const { document } = fic;
          const hover = getCanonHover(fic.model(), document.offsetAt(position), ctx.env().canon);
          return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: toRange(document, hover.start, hover.end) } : null;
        }),
      );
    },
  };
}
