/**
 * `fic export --to ao3|ffn FILE...`: per chapter, the HTML a site's posting form takes (core/export), and
 * every problem as `file:line:col: severity code message`. Files go next to the fic (`FIC.ao3/`) or into
 * `--out`; `--json` prints the work instead of writing anything.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from '../core/parse/parse';
import { exportForAo3, type ExportProblem } from '../core/export/ao3';
import { exportForFfn } from '../core/export/ffn';
import type { CliOptions } from './args';
import { readTextFile } from './files';
import { LineIndex } from './positions';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the export; returns the exit status (0 fine, 1 a posting limit broken, 2 a file error). */
export function exportCommand(options: CliOptions, io: Io): number {
  let status = 0;
  const works: unknown[] = [];
  for (const file of options.files) {
    const read = readTextFile(file);
    if (!read.ok) {
      io.err(`fic: ${read.error}\n`);
      status = 2;
      continue;
    }
    for (const note of read.notes) io.err(`fic: note: ${note}\n`);
    const model = parse(read.text);
    const lines = new LineIndex(read.text);
    const report = (problems: readonly ExportProblem[]) => {
      for (const p of problems) {
        const at = lines.position(p.start);
        io.err(`${file}:${at.line}:${at.column}: ${p.severity} ${p.code} ${p.message}\n`);
        if (p.severity === 'error' && status === 0) status = 1;
      }
    };
    const dir = options.out ?? join(dirname(file), `${basename(file).replace(/\.[^.]*$/, '')}.${options.to}`);
    const name = (k: number) => `${String(k + 1).padStart(2, '0')}.html`;
    try {
      if (options.to === 'ffn') {
        const { chapters, problems } = exportForFfn(model);
        report(problems);
        if (options.json) works.push({ file, chapters });
        else {
          mkdirSync(dir, { recursive: true });
          chapters.forEach((c, k) => writeFileSync(join(dir, name(k)), c.html));
          io.out(`${file}: ${chapters.length} chapter${chapters.length === 1 ? '' : 's'} → ${dir}/\n`);
        }
        continue;
      }
      const { work, problems } = exportForAo3(model, { breaks: options.breaks });
      report(problems);
      if (options.json) works.push(options.files.length > 1 ? { file, ...work } : work);
      else {
        mkdirSync(dir, { recursive: true });
        work.chapters.forEach((c, k) => writeFileSync(join(dir, name(k)), c.body));
        writeFileSync(join(dir, 'work.json'), JSON.stringify(work, null, 2) + '\n');
        const words = work.chapters.reduce((n, c) => n + c.words, 0);
        io.out(`${file}: ${work.chapters.length} chapter${work.chapters.length === 1 ? '' : 's'}, ${words.toLocaleString('en-US')} words → ${dir}/\n`);
      }
    } catch (error) {
      io.err(`fic: ${dir}: ${error instanceof Error ? error.message : String(error)}\n`);
      status = 2;
    }
  }
  if (options.json) io.out(JSON.stringify(works.length === 1 ? works[0] : works, null, 2) + '\n');
  return status;
}
