/** Helpers for the end-to-end suite: the extension's API, fixtures, and polling (never fixed sleeps). */
import * as vscode from 'vscode';
import type { FicWriterApi } from '../../src/extension';

export const extensionId = 'fic-writer.fic-writer';

/** Activates the extension (if needed) and waits for its language server. */
export async function ficApi(): Promise<FicWriterApi> {
  const extension = vscode.extensions.getExtension<FicWriterApi>(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not installed in this VS Code`);
  const api = await extension.activate();
  await api.ready();
  return api;
}

/** The URI of a file in the (copied) fixture workspace. */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the fixture workspace open (client/test/fixtures/workspace, copied)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/**
 * Polls `probe` until `done(value)` holds, and returns that value; fails after `timeoutMs` saying what
 * it waited for and the last value seen.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | PromiseLike<T>,
  done: (value: T) => boolean = (v) => Boolean(v),
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    try {
      last = await probe();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error ${String(lastError)}` : JSON.stringify(last, null, 0)?.slice(0, 500);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Diagnostics of `uri` with code `code`. */
export function diagnosticsWithCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

/** Offset-free lookup: the position of the first occurrence of `needle` in the document. */
export function positionOf(document: vscode.TextDocument, needle: string, from = 0): vscode.Position {
  const index = document.getText().indexOf(needle, from);
  if (index < 0) throw new Error(`'${needle}' not found in ${document.uri.path}`);
  return document.positionAt(index);
}

/** Decoded semantic tokens: one entry per token with its type name. */
export interface DecodedToken {
  line: number;
  start: number;
  length: number;
  type: string;
}

export function decodeTokens(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let start = 0;
  const d = tokens.data;
  for (let i = 0; i + 4 < d.length + 0; i += 5) {
    line += d[i]!;
    start = d[i]! === 0 ? start + d[i + 1]! : d[i + 1]!;
    out.push({ line, start, length: d[i + 2]!, type: legend.tokenTypes[d[i + 3]!] ?? `#${d[i + 3]}` });
  }
  return out;
}

/** The token types covering `position`. */
export function tokenTypesAt(tokens: readonly DecodedToken[], position: vscode.Position): string[] {
  return tokens
    .filter((t) => t.line === position.line && t.start <= position.character && position.character < t.start + t.length)
    .map((t) => t.type);
}

/** Measurements the suite reports (not asserted: timing belongs to the benchmark). */
export const notes: string[] = [];
export function note(text: string): void {
  notes.push(text);
}
