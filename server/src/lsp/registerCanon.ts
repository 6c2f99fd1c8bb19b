/**
 * Canon features over LSP: canon files loaded and watched (after `initialized`), quick fixes and
 * `Fix all canon names`, `Add ‘X’ to canon` (command `fic.server.addToCanon` and request `fic/addToCanon`),
 * completion and hover of canon names. Each handler looks up the model and delegates to core.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  ErrorCodes,
  MessageType,
  ResponseError,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { warmEnglish } from '../core/canon/english';
import { canonFixAllAction, canonQuickFixes, isCanonLint, type FixableLint, type TextEdit } from '../core/features/canonActions';
import type { Lint, LintCode } from '../core/lint';
import { getCanonCompletions } from '../core/features/canonCompletion';
import { getCanonHover } from '../core/features/canonHover';
import { getCanonFileCompletions } from '../core/features/canonFileFeatures';
import { AddToCanonRequest, CanonFilesRequest } from '../protocol';
import { addToCanon, canonFileChoices } from './canonAdd';
import { CanonStore, tell } from './canonStore';
import type { Feature, ServerContext } from './context';
import { findLint, toRange } from './convert';
import { isCanonDocument } from './registerDiagnostics';
import { spellingQuickFixes, type SpellingAction } from '../core/features/spellingActions';
import { ignoreWord, ignoreWordCommand } from './registerSpelling';
import { LintCode as Codes } from '../core/lint';

/** The server-side command behind `Add ‘X’ to canon` (the client's own palette command is `fic.addWordToCanon`). */
export const addToCanonCommand = 'fic.server.addToCanon';
const fixAllKind = `${CodeActionKind.SourceFixAll}.fic`;

const stores = new WeakMap<ServerContext, CanonStore>();
/** `initializationOptions.trusted` of the last `initialize` (the client sends `false` in untrusted workspaces). */
let workspaceTrusted = true;

function edits(document: TextDocument, list: readonly TextEdit[]): LspTextEdit[] {
  return list.map((e) => ({ range: toRange(document, e.start, e.end), newText: e.newText }));
}

function toCodeAction(document: TextDocument, action: SpellingAction, diagnostic?: Diagnostic): CodeAction {
  const out: CodeAction = { title: action.title, kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : fixAllKind };
  if (diagnostic) out.diagnostics = [diagnostic];
  if (action.isPreferred) out.isPreferred = true;
  if (action.ignoreWord !== undefined) {
    out.command = { title: action.title, command: ignoreWordCommand, arguments: [{ word: action.ignoreWord, uri: document.uri }] };
  } else if (action.addToCanon !== undefined) {
    out.command = { title: action.title, command: addToCanonCommand, arguments: [{ word: action.addToCanon, uri: document.uri }] };
  } else out.edit = { changes: { [document.uri]: edits(document, action.edits) } };
  return out;
}

/**
 * The lint behind a `canon.*` diagnostic the client sent back. Published diagnostics carry no `data`, so
 * the lint is looked up in this version's lints (cached, shared with diagnostics) by code and range. A
 * diagnostic that still carries `data` (from an older server) is read as is; one that matches no lint now
 * (the client's copy lags behind an edit) borrows the suggestions of a lint with the same code and word.
 */
function fixableLint(document: TextDocument, lints: readonly Lint[], code: string, diagnostic: Diagnostic): FixableLint {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const found = findLint(lints, code, start, end);
  if (found) return found;
  const data = (diagnostic.data ?? {}) as { suggestions?: unknown; word?: unknown };
  if (Array.isArray(data.suggestions) || typeof data.word === 'string') {
    return {
      code: code as LintCode,
      start,
      end,
      suggestions: Array.isArray(data.suggestions) ? data.suggestions.filter((s): s is string => typeof s === 'string') : [],
      data: typeof data.word === 'string' ? { word: data.word } : undefined,
    };
  }
  const word = document.getText(diagnostic.range);
  const same = lints.find((l) => l.code === code && l.data?.word === word);
  return { code: code as LintCode, start, end, suggestions: same?.suggestions ?? [], data: { word } };
}

/** Whether a code action request restricted to `only` kinds wants actions of `kind`. */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export const canonFeature: Feature = {
  capabilities: (params) => {
    workspaceTrusted = (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
    return {
    completionProvider: { resolveProvider: false },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, fixAllKind] },
    executeCommandProvider: { commands: [addToCanonCommand, ignoreWordCommand] },
    };
  },

  register(ctx) {
    const store = new CanonStore(ctx);
    stores.set(ctx, store);
    const { connection } = ctx;
    const ficDocument = (uri: string) => {
      const doc = ctx.document(uri);
      return doc && !isCanonDocument(uri, doc.languageId) ? ctx.analysis(uri) : undefined;
    };

    // Background work must never reject unobserved: that would end the server process.
    const safely = (work: Promise<unknown>) => void work.catch((e) => connection.console.error(`Fic canon: ${String(e?.stack ?? e)}`));
    ctx.onDidChangeContent((doc) => store.documentChanged(doc.uri, doc.languageId));
    ctx.onDidClose((doc) => safely(store.documentClosed(doc.uri, doc.languageId)));
    ctx.onSettingsChanged(() => store.isLoaded && safely(store.load()));
    connection.onDidChangeWatchedFiles(({ changes }) =>
      safely((async () => {
        for (const change of changes) await store.fileChanged(change.uri, change.type);
      })()),
    );

    connection.onCodeAction(({ textDocument, context }) => {
      const analysis = ficDocument(textDocument.uri);
      if (!analysis) return [];
      const { document } = analysis;
      const out: CodeAction[] = [];
      if (wanted(context.only, CodeActionKind.QuickFix)) {
        const fixable = (code: string) => isCanonLint(code) || code === Codes.UnknownWord;
        const current = context.diagnostics.some((d) => d.source === 'fic' && fixable(String(d.code ?? ''))) ? ctx.lints(textDocument.uri)?.lints ?? [] : [];
        let canonAsked = false;
        for (const diagnostic of context.diagnostics) {
          const code = String(diagnostic.code ?? '');
          if (diagnostic.source !== 'fic' || !fixable(code)) continue;
          const lint = fixableLint(document, current, code, diagnostic);
          canonAsked ||= isCanonLint(code);
          const actions = code === Codes.UnknownWord ? spellingQuickFixes(lint) : canonQuickFixes(lint);
          for (const action of actions) out.push(toCodeAction(document, action, diagnostic));
        }
        // The Ctrl+. menu also offers the certain canon fixes of the whole file at once.
        const inFile = canonAsked ? canonFixAllAction(current.filter((l) => isCanonLint(l.code)), 'quickfix') : undefined;
        if (inFile) out.push(toCodeAction(document, inFile));
      }
      if (wanted(context.only, fixAllKind)) {
        // The lints diagnostics published for this version (cached): `off` codes are already dropped.
        const lints = (ctx.lints(textDocument.uri)?.lints ?? []).filter((l) => isCanonLint(l.code));
        const fixAll = canonFixAllAction(lints);
        if (fixAll) out.push(toCodeAction(document, fixAll));
      }
      return out;
    });

    connection.onExecuteCommand(async ({ command, arguments: args }) => {
      if (command === ignoreWordCommand) return ignoreWord(ctx, args?.[0]);
      if (command !== addToCanonCommand) return null;
      const first = args?.[0];
      const params = typeof first === 'string' ? { word: first, uri: typeof args?.[1] === 'string' ? args[1] : undefined } : (first as AddToCanonRequest.Params);
      const outcome = await addToCanon(ctx, store, params ?? { word: '' });
      if ('error' in outcome) tell(connection, MessageType.Error, `Fic: ${outcome.error}`);
      else tell(connection, MessageType.Info, `Fic: ${outcome.message}`);
      return 'error' in outcome ? null : outcome.result;
    });
    connection.onRequest(AddToCanonRequest.method, async (params: AddToCanonRequest.Params) => {
      const outcome = await addToCanon(ctx, store, params);
      if ('error' in outcome) throw new ResponseError(ErrorCodes.InvalidParams, outcome.error);
      return outcome.result;
    });

    connection.onRequest(CanonFilesRequest.method, (params: CanonFilesRequest.Params) => canonFileChoices(store, params?.uri));

    connection.onCompletion(({ textDocument, position }) => {
      const open = ctx.document(textDocument.uri);
      if (open && isCanonDocument(open.uri, open.languageId)) {
        return getCanonFileCompletions(open.getText(), open.offsetAt(position), ctx.env().canon).map(
          (c): CompletionItem => ({ label: c.label, kind: CompletionItemKind.Reference, detail: c.detail, textEdit: { range: toRange(open, c.start, c.end), newText: c.label } }),
        );
      }
      const analysis = ficDocument(textDocument.uri);
      if (!analysis) return [];
      const { document, model } = analysis;
      return getCanonCompletions(model, document.offsetAt(position), ctx.env().canon).map(
        (c, i): CompletionItem => ({
          label: c.label,
          kind: c.kind === 'term' ? CompletionItemKind.Text : CompletionItemKind.Reference,
          detail: c.detail,
          filterText: c.filterText,
          sortText: String(i).padStart(4, '0'),
          textEdit: { range: toRange(document, c.start, c.end), newText: c.label },
        }),
      );
    });

    connection.onHover(({ textDocument, position }) => {
      const analysis = ficDocument(textDocument.uri);
      if (!analysis) return null;
      const { document, model } = analysis;
      const hover = getCanonHover(model, document.offsetAt(position), ctx.env().canon);
      return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: toRange(document, hover.start, hover.end) } : null;
    });
  },

  async initialized(ctx) {
    const store = stores.get(ctx);
    if (!store) return;
    // Heavy start-up work runs here, after `initialize` has answered: the English set, then the canon files.
    await new Promise<void>((resolve) => setImmediate(resolve));
    warmEnglish();
    store.trusted = workspaceTrusted;
    await store.load();
    await store.watch();
  },
};
