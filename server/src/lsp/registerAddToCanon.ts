/**
 * `Add ‘X’ to canon`: the command `fic.server.addToCanon` (behind the quick fix) and the request
 * `fic/addToCanon` (the client's palette command). Both delegate to `addToCanon`.
 */
import { ErrorCodes, MessageType, ResponseError } from 'vscode-languageserver';
import { AddToCanonRequest, CanonFilesRequest } from '../protocol';
import { addToCanon, canonFileChoices } from './canonAdd';
import { ignoreWord, ignoreWordCommand } from './registerSpelling';
import type { SpellingState } from './spellingState';
import { tell, type CanonStore } from './canonStore';
import type { Feature } from './context';

/** The server-side command behind `Add ‘X’ to canon` (the client's own palette command is `fic.addWordToCanon`). */
export const addToCanonCommand = 'fic.server.addToCanon';

export function addToCanonFeature(store: CanonStore, spelling: SpellingState): Feature {
  return {
    capabilities: () => ({ executeCommandProvider: { commands: [addToCanonCommand, ignoreWordCommand] } }),

    register(ctx) {
      const { connection } = ctx;
      connection.onExecuteCommand(
        ctx.request(async ({ command, arguments: args }) => {
          // One handler answers every command: `Ignore ‘x’ in this file` is the other one.
          if (command === ignoreWordCommand) return ignoreWord(ctx, spelling, args?.[0]);
          if (command !== addToCanonCommand) return null;
          const first = args?.[0];
          const params = typeof first === 'string' ? { word: first, uri: typeof args?.[1] === 'string' ? args[1] : undefined } : (first as AddToCanonRequest.Params);
          const outcome = await addToCanon(ctx, store, params ?? { word: '' });
          if ('error' in outcome) tell(connection, MessageType.Error, `Fic: ${outcome.error}`);
          else tell(connection, MessageType.Info, `Fic: ${outcome.message}`);
          return 'error' in outcome ? null : outcome.result;
        }),
      );
      connection.onRequest(
        CanonFilesRequest.method,
        ctx.request((params: CanonFilesRequest.Params) => canonFileChoices(store, params?.uri)),
      );
      connection.onRequest(
        AddToCanonRequest.method,
        ctx.request(async (params: AddToCanonRequest.Params) => {
          const outcome = await addToCanon(ctx, store, params);
          if ('error' in outcome) throw new ResponseError(ErrorCodes.InvalidParams, outcome.error);
          return outcome.result;
        }),
      );
    },
  };
}
