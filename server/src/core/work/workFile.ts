/**
 * The work file (`*.ficwork`): an optional file in a work's folder that names the work and lists its
 * chapter files in order, when the file names alone do not give the order or the writer wants a title:
 *
 *     # lines starting with # are comments
 *     Title: The Quiet Roof
 *     Summary: Two old friends share a rooftop,
 *       and a secret.
 *     Rating: General Audiences
 *     Target: 60,000
 *     Chapters:
 *       prologue.fic
 *       the-roof.fic
 *       drafts/epilogue.fic
 *
 * A field is `Name: value`; its value runs on over the lines that follow until a blank line or the next
 * field. `Chapters:` lists one file per line (relative to the folder; blank lines allowed) up to the next
 * field or the end. A first line that is not a field is the title. Paths that leave the folder are refused.
 */
import { LintCode, type Lint } from '../lint';
import type { Span } from '../model';
import { parseFieldStart } from '../parse/fields';

export interface WorkFileField extends Span {
  /** Lower-cased field name: `title`, `summary`, `rating`, `target`... */
  readonly name: string;
  /** The value, lines joined with `\n`, each trimmed. */
  readonly value: string;
  readonly valueSpan: Span;
}

export interface WorkFileChapter extends Span {
  /** The path as written, `/`-separated, relative to the work's folder. */
  readonly path: string;
}

export interface WorkFile {
  readonly title?: string;
  readonly fields: readonly WorkFileField[];
  /** Undefined when the file has no `Chapters:` field (the folder's natural order applies). */
  readonly chapters?: readonly WorkFileChapter[];
  /** Problems of the file itself: a path outside the folder, a repeated chapter. */
  readonly lints: readonly Lint[];
}

/** Work files bigger than this are not read as work files (a chapter list is a few kilobytes). */
export const maxWorkFileLength = 256 * 1024;

/** Parses a work file's text. Never throws; every line it cannot use becomes a lint or is a comment. */
export function parseWorkFile(text: string): WorkFile {
  const fields: WorkFileField[] = [];
  const lints: Lint[] = [];
  if (text.length > maxWorkFileLength) {
    lints.push(problem(0, Math.min(text.length, 80), `a work file is at most ${maxWorkFileLength / 1024} KB; this one is not read`, 'error'));
    return { fields, lints };
  }
  let title: string | undefined;
  let chapters: WorkFileChapter[] | undefined;
  let current: { name: string; start: number; nameEnd: number; valueStart: number; lines: string[]; end: number } | undefined;
  const seen = new Set<string>();
  const close = () => {
    if (!current || current.name === 'chapters') return void (current = undefined);
    const value = current.lines.join('\n');
    fields.push({ start: current.start, end: current.end, name: current.name, value, valueSpan: { start: current.valueStart, end: current.end } });
    if (current.name === 'title' && title === undefined) title = value;
    current = undefined;
  };
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
    const raw = text.slice(lineStart, contentEnd);
    const trimmed = raw.trim();
    const lead = lineStart + (raw.length - raw.trimStart().length);
    if (trimmed.startsWith('#')) {
      // a comment: skipped, and it does not end a value
    } else if (trimmed === '') {
      if (current && current.name !== 'chapters') close();
    } else {
      const field = parseFieldStart(text, lead, contentEnd, true);
      if (field) {
        close();
        const value = text.slice(field.valueStart, contentEnd).trim();
        current = { name: field.name, start: lead, nameEnd: field.nameEnd, valueStart: field.valueStart, lines: value ? [value] : [], end: contentEnd };
        if (field.name === 'chapters') {
          chapters ??= [];
          if (value) addChapter(chapters, value, field.valueStart, contentEnd, seen, lints);
        }
      } else if (current?.name === 'chapters') {
        addChapter(chapters!, trimmed, lead, lead + trimmed.length, seen, lints);
      } else if (current) {
        current.lines.push(trimmed);
        current.end = contentEnd;
      } else if (title === undefined && fields.length === 0) {
        title = trimmed;
      } else {
        lints.push(problem(lead, lead + trimmed.length, `‘${clip(trimmed)}’ is not a field (write \`Name: value\`, or list chapter files under \`Chapters:\`)`, 'warning'));
      }
    }
    lineStart = next;
  }
  close();
  return { title, fields, chapters, lints };
}

function addChapter(out: WorkFileChapter[], written: string, start: number, end: number, seen: Set<string>, lints: Lint[]): void {
  const path = normalizeChapterPath(written);
  if (path === undefined) {
    lints.push(problem(start, end, `‘${clip(written)}’ is outside the work’s folder; list chapter files in this folder or below it`, 'error'));
    return;
  }
  if (seen.has(path)) {
    lints.push(problem(start, end, `‘${clip(written)}’ is listed twice; a chapter is counted once`, 'warning'));
    return;
  }
  seen.add(path);
  out.push({ start, end, path });
}

/**
 * `written` as a `/`-separated path inside the folder (`./a\\b.fic` → `a/b.fic`), or undefined when it
 * is absolute or climbs out (`..`, `/etc/passwd`, `C:\\x`, `~/x`).
 */
export function normalizeChapterPath(written: string): string | undefined {
  const unquoted = written.replace(/^["'](.*)["']$/, '$1').trim();
  if (!unquoted || /^(?:[\\/]|~|[A-Za-z]:)/.test(unquoted)) return undefined;
  const parts: string[] = [];
  for (const part of unquoted.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

function problem(start: number, end: number, message: string, severity: 'error' | 'warning'): Lint {
  return { code: LintCode.WorkFile, severity, start, end, message };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
