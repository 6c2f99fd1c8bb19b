/**
 * Outline and folding against the number of chapters, over LSP: a fic of many short chapters (about 23
 * characters each, as in a list of drabbles) at N and 2N chapters; `documentSymbol` and `foldingRange`
 * timed on the bundled server. Linear work doubles with the chapters; anything worse grows faster.
 */
import { pathToFileURL } from 'node:url';
import { startServer } from '../test/lsp/harness';

export interface ScalingRow {
  chapters: number;
  chars: number;
  symbolsMs: number;
  foldingMs: number;
}

export interface Scaling {
  rows: ScalingRow[];
  symbolsGrowth: number;
  foldingGrowth: number;
}

/** `n` chapters of one short paragraph each. */
export function manyChapters(n: number): string {
  const parts: string[] = ['Many Small Things\n\n'];
  for (let i = 1; i <= n; i++) parts.push(`Chapter ${i}\n\nShe ran.\n\n`);
  return parts.join('');
}

/** Times both requests at `counts` chapters (the fastest of 5 each: the least disturbed by other jobs) on one server as shipped (`flags`). */
export async function chapterScaling(flags: readonly string[], counts = [12_000, 24_000], workspace: string): Promise<Scaling> {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = [saved ?? '', ...flags].join(' ').trim();
  const server = await startServer({ pull: true, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }] });
  if (saved === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = saved;
  const rows: ScalingRow[] = [];
  try {
    for (const n of counts) {
      const text = manyChapters(n);
      const uri = pathToFileURL(`${workspace}/chapters-${n}.fic`).href;
      server.open(uri, text);
      await server.pull(uri);
      const time = async (method: string) => {
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          await server.connection.sendRequest(method, { textDocument: { uri } });
          times.push(performance.now() - t);
        }
        return Math.min(...times);
      };
      rows.push({ chapters: n, chars: text.length, symbolsMs: await time('textDocument/documentSymbol'), foldingMs: await time('textDocument/foldingRange') });
      server.close(uri);
    }
  } finally {
    await server.stop();
  }
  const last = rows[rows.length - 1]!;
  const first = rows[0]!;
  const steps = Math.log2(last.chapters / first.chapters);
  return { rows, symbolsGrowth: (last.symbolsMs / first.symbolsMs) ** (1 / steps), foldingGrowth: (last.foldingMs / first.foldingMs) ** (1 / steps) };
}
