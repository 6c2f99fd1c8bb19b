/**
 * The `fic` command: `fic count` and `fic check` over core, for pre-commit hooks and scripts.
 * Returns the exit status instead of exiting, so tests call it in-process.
 */
import { relative, resolve } from 'node:path';
import { parse } from '../core/parse/parse';
import { getLints } from '../core/features/diagnostics';
import type { Lint, Severity } from '../core/lint';
import { commandUsage, parseArgs, usage, type CliOptions } from './args';
import { readTextFile } from './files';
import { countModel, countTable, sumCounts, type FileCounts } from './counts';
import { discoverCanonFiles } from './discover';
import { loadCanon, type CanonSource } from './canon';
import { LineIndex } from './positions';
import { exportCommand } from './exportCommand';
import { loadWorks, shown, workJson, type LoadedWorks } from './works';
import { workFileLints } from '../core/work/work';
import { statSync } from 'node:fs';
import { version } from '../../../package.json';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs `fic` with `argv` (no `node`, no script path); resolves to the exit status. */
export function runCli(argv: readonly string[], io: Io): number {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.out(parsed.command ? commandUsage[parsed.command] : usage);
      return EXIT_OK;
    case 'version':
      io.out(`fic ${version}\n`);
      return EXIT_OK;
    case 'error':
      io.err(`fic: ${parsed.message}\n`);
      return EXIT_USAGE;
    case 'run':
      if (parsed.options.command === 'export') return exportCommand(parsed.options, io);
      return parsed.options.command === 'count' ? count(parsed.options, io) : check(parsed.options, io);
  }
}

interface Loaded {
  file: string;
  text: string;
}

/** Reads every file, reporting failures and notes on stderr; `failed` says whether any could not be read. */
function readAll(files: readonly string[], io: Io): { loaded: Loaded[]; failed: boolean } {
  const loaded: Loaded[] = [];
  let failed = false;
  for (const file of files) {
    const result = readTextFile(file);
    if (!result.ok) {
      io.err(`fic: ${result.error}\n`);
      failed = true;
      continue;
    }
    for (const note of result.notes) io.err(`fic: note: ${note}\n`);
    loaded.push({ file, text: result.text });
  }
  return { loaded, failed };
}

/** Splits the arguments into folders (works) and files. */
function splitFolders(args: readonly string[]): { dirs: string[]; files: string[] } {
  const dirs: string[] = [];
  const files: string[] = [];
  for (const arg of args) {
    let dir = false;
    try {
      dir = arg !== '-' && statSync(arg).isDirectory();
    } catch {
      // not there: readTextFile says so
    }
    (dir ? dirs : files).push(arg);
  }
  return { dirs, files };
}

/** Loads the works under `dirs`, saying on stderr what could not be read; `failed` when anything could not. */
function readWorks(dirs: readonly string[], io: Io): { works: LoadedWorks | undefined; failed: boolean } {
  if (dirs.length === 0) return { works: undefined, failed: false };
  const works = loadWorks(dirs);
  for (const problem of works.problems) io.err(`fic: ${problem}\n`);
  if (works.works.length === 0) io.err(`fic: no chapter files (*.fic) under ${dirs.join(', ')}\n`);
  return { works, failed: works.problems.length > 0 || works.works.length === 0 };
}

function count(options: CliOptions, io: Io): number {
  const { dirs, files } = splitFolders(options.files);
  const { loaded, failed: readFailed } = readAll(files, io);
  const { works, failed: worksFailed } = readWorks(dirs, io);
  const rows: { file: string; counts: FileCounts }[] = loaded.map(({ file, text }) => ({
    file,
    counts: countModel(parse(text), options.target),
  }));
  if (options.json) {
    const json = {
      ...(files.length > 0 || !works ? { files: rows.map((r) => ({ file: r.file, ...r.counts })), total: sumCounts(rows.map((r) => r.counts)) } : {}),
      ...(works ? { works: works.works.map(workJson) } : {}),
    };
    io.out(JSON.stringify(json, null, 2) + '\n');
  } else {
    const out: string[] = [];
    if (rows.length > 0) out.push(countTable(rows));
    for (const work of works?.works ?? []) {
      const chapterRows = work.chapters.map((c) => ({ file: shown(c.file), counts: c as FileCounts }));
      out.push(`${work.title} (${shown(work.folder)}): ${work.chapters.length} ${work.chapters.length === 1 ? 'chapter' : 'chapters'}, ${work.story} words${work.target ? ` of ${work.target}` : ''}\n` + countTable(chapterRows, 'Work'));
    }
    if (out.length > 0) io.out(out.join('\n'));
  }
  return readFailed || worksFailed ? EXIT_USAGE : EXIT_OK;
}

interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  suggestions?: readonly string[];
}

function toFinding(file: string, lines: LineIndex, lint: Lint): Finding {
  const start = lines.position(lint.start);
  const end = lines.position(lint.end);
  return {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    severity: lint.severity,
    code: lint.code,
    message: lint.message,
    ...(lint.suggestions?.length ? { suggestions: lint.suggestions } : {}),
  };
}

function check(options: CliOptions, io: Io): number {
  // `fic check *.canon`: canon files named as files are checked as canon files (their own lints).
  const canonArgs = [...options.canon, ...options.files.filter((f) => f.endsWith('.canon'))];
  options = { ...options, canon: canonArgs, files: options.files.filter((f) => !f.endsWith('.canon')) };
  const canonPaths = new Set(options.canon.map((f) => resolve(f)));
  const canonSources: CanonSource[] = [];
  let failed = false;
  for (const file of options.canon) {
    const result = readTextFile(file);
    if (!result.ok) {
      io.err(`fic: canon file ${result.error}\n`);
      failed = true;
    } else canonSources.push({ file, text: result.text });
  }
  const { dirs, files } = splitFolders(options.files);
  const { loaded, failed: readFailed } = readAll(files, io);
  const { works, failed: worksFailed } = readWorks(dirs, io);
  failed ||= readFailed || worksFailed;
  for (const [file, { text }] of works?.chapters ?? []) loaded.push({ file: shown(file), text });
  if (options.discoverCanon && loaded.length > 0) {
    const discovery = discoverCanonFiles(loaded.map((l) => l.file));
    for (const warning of discovery.warnings) io.err(`fic: note: ${warning}\n`);
    for (const abs of discovery.files) {
      if (canonPaths.has(abs)) continue;
      canonPaths.add(abs);
      const result = readTextFile(abs);
      if (result.ok) canonSources.push({ file: relative(process.cwd(), abs) || abs, text: result.text });
      else io.err(`fic: note: skipped canon file ${result.error}\n`);
    }
  }
  const canon = loadCanon(canonSources, loaded.reduce((n, l) => n + l.text.length, 0));
  const env = {
    canon: canon.index,
    target: options.target,
    // The same English spelling check as the language server's (a header `Language:` still wins).
    spelling: { enabled: options.spelling !== false, language: options.language ?? ('en-US' as const) },
  };

  const findings: Finding[] = [];
  const canonLines = new Map<string, LineIndex>();
  for (const { file, text, lint } of canon.lints) {
    let lines = canonLines.get(file);
    if (!lines) canonLines.set(file, (lines = new LineIndex(text)));
    findings.push(toFinding(file, lines, lint));
  }
  for (const { file, text } of loaded) {
    const lines = new LineIndex(text);
    const model = works?.chapters.get(resolve(file))?.model ?? parse(text);
    for (const lint of getLints(model, env)) findings.push(toFinding(file, lines, lint));
  }
  for (const plan of works?.plans ?? []) {
    const workFile = plan.workFile ? works!.workFiles.get(plan.workFile) : undefined;
    if (!workFile) continue;
    const lines = new LineIndex(workFile.text);
    for (const lint of workFileLints(workFile.parsed, plan.missing)) findings.push(toFinding(shown(plan.workFile!), lines, lint));
  }

  const tally = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) tally[f.severity]++;
  if (options.json) {
    const workList = works ? { works: works.works.map((w) => ({ title: w.title, folder: shown(w.folder), chapters: w.chapters.map((c) => shown(c.file)) })) } : {};
    io.out(JSON.stringify({ files: loaded.map((l) => l.file), canonFiles: canonSources.map((c) => c.file), ...workList, findings, summary: tally }, null, 2) + '\n');
  } else {
    // One write: a line per write costs a system call each on a pipe.
    if (findings.length > 0) io.out(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}\n`).join(''));
    if (findings.length > 0) {
      const parts = (['error', 'warning', 'information', 'hint'] as const).filter((s) => tally[s] > 0).map((s) => `${tally[s]} ${s}${tally[s] === 1 || s === 'information' ? '' : 's'}`);
      io.err(`${parts.join(', ')} in ${loaded.length} ${loaded.length === 1 ? 'file' : 'files'}\n`);
    }
  }
  if (failed) return EXIT_USAGE;
  return tally.error + tally.warning > 0 ? EXIT_FINDINGS : EXIT_OK;
}
