/**
 * Warms the keystroke path while the writer has not started typing yet. Right after a fic opens, every
 * part of that path (the incremental reparse, the moves of later offsets, the token splice, the lint
 * carry, the diagnostic conversion) has never run: the open used the full parse and lints. V8 runs such
 * code in its interpreter until it has seen it often enough to compile it, so the writer's first keys
 * took 15 ms each (86 ms for the first) at 500k words against ~1 ms later, and loops over every later
 * word are the slowest thing to interpret.
 *
 * So once the first fic opened has had its first lints, the server types ~150 keys into a small
 * fic of its own (built here, ~1,400 words, never shown or sent to the client) through the real code: a
 * `FicDocument` and an `OpenFic` with the workspace's canon and settings, asked after each key what VS
 * Code asks (the token delta, the diagnostics, the count). It is real work, not a stub: the same
 * functions compile with the same kinds of objects the writer's fic gives them. It also builds what the
 * canon check makes lazily on its first unknown word (the canon's coined stems, `prepareCompoundParts`),
 * and at its end the edit buffer of the fic just opened (`FicDocument.prepareForEdits`), which its first
 * edit would otherwise make.
 *
 * It runs once per server, one step (a key, or a part of the warm-up fic's open) per turn of the event
 * loop, and only in quiet moments: no request in the last `requestQuietMs`, no edit of an open fic in the
 * last `quietMs` (typing warms the code by itself). Measured in the bundled server on a busy 2-core
 * machine: ~200 ms of CPU in all, ~0.4 ms a step once warm, the first few steps (cold code, the canon's
 * stems) up to tens of ms. A request that arrives during a step waits for that step.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { prepareCompoundParts } from '../core/canon/compoundStems';
import type { AnalysisEnv } from '../core/env';
import type { Feature, ServerContext } from './context';
import { FicDocument } from './documents';
import { OpenFic } from './openFic';

/** The writer typed this recently (ms): the warm-up waits. */
const quietMs = 300;
/** A request came this recently (ms): the warm-up waits. */
const requestQuietMs = 50;
/** How long after `didOpen` the warm-up waits at most for the fic's first lints before it gives up. */
const maxWaitMs = 30_000;
const pollMs = 20;

/** What the warm-up types, at three places: words, spaces, a slip fixed with a backspace (`\b`), quotes, Enter. */
const typed = [' She lifted the lamn\bp and said, "We should go." He nodded\n', ' The rain was soft on the roof. "Not yet," she whispered', '\n"Come on," said Anna, and the door opened.'];

/**
 * The warm-up fic: a header, author's notes, chapters, scene breaks, narration with dialogue and
 * emphasis, made from common words so the spelling check has little to say.
 */
export function warmUpText(): string {
  const people = ['Anna', 'Tom', 'Kate', 'Sam'];
  const nouns = ['lamp', 'door', 'river', 'window', 'letter', 'garden', 'kitchen', 'bridge', 'coat', 'table'];
  const verbs = ['watched', 'opened', 'crossed', 'found', 'carried', 'cleaned', 'closed', 'remembered'];
  const adjectives = ['old', 'quiet', 'cold', 'bright', 'small', 'heavy', 'green', 'warm'];
  let seed = 7;
  const pick = <T>(list: readonly T[]): T => list[((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % list.length]!;
  const narration = (): string => `${pick(people)} ${pick(verbs)} the ${pick(adjectives)} ${pick(nouns)}, and the ${pick(nouns)} was _${pick(adjectives)}_ again.`;
  const speech = () => `"The ${pick(nouns)} is ${pick(adjectives)}," ${pick(people)} said. "We ${pick(verbs)} it — didn't we?"`;
  const paragraph = () => [narration(), speech(), narration(), narration()].join(' ');
  const chapter = (n: number) => [`Chapter ${n}`, ...[1, 2, 3].map(paragraph), '***', ...[1, 2, 3].map(paragraph)].join('\n\n');
  return [
    'The Lamp by the River',
    'Anna/Kate, Fluff, Hurt/Comfort',
    '',
    'Fandom: Original Work',
    'Rating: General Audiences',
    'Summary: A quiet night, an old lamp, and a letter nobody sent.',
    '',
    "A/N: Thanks for reading! This one is short.",
    '',
    [1, 2, 3, 4, 5].map(chapter).join('\n\n'),
    '',
    'A/N: More soon.',
    '',
  ].join('\n');
}

/** The keystrokes of the warm-up, as the content changes VS Code would send for them, one at a time. */
function* keystrokes(document: FicDocument): Generator<TextDocumentContentChangeEvent> {
  const text = document.getText();
  // Ends of prose paragraphs between prose paragraphs, past the first 600 words: the places of a long fic
  // where the incremental paths run (an edit next to a heading or a break, or where the text's language
  // is read, takes the slower paths, which the open itself has run already).
  const paragraphEnd = (chapter: number, paragraph: number): number => {
    let at = text.indexOf(`Chapter ${chapter}\n`);
    for (let k = 0; k <= paragraph; k++) at = text.indexOf('\n\n', at + 2);
    return at;
  };
  const spots = [paragraphEnd(4, 2), paragraphEnd(5, 2), paragraphEnd(5, 5)];
  for (let s = 0; s < spots.length; s++) {
    // Earlier spots lie before later ones: what was typed there moved them.
    let at = spots[s]! + document.textLength - text.length;
    for (const ch of typed[s]!) {
      const start = document.positionAt(ch === '\b' ? at - 1 : at);
      const end = document.positionAt(at);
      yield { range: { start, end }, text: ch === '\b' ? '' : ch };
      at += ch === '\b' ? -1 : ch.length;
    }
  }
}

/**
 * The warm-up, one step per call: the fic is opened and analysed, then each step types one key and asks
 * what VS Code asks after it. `step` returns false when there is nothing left to do.
 */
export class KeystrokeWarmUp {
  /** The warm-up's own document and fic, never registered with the server's documents. */
  readonly document = new FicDocument('fic-writer:warm-up.fic', 'fic', 1, warmUpText());
  readonly fic: OpenFic;
  private tokens = '';
  private keys: Generator<TextDocumentContentChangeEvent> | undefined;
  private stage = 0;
  /** Keys typed so far. */
  typed = 0;

  /** `env`: the canon and settings the writer's fics are analysed with. */
  constructor(private readonly env: () => AnalysisEnv) {
    this.fic = new OpenFic(this.document, env);
  }

  step(): boolean {
    const fic = this.fic;
    switch (this.stage++) {
      case 0:
        prepareCompoundParts(this.env().canon);
        return true;
      case 1:
        fic.model();
        return true;
      case 2:
        fic.diagnostics({ holdTyped: true });
        return true;
      case 3:
        this.tokens = fic.semanticTokens().resultId;
        fic.counts();
        this.keys = keystrokes(this.document);
        return true;
    }
    const next = this.keys!.next();
    if (next.done) return false;
    this.document.update([next.value], this.document.version + 1);
    const delta = fic.semanticTokensDelta(this.tokens);
    this.tokens = delta.resultId ?? this.tokens;
    fic.diagnostics({ holdTyped: true });
    fic.counts();
    this.typed++;
    return true;
  }
}

/**
 * Runs one `KeystrokeWarmUp` per server, after the first fic opened has had its first lints, a step per
 * turn of the event loop while no open fic was edited in the last `quietMs`.
 */
export function warmUpFeature(): Feature {
  let started = false;
  return {
    register(ctx) {
      ctx.onDidOpen((uri) => {
        if (started || !ctx.fic(uri)) return;
        started = true;
        const openedAt = Date.now();
        const waitForLints = () => {
          const fic = ctx.fic(uri);
          if (fic?.analysed && !ctx.busy()) run(ctx, new KeystrokeWarmUp(() => ctx.env()), () => ctx.fic(uri)?.document.prepareForEdits());
          else if (fic && Date.now() - openedAt < maxWaitMs) later(waitForLints, pollMs);
        };
        later(waitForLints, pollMs);
      });
      // A new canon index finds its stems again: ahead of the writer's next unknown word too.
      ctx.onCanonChanged(() => started && later(() => prepareCompoundParts(ctx.env().canon), quietMs));
    },
  };
}

/** Runs `warmUp` to its end, then `after` (the fic just opened readies its edit buffer). */
function run(ctx: ServerContext, warmUp: KeystrokeWarmUp, after: () => void): void {
  const now = Date.now();
  let lastEdit = 0;
  for (const fic of ctx.fics()) lastEdit = Math.max(lastEdit, fic.document.editedAt);
  if (now - lastEdit < quietMs) return later(() => run(ctx, warmUp, after), quietMs - (now - lastEdit));
  // The requests that follow an open (tokens, outline, folding...) come in a burst: not in its middle.
  const quiet = ctx.sinceLastRequest();
  if (quiet < requestQuietMs) return later(() => run(ctx, warmUp, after), requestQuietMs - quiet);
  // Never while a reply is still going out: a step would hold up its end.
  if (ctx.busy()) return later(() => run(ctx, warmUp, after), pollMs);
  let more: boolean;
  try {
    more = warmUp.step();
  } catch (e) {
    // A failure here is a bug in the keystroke path the writer is about to use: said, not swallowed.
    ctx.connection.console.error(`Fic: the keystroke warm-up failed: ${String((e as Error)?.stack ?? e)}`);
    return;
  }
  // The next step on the next turn, after whatever messages came in meanwhile (they are read first). Not
  // unref'd: with only unref'd immediates pending, the event loop waits for I/O before it runs them.
  if (more) setImmediate(() => run(ctx, warmUp, after));
  else {
    warmUp.fic.dispose();
    after();
  }
}

/** A timer that never keeps an exiting server alive. */
function later(callback: () => void, ms: number): void {
  setTimeout(callback, ms).unref?.();
}
