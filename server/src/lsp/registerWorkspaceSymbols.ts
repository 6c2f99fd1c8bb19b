/**
 * `workspace/symbol`: the characters of the canon whose names match the query, each with its mentions
 * across the workspace's chapter files (header mentions included), so *Go to Symbol in Workspace*
 * (Ctrl+T) lists where a character appears. Bounded: a few characters, a few hundred mentions each.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findMentions } from '../core/work/mentions';
import { nameWords, wordKey } from '../core/canon/canonIndex';
import type { Feature } from './context';
import { pathToUri, type WorkIndex } from './workIndex';

const maxCharacters = 20;
const maxMentionsEach = 300;

export function workspaceSymbolsFeature(index: WorkIndex): Feature {
  return {
    capabilities: () => ({ workspaceSymbolProvider: true }),

    register(ctx) {
      ctx.connection.onWorkspaceSymbol(
        ctx.request(async (params): Promise<SymbolInformation[]> => {
          const query = String(params.query ?? '').trim().toLowerCase().slice(0, 100);
          if (!query) return [];
          await index.ready();
          await ctx.canonLoaded();
          const canon = ctx.env().canon;
          const entries = canon.allEntries().filter((e) => !e.term && e.name.toLowerCase().includes(query)).slice(0, maxCharacters);
          const out: SymbolInformation[] = [];
          if (entries.length === 0) return [];
          // Chapter titles from one assembly of the works; each chapter file read once.
          const titles = new Map(index.works().flatMap((w) => w.chapters.map((c) => [c.file, c.title] as const)));
          const files = index.chapterFiles().map((file) => ({ uri: pathToUri(file), text: index.text(file), title: titles.get(file) ?? file.slice(file.lastIndexOf('/') + 1) }));
          const isOther = (w: string) => canon.word(wordKey(w)) !== undefined;
          for (const entry of entries) {
            if (entry.source.startsWith('file:') && entry.line >= 0) {
              out.push({ name: entry.name, kind: SymbolKind.Class, containerName: 'canon', location: { uri: entry.source, range: { start: { line: entry.line, character: 0 }, end: { line: entry.line, character: entry.name.length } } } });
            }
            let left = maxMentionsEach;
            for (const { uri, text, title } of files) {
              if (text === undefined || left <= 0) continue;
              let doc: TextDocument | undefined;
              for (const word of new Set(nameWords(entry.name))) {
                for (const m of findMentions(text, word, isOther)) {
                  if (left-- <= 0) break;
                  doc ??= ctx.fic(uri)?.document ?? TextDocument.create(uri, 'fic', 0, text);
                  out.push({ name: entry.name, kind: SymbolKind.Variable, containerName: title, location: { uri, range: { start: doc.positionAt(m.start), end: doc.positionAt(m.nameEnd) } } });
                }
              }
            }
          }
          return out;
        }),
      );
    },
  };
}
