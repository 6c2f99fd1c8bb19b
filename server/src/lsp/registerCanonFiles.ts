/**
 * The workspace canon: canon files found and read after `initialized`, watched, re-read when an open
 * canon document changes or closes, and re-scanned when the settings change (see `CanonStore`).
 */
import { warmEnglish } from '../core/canon/english';
import type { CanonStore } from './canonStore';
import type { Feature } from './context';

export function canonFilesFeature(store: CanonStore): Feature {
  return {
    register(ctx) {
      const { connection } = ctx;
      // Background work must never reject unobserved: that would end the server process.
      const safely = (work: Promise<unknown>) => void work.catch((e) => connection.console.error(`Fic canon: ${String(e?.stack ?? e)}`));
      ctx.onDidChangeContent((doc) => store.documentChanged(doc.uri, doc.languageId));
      ctx.onDidClose((doc) => safely(store.documentClosed(doc.uri, doc.languageId)));
      ctx.onSettingsChanged(() => store.isLoaded && safely(store.load()));
      ctx.onDidChangeWatchedFiles((changes) =>
        safely((async () => {
          for (const change of changes) await store.fileChanged(change.uri, change.type);
        })()),
      );
    },

    async initialized(ctx) {
      // Heavy start-up work runs here, after `initialized`: the English lists, then the canon files.
      await new Promise<void>((resolve) => setImmediate(resolve));
      // The lists load here (read from `english.dat` beside the bundle), not in the first lints.
      warmEnglish();
      // `initializationOptions.trusted` is `false` in an untrusted workspace (the client sends it).
      store.trusted = (ctx.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
      try {
        await store.load();
      } catch (e) {
        // Whatever could be read is in; pulls waiting for the canon must not wait forever.
        ctx.connection.console.error(`Fic canon: ${String((e as Error)?.stack ?? e)}`);
        ctx.setCanon(ctx.env().canon);
      }
      await store.watch();
    },
  };
}
