/**
 * "Ignore ‘x’ in this file", kept across sessions: the words a writer ignored, per fic, in the workspace
 * state (VS Code's per-workspace storage: nothing is written into the fic or the workspace folder, and it
 * works in an untrusted workspace). The language server keeps a document's ignored words only while it is
 * open; the client sends them before the document opens (`languageClient.ts`). A renamed or moved fic
 * keeps its words; **Fic: Clear Words Ignored in This File** forgets them.
 *
 * Pure (no `vscode`): `Memento` is the part of `vscode.Memento` used, so this is unit-tested.
 */

/** The part of `vscode.Memento` this needs. */
export interface Memento {
  keys(): readonly string[];
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

const prefix = 'fic.ignoredWords:';
/** As the server's bounds (`lsp/spellingState.ts`): a word, not a paste; a list, not a dictionary. */
const maxWordLength = 100;
const maxWords = 10_000;

export class IgnoredWords {
  constructor(private readonly state: Memento) {}

  /** The words ignored in the document `uri`, lowercased, sorted. */
  words(uri: string): string[] {
    const stored = this.state.get<unknown>(prefix + uri);
    return Array.isArray(stored) ? stored.filter((w): w is string => typeof w === 'string') : [];
  }

  /** Ignores `word` in `uri` from now on; the document's words after it (unchanged when `word` is no word or the list is full). */
  async add(uri: string, word: string): Promise<string[]> {
    const words = this.words(uri);
    const lower = word.toLowerCase();
    if (lower.length === 0 || lower.length > maxWordLength || /\s/.test(lower) || words.includes(lower) || words.length >= maxWords) return words;
    const next = [...words, lower].sort();
    await this.state.update(prefix + uri, next);
    return next;
  }

  /** Forgets every word ignored in `uri`; how many there were. */
  async clear(uri: string): Promise<number> {
    const n = this.words(uri).length;
    if (n) await this.state.update(prefix + uri, undefined);
    return n;
  }

  /** A file or folder moved from `from` to `to` (URIs): its fics keep their ignored words. */
  async rename(from: string, to: string): Promise<void> {
    const folder = from.endsWith('/') ? from : `${from}/`;
    for (const key of this.state.keys()) {
      if (!key.startsWith(prefix)) continue;
      const uri = key.slice(prefix.length);
      const moved = uri === from ? to : uri.startsWith(folder) ? `${to.endsWith('/') ? to : `${to}/`}${uri.slice(folder.length)}` : undefined;
      if (moved === undefined) continue;
      const words = this.words(uri);
      await this.state.update(key, undefined);
      if (words.length) await this.state.update(prefix + moved, words);
    }
  }
}
