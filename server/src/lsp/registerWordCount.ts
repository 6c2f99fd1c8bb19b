/**
 * `fic/wordCount`: AO3 word counts of a document and the requested ranges; its chapters and scenes when
 * asked (`sections`), since the status bar asks after every edit and needs only the totals.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { countChapters, getWordTotals, type SectionCount } from '../core/count/wordCounts';
import { getHintSummary } from '../core/features/hintSummary';
import { WordCountRequest } from '../protocol';
import type { Feature } from './context';
import { toRange } from './convert';

function section(document: TextDocument, s: SectionCount): WordCountRequest.Section {
  return { name: s.name, range: toRange(document, s.start, s.end), words: s.words };
}

export const wordCountFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(WordCountRequest.method, (params: WordCountRequest.Params): WordCountRequest.Result | null => {
      const analysis = ctx.analysis(params.textDocument.uri);
      if (!analysis) return null;
      const { document, model } = analysis;
      const ranges = params.ranges?.map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) }));
      const counts = getWordTotals(model, ranges, ctx.env().target);
      const hints = params.sections === true ? getHintSummary(model, ctx.env()) : undefined;
      return {
        story: counts.story,
        notes: counts.notes,
        header: counts.header,
        headings: counts.headings,
        total: counts.total,
        selections: counts.selections ? [...counts.selections] : undefined,
        chapters: params.sections !== true ? undefined : countChapters(model).map((c, i) => ({ ...section(document, c), ...(hints ? { hints: hints[i] } : {}), scenes: c.scenes.map((s) => section(document, s)) })),
        target: counts.target?.goal,
        targetExact: counts.target?.exact,
      };
    });
  },
};
