/** `fic/exportAo3`: the open fic as AO3's posting form takes it, for the client's copy and preview commands. */
import { exportForAo3 } from '../core/export/ao3';
import { ExportAo3Request } from '../protocol';
import type { Feature } from './context';
import { toRange } from './convert';

export const exportFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(ExportAo3Request.method, (params: ExportAo3Request.Params): ExportAo3Request.Result | null => {
      const analysis = ctx.analysis(params.textDocument.uri);
      if (!analysis) return null;
      const { document, model } = analysis;
      const { work, problems } = exportForAo3(model, { breaks: params.breaks === 'hr' ? 'hr' : 'glyph' });
      const offset = params.position ? document.offsetAt(params.position) : 0;
      let chapter = 0;
      model.chapters.forEach((c, k) => {
        if (c.start <= offset) chapter = k;
      });
      return {
        work,
        chapter: Math.min(chapter, work.chapters.length - 1),
        problems: problems.map((p) => ({ range: toRange(document, p.start, p.end), severity: p.severity, code: p.code, message: p.message })),
      };
    });
  },
};
