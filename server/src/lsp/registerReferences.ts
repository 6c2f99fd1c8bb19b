/**
 * `textDocument/references` on a canon name: its mentions in every chapter file of the workspace (story,
 * notes, header fields; possessives and plurals), and with the declaration, its canon file entries.
 */
import type { Location } from 'vscode-languageserver';
import type { Feature } from './context';
import { mentionsEverywhere, nameAt } from './characterMentions';
import type { WorkIndex } from './workIndex';

export function referencesFeature(index: WorkIndex): Feature {
  return {
    capabilities: () => ({ referencesProvider: true }),

    register(ctx) {
      ctx.connection.onReferences(
        ctx.request(async (params): Promise<Location[] | null> => {
          const fic = ctx.fic(params.textDocument.uri);
          if (!fic) return null;
          await ctx.canonLoaded();
          const at = nameAt(fic.model(), fic.document.offsetAt(params.position), ctx.env().canon);
          if (!at) return null;
          await index.ready();
          const out: Location[] = [];
          if (params.context.includeDeclaration) {
            for (const entry of at.entries) {
              if (!entry.source.startsWith('file:') || entry.line < 0) continue;
              out.push({ uri: entry.source, range: { start: { line: entry.line, character: 0 }, end: { line: entry.line, character: entry.name.length } } });
            }
          }
          for (const file of mentionsEverywhere(ctx, index, fic, at)) {
            for (const m of file.mentions) out.push({ uri: file.uri, range: file.range(m.start, m.nameEnd) });
          }
          return out;
        }),
      );
    },
  };
}
