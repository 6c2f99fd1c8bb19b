/**
 * Works across files: the workspace's works indexed in the background after `initialized` (never
 * delaying `initialize` or the first diagnostics), watched, and answered by `fic/works` and
 * `fic/characters`. The client is told (`fic/worksChanged`) when a file is added, changed or removed.
 */
import { DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, ResponseError } from 'vscode-languageserver';
import { characterStats } from '../core/work/characters';
import type { WorkSummary } from '../core/work/work';
import { CharactersRequest, WorksChangedNotification, WorksRequest, type Work } from '../protocol';
import type { Feature } from './context';
import { pathToUri, uriToPath, type WorkIndex } from './workIndex';

/** A work as the protocol sends it: URIs for paths. */
export function workToProtocol(work: WorkSummary): Work {
  return {
    ...work,
    id: pathToUri(work.id),
    folder: pathToUri(work.folder),
    workFile: work.workFile ? pathToUri(work.workFile) : undefined,
    chapters: work.chapters.map(({ file, headerTitle: _, scenes, ...c }) => ({ ...c, uri: pathToUri(file), ...(scenes ? { scenes: [...scenes] } : {}) })),
  };
}

export function worksFeature(index: WorkIndex): Feature {
  return {
    register(ctx) {
      const { connection } = ctx;
      index.onChanged(() => void connection.sendNotification(WorksChangedNotification.method).catch(() => undefined));
      ctx.onDidOpen((uri) => index.openedOrClosed(uri, false));
      ctx.onDidClose((document) => index.openedOrClosed(document.uri, true));
      ctx.onDidChangeWatchedFiles((changes) => {
        for (const change of changes) index.fileChanged(change.uri, change.type === FileChangeType.Deleted);
      });

      connection.onRequest(
        WorksRequest.method,
        ctx.request(async (params: WorksRequest.Params | null | undefined): Promise<WorksRequest.Result> => {
          await index.ready();
          const works = index.works();
          const uri = params?.textDocument?.uri;
          const file = typeof uri === 'string' ? uriToPath(uri) : undefined;
          const work = file ? works.findIndex((w) => w.chapters.some((c) => c.file === file)) : -1;
          const current = work >= 0 ? { work, chapter: works[work]!.chapters.findIndex((c) => c.file === file) } : undefined;
          return { works: works.map(workToProtocol), current };
        }),
      );

      connection.onRequest(
        CharactersRequest.method,
        ctx.request(async (params: CharactersRequest.Params | null | undefined): Promise<CharactersRequest.Result> => {
          if (typeof params?.work !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'fic/characters: expected { work }');
          await index.ready();
          const id = uriToPath(params.work);
          const work = index.works().find((w) => w.id === id);
          if (!work) return { chapters: [] };
          const canon = ctx.env().canon;
          return {
            chapters: work.chapters.map((c) => {
              const model = ctx.fic(pathToUri(c.file))?.model() ?? index.parseClosed(c.file);
              return { uri: pathToUri(c.file), title: c.title, characters: model ? characterStats(model, canon) : [] };
            }),
          };
        }),
      );
    },

    async initialized(ctx) {
      await new Promise<void>((resolve) => setImmediate(resolve)); // after the first requests of the open fic
      index.trusted = (ctx.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
      await index.load();
      if (ctx.clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        try {
          await ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.fic' }, { globPattern: '**/*.ficwork' }] });
        } catch (e) {
          ctx.connection.console.warn(`Fic: could not watch chapter files (${String(e)}); changes to closed chapters are picked up on restart.`);
        }
      }
    },
  };
}
