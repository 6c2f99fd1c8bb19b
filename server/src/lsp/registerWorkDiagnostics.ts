/**
 * Workspace diagnostics (LSP 3.17 `workspace/diagnostic`): the diagnostics of closed chapter files and of
 * work files, so the Problems panel shows the whole work. VS Code asks again about every two seconds;
 * a file unchanged since the client's last report (same file read, same canon and settings) is answered
 * `unchanged` without parsing it. Open chapters are reported by the document pull, as the client prefers.
 */
import { LSPErrorCodes, ResponseError, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLints } from '../core/features/diagnostics';
import { workFileLints } from '../core/work/work';
import { parse } from '../core/parse/parse';
import type { Feature } from './context';
import { toDiagnostic } from './convert';
import { pathToUri, type WorkIndex } from './workIndex';

export function workDiagnosticsFeature(index: WorkIndex): Feature {
  /** Bumped when the canon or the settings change: every report is stale then. */
  let envGeneration = 0;
  return {
    register(ctx) {
      ctx.onCanonChanged(() => envGeneration++);
      ctx.onSettingsChanged(() => envGeneration++);
      ctx.connection.languages.diagnostics.onWorkspace(
        ctx.request(async (params, token) => {
          await index.ready();
          await ctx.canonLoaded();
          const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
          const items: WorkspaceDocumentDiagnosticReport[] = [];
          for (const { file, generation } of index.closedChapters()) {
            if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
            const uri = pathToUri(file);
            const resultId = `${generation}.${envGeneration}`;
            if (previous.get(uri) === resultId) {
              items.push({ kind: 'unchanged', uri, version: null, resultId });
              continue;
            }
            const text = index.text(file);
            if (text === undefined) continue; // gone since: the watcher's event updates the index
            const doc = TextDocument.create(uri, 'fic', 0, text);
            items.push({ kind: 'full', uri, version: null, resultId, items: getLints(parse(text), ctx.env()).map((l) => toDiagnostic(doc, l)) });
            await new Promise<void>((resolve) => setImmediate(resolve)); // other requests go first
          }
          for (const { file, workFile, missing, generation } of index.workFileReports()) {
            const uri = pathToUri(file);
            const resultId = `w${generation}.${missing.length}`;
            if (previous.get(uri) === resultId) {
              items.push({ kind: 'unchanged', uri, version: null, resultId });
              continue;
            }
            const doc = TextDocument.create(uri, 'fic-work', 0, index.text(file) ?? '');
            items.push({ kind: 'full', uri, version: null, resultId, items: workFileLints(workFile, missing).map((l) => toDiagnostic(doc, l)) });
          }
          return { items };
        }),
      );
    },
  };
}
