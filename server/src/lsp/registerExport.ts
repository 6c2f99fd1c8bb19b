/** `fic/exportAo3`: the open fic as AO3's posting form takes it, for the client's copy and preview commands. */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { exportForAo3 } from '../core/export/ao3';
import { ExportAo3Request } from '../protocol';
import type { Feature } from './context';
import { toRange } from './convert';

/** `params` checked for shape before any work: a malformed request is the client's error, not ours. */
function checked(params: unknown): ExportAo3Request.Params {
  const p = params as Partial<ExportAo3Request.Params> | null | undefined;
  if (typeof p !== 'object' || p === null || typeof p.textDocument?.uri !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'fic/exportAo3: expected { textDocument: { uri } }');
  }
  const pos = p.position as { line?: unknown; character?: unknown } | undefined;
  if (pos !== undefined && pos !== null && !(Number.isInteger(pos.line) && Number.isInteger(pos.character))) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'fic/exportAo3: position must be { line, character }');
  }
  return p as ExportAo3Request.Params;
}

export function exportFeature(): Feature {
  return {
    register(ctx) {
      ctx.connection.onRequest(
        ExportAo3Request.method,
        ctx.request((raw: unknown): ExportAo3Request.Result | null => {
          const params = checked(raw);
          const fic = ctx.fic(params.textDocument.uri);
          if (!fic) return null;
          const { document } = fic;
          const model = fic.model();
          const { work, problems } = exportForAo3(model, { breaks: params.breaks === 'hr' ? 'hr' : 'glyph' });
          const offset = params.position ? document.offsetAt(params.position) : 0;
          let chapter = 0;
          model.chapters.forEach((c, k) => {
            if (c.start <= offset) chapter = k;
          });
          return {
            work,
            chapter: Math.max(0, Math.min(chapter, work.chapters.length - 1)),
            problems: problems.map((p) => ({ range: toRange(document, p.start, p.end), severity: p.severity, code: p.code, message: p.message })),
          };
        }),
      );
    },
  };
}
