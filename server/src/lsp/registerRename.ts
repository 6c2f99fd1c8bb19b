/**
 * Rename a character: `textDocument/prepareRename` on a canon name word, then `textDocument/rename`
 * changes that word in every chapter file of the workspace (story, notes, header fields), its
 * possessives and plurals, and the name in its canon file entry. Every edit is annotated as needing
 * confirmation, so VS Code shows its refactor preview before anything is written; aliases that contain
 * the word are offered there under their own heading.
 */
import {
  ErrorCodes,
  ResponseError,
  type AnnotatedTextEdit,
  type ChangeAnnotation,
  type Range,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { newNameProblem, renameAliasesInCanonText, renameInCanonText, renameMentions, type WordEdit } from '../core/work/mentions';
import type { CanonStore } from './canonStore';
import type { Feature } from './context';
import { mentionsEverywhere, nameAt } from './characterMentions';
import type { WorkIndex } from './workIndex';

const annotations: Record<string, ChangeAnnotation> = {
  name: { label: 'Mentions', needsConfirmation: true, description: 'The name in the story, notes and header' },
  plural: { label: 'Possessives and plurals', needsConfirmation: true, description: 'Rukia’s, the Weasleys, the Weasleys’' },
  canon: { label: 'Canon file entry', needsConfirmation: true },
  alias: { label: 'Aliases in the canon file (uncheck to keep them)', needsConfirmation: true },
};

const notAName = (word: string) =>
  new ResponseError(ErrorCodes.InvalidRequest, `‘${word.slice(0, 40)}’ is not a canon name: Rename works on the names in your canon (add it to canon first)`);

export function renameFeature(index: WorkIndex, store: CanonStore): Feature {
  return {
    capabilities: () => ({ renameProvider: { prepareProvider: true } }),

    register(ctx) {
      ctx.connection.onPrepareRename(
        ctx.request(async (params) => {
          const fic = ctx.fic(params.textDocument.uri);
          if (!fic) return null;
          await ctx.canonLoaded();
          const offset = fic.document.offsetAt(params.position);
          const at = nameAt(fic.model(), offset, ctx.env().canon);
          if (!at) throw notAName(fic.document.getText({ start: params.position, end: { line: params.position.line, character: params.position.character + 20 } }).split(/\s/)[0] ?? '');
          return { range: { start: fic.document.positionAt(at.start), end: fic.document.positionAt(at.end) }, placeholder: at.name };
        }),
      );

      ctx.connection.onRenameRequest(
        ctx.request(async (params): Promise<WorkspaceEdit | null> => {
          const fic = ctx.fic(params.textDocument.uri);
          if (!fic) return null;
          const problem = newNameProblem(params.newName);
          if (problem) throw new ResponseError(ErrorCodes.InvalidParams, `Cannot rename: ${problem}`);
          await index.ready();
          await ctx.canonLoaded();
          const at = nameAt(fic.model(), fic.document.offsetAt(params.position), ctx.env().canon);
          if (!at) throw notAName('the word here');
          const edits: { uri: string; version: number | null; edits: (WordEdit & { annotation: string })[]; range: (s: number, e: number) => Range }[] = [];
          for (const file of mentionsEverywhere(ctx, index, fic, at)) {
            const wordEdits = renameMentions(file.text, file.mentions, params.newName);
            edits.push({ uri: file.uri, version: file.version, range: file.range, edits: wordEdits.map((e) => ({ ...e, annotation: e.form === 'name' ? 'name' : 'plural' })) });
          }
          for (const uri of new Set(at.entries.map((e) => e.source).filter((s) => s.startsWith('file:')))) {
            const text = store.text(uri);
            if (text === undefined) continue;
            const lines = new Set(at.entries.filter((e) => e.source === uri).map((e) => e.line));
            const doc = ctx.document(uri) ?? TextDocument.create(uri, 'fic-canon', 0, text);
            const onEntryLines = (list: WordEdit[]) => list.filter((e) => lines.has(doc.positionAt(e.start).line));
            const canonEdits = [
              ...onEntryLines(renameInCanonText(text, at.name, params.newName)).map((e) => ({ ...e, annotation: 'canon' })),
              ...onEntryLines(renameAliasesInCanonText(text, at.name, params.newName)).map((e) => ({ ...e, annotation: 'alias' })),
            ];
            const open = ctx.document(uri);
            edits.push({ uri, version: open ? open.version : null, edits: canonEdits, range: (s, e) => ({ start: doc.positionAt(s), end: doc.positionAt(e) }) });
          }
          const annotated = ctx.clientCapabilities.workspace?.workspaceEdit?.changeAnnotationSupport !== undefined && ctx.clientCapabilities.workspace?.workspaceEdit?.documentChanges === true;
          const withEdits = edits.filter((f) => f.edits.length > 0);
          if (annotated) {
            const used = new Set(withEdits.flatMap((f) => f.edits.map((e) => e.annotation)));
            const documentChanges: TextDocumentEdit[] = withEdits.map((f) => ({
              textDocument: { uri: f.uri, version: f.version },
              edits: f.edits.map((e): AnnotatedTextEdit => ({ range: f.range(e.start, e.end), newText: e.newText, annotationId: e.annotation })),
            }));
            return { documentChanges, changeAnnotations: Object.fromEntries(Object.entries(annotations).filter(([id]) => used.has(id))) };
          }
          // Without annotations nothing would ask the writer about aliases: they are left as they are.
          const changes: Record<string, TextEdit[]> = {};
          for (const f of withEdits) {
            const plain = f.edits.filter((e) => e.annotation !== 'alias').map((e) => ({ range: f.range(e.start, e.end), newText: e.newText }));
            if (plain.length > 0) changes[f.uri] = plain;
          }
          return { changes };
        }),
      );
    },
  };
}
