/**
 * The `fic` command: `fic count` and `fic check` over core, for pre-commit hooks and scripts.
 * Returns the exit status instead of exiting, so tests call it in-process.
 */
import * as path from 'node:path';
import { parse } from '../core/parse/parse';
import { getLints } from '../core/features/diagnostics';
import type { Lint, Severity } from '../core/lint';
import { commandUsage, parseArgs, usage, type CliOptions } from './args';
import { readTextFile } from './files';
import { countModel, countTable, sumCounts, type FileCounts } from './counts';
import { discoverCanonFiles } from './discover';
import { loadCanon, type CanonSource } from './canon';
import { LineIndex } from './positions';
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

function count(options: CliOptions, io: Io): number {
  const { loaded, failed } = readAll(options.files, io);
  const rows: { file: string; counts: FileCounts }[] = loaded.map(({ file, text }) => ({
    file,
    counts: countModel(parse(text), options.target),
  }));
  if (options.json) {
    io.out(JSON.stringify({ files: rows.map((r) => ({ file: r.file, ...r.counts })), total: sumCounts(rows.map((r) => r.counts)) }, null, 2) + '\n');
  } else if (rows.length > 0) {
    io.out(countTable(rows));
  }
  return failed ? EXIT_USAGE : EXIT_OK;
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
  const canonPaths = new Set(options.canon.map((f) => path.resolve(f)));
  const canonSources: CanonSource[] = [];
  let failed = false;
  for (const file of options.canon) {
    const result = readTextFile(file);
    if (!result.ok) {
      io.err(`fic: canon file ${result.error}\n`);
      failed = true;
    } else canonSources.push({ file, text: result.text });
  }
  const { loaded, failed: readFailed } = readAll(options.files, io);
  failed ||= readFailed;
  if (options.discoverCanon && loaded.length > 0) {
    const discovery = discoverCanonFiles(loaded.map((l) => l.file));
    for (const warning of discovery.warnings) io.err(`fic: note: ${warning}\n`);
    for (const abs of discovery.files) {
      if (canonPaths.has(abs)) continue;
      canonPaths.add(abs);
      const result = readTextFile(abs);
      if (result.ok) canonSources.push({ file: path.relative(process.cwd(), abs) || abs, text: result.text });
      else io.err(`fic: note: skipped canon file ${result.error}\n`);
    }
  }
  const canon = loadCanon(canonSources);
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
    for (const lint of getLints(parse(text), env)) findings.push(toFinding(file, lines, lint));
  }

  const tally = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) tally[f.severity]++;
  if (options.json) {
    io.out(JSON.stringify({ files: loaded.map((l) => l.file), canonFiles: canonSources.map((c) => c.file), findings, summary: tally }, null, 2) + '\n');
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
