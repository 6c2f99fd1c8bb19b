/**
 * `fic/wordCount`: AO3 word counts of a document and the requested ranges; its chapters and scenes when
 * asked (`sections`), since the status bar asks after every edit and needs only the totals.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { countChapters, type SectionCount } from '../core/count/wordCounts';
import { countMentions } from '../core/count/mentions';
import { WordCountRequest } from '../protocol';
import type { Feature } from './context';
import { toRange } from './convert';

function section(document: TextDocument, s: SectionCount): WordCountRequest.Section {
  return { name: s.name, range: toRange(document, s.start, s.end), words: s.words };
}

const isPosition = (p: unknown): boolean => {
  const q = p as { line?: unknown; character?: unknown } | null;
  return typeof q === 'object' && q !== null && Number.isInteger(q.line) && Number.isInteger(q.character);
};

/** `params` checked for shape before any work: a malformed request is the client's error, not ours. */
function checked(params: unknown): WordCountRequest.Params {
  const p = params as Partial<WordCountRequest.Params> | null | undefined;
  const wrong = (what: string) => new ResponseError(ErrorCodes.InvalidParams, `fic/wordCount: ${what}`);
  if (typeof p !== 'object' || p === null || typeof p.textDocument?.uri !== 'string') throw wrong('expected { textDocument: { uri } }');
  if (p.ranges !== undefined && p.ranges !== null) {
    if (!Array.isArray(p.ranges) || !p.ranges.every((r) => typeof r === 'object' && r !== null && isPosition(r.start) && isPosition(r.end))) {
      throw wrong('ranges must be a list of { start, end } positions');
    }
  }
  return p as WordCountRequest.Params;
}

export function wordCountFeature(): Feature {
  return {
    register(ctx) {
      ctx.connection.onRequest(
        WordCountRequest.method,
        ctx.request((raw: unknown): WordCountRequest.Result | null => {
          const params = checked(raw);
          const fic = ctx.fic(params.textDocument.uri);
          if (!fic) return null;
          const { document } = fic;
          const counts = fic.counts(params.ranges?.map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) })));
          return {
            story: counts.story,
            notes: counts.notes,
            header: counts.header,
            headings: counts.headings,
            total: counts.total,
            selections: counts.selections ? [...counts.selections] : undefined,
            chapters: params.sections !== true ? undefined : countChapters(fic.model()).map((c) => ({ ...section(document, c), scenes: c.scenes.map((s) => section(document, s)) })),
            mentions: params.mentions === true ? countMentions(fic.model(), ctx.env().canon, fic.canonNames()).map((m) => ({ ...m, chapters: [...m.chapters] })) : undefined,
            target: counts.target?.goal,
            targetExact: counts.target?.exact,
          };
        }),
      );
    },
  };
}
