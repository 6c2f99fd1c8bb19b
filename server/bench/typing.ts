/**
 * A writer typing into an open fic, as keystrokes: the letters of words, a space after each, `Enter` at a
 * paragraph's end, a quote around speech, and now and then a slip fixed with a backspace. Deterministic
 * (seeded); the bench replays it against the server with VS Code's traffic after each key (`traffic.ts`).
 *
 * The text being typed is kept as an array of lines, so every key becomes the `didChange` VS Code sends
 * (a range, its length, the new text) in O(line) time, not by copying a 6 MB string per key.
 */
import { Rng } from './rng';
import * as v from './vocab';

export type KeyKind = 'letter' | 'space' | 'enter' | 'backspace' | 'quote' | 'punctuation';

export interface Keystroke {
  readonly kind: KeyKind;
  /** The inserted text (`''` for a backspace). */
  readonly text: string;
  /** Milliseconds from the previous key: a typist's rhythm, longer after a word and at a paragraph's end. */
  readonly gapMs: number;
  /** The writer pauses after this key: VS Code's debounced requests (symbols, folding, code actions) go out. */
  readonly pause: boolean;
}

/** How long a pause must last before VS Code sends its debounced requests (outline 350 ms, folding 200 ms, code actions 250 ms). */
export const debounceMs = 350;

/**
 * `count` keystrokes typing sentences of narration and dialogue that mention `names` (canon names, some
 * misspelled, so the canon check has work), starting a new paragraph now and then.
 */
export function typingScript(count: number, names: readonly string[], seed = 11): Keystroke[] {
  const rng = new Rng(seed);
  const keys: Keystroke[] = [];
  const push = (kind: KeyKind, text: string, gapMs: number) => keys.push({ kind, text, gapMs, pause: false });
  const pauseHere = () => {
    const last = keys[keys.length - 1];
    if (last) keys[keys.length - 1] = { ...last, pause: true };
  };
  const typeWord = (word: string) => {
    for (let i = 0; i < word.length; i++) {
      // A slip: a wrong letter, seen and deleted at once.
      if (i > 0 && rng.chance(0.03)) {
        push('letter', rng.pick([...'qwertyuiopasdfghjkl']), rng.int(60, 140));
        push('backspace', '', rng.int(150, 300));
      }
      push(/[a-z]/i.test(word[i]!) ? 'letter' : 'punctuation', word[i]!, rng.int(60, 140));
    }
  };
  while (keys.length < count) {
    const speech = rng.chance(0.4);
    const words: string[] = [];
    const n = rng.int(5, 10);
    for (let i = 0; i < n; i++) {
      const roll = rng.next();
      words.push(roll < 0.15 ? rng.pick(names) : roll < 0.3 ? rng.pick(v.nouns) : roll < 0.45 ? rng.pick(v.adjectives) : rng.pick(['the', 'and', 'she', 'he', 'was', 'had', 'not', 'of', 'to', 'it', 'said']));
    }
    if (speech) push('quote', '"', rng.int(80, 200));
    words.forEach((word, i) => {
      typeWord(i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word);
      if (i === words.length - 1) return;
      push('space', ' ', rng.int(60, 140));
      if (rng.chance(0.25)) pauseHere(); // looking for the next word
    });
    typeWord(speech ? ',' : '.');
    if (speech) {
      push('quote', '"', rng.int(80, 200));
      push('space', ' ', rng.int(60, 140));
      typeWord(`${rng.pick(names)} said.`);
    }
    if (rng.chance(0.35)) {
      push('enter', '\n', rng.int(150, 400));
      pauseHere();
    } else {
      push('space', ' ', rng.int(60, 140));
      pauseHere(); // the end of a sentence
    }
  }
  return keys.slice(0, count);
}

export interface Position {
  line: number;
  character: number;
}

/** One `contentChanges` entry of a `didChange`, as VS Code sends it. */
export interface Change {
  range: { start: Position; end: Position };
  rangeLength: number;
  text: string;
}

/** The document as the editor holds it (lines) and the cursor. */
export class TypedDocument {
  private readonly lines: string[];
  cursor: Position = { line: 0, character: 0 };

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  get lineCount(): number {
    return this.lines.length;
  }

  lineText(line: number): string {
    return this.lines[line] ?? '';
  }

  /** Puts the cursor at the end of the first non-empty line at or after `line`. */
  moveToLineEnd(line: number): void {
    let l = Math.min(Math.max(0, line), this.lines.length - 1);
    while (l < this.lines.length - 1 && this.lines[l]!.length === 0) l++;
    this.cursor = { line: l, character: this.lines[l]!.length };
  }

  /** Applies a key at the cursor; returns the change VS Code would send (none for a backspace at the very start). */
  type(key: Keystroke): Change | undefined {
    const { line, character } = this.cursor;
    const current = this.lines[line]!;
    if (key.kind === 'backspace') {
      if (character > 0) {
        this.lines[line] = current.slice(0, character - 1) + current.slice(character);
        this.cursor = { line, character: character - 1 };
        return { range: { start: { line, character: character - 1 }, end: { line, character } }, rangeLength: 1, text: '' };
      }
      if (line === 0) return undefined;
      const previous = this.lines[line - 1]!;
      this.lines.splice(line - 1, 2, previous + current);
      this.cursor = { line: line - 1, character: previous.length };
      return { range: { start: { line: line - 1, character: previous.length }, end: { line, character: 0 } }, rangeLength: 1, text: '' };
    }
    const at = { line, character };
    if (key.text === '\n') {
      this.lines.splice(line, 1, current.slice(0, character), current.slice(character));
      this.cursor = { line: line + 1, character: 0 };
    } else {
      this.lines[line] = current.slice(0, character) + key.text + current.slice(character);
      this.cursor = { line, character: character + key.text.length };
    }
    return { range: { start: at, end: at }, rangeLength: 0, text: key.text };
  }

  getText(): string {
    return this.lines.join('\n');
  }
}

/**
 * Names a writer of this canon types: the first word of twenty character names, and three of them with two
 * letters swapped (typos the canon check flags while the writer types).
 */
export function namesToType(entries: readonly { words: readonly string[]; term: boolean }[]): string[] {
  const names = entries.filter((e) => !e.term && /^[A-Z][a-z]{4,}$/.test(e.words[0] ?? '')).slice(0, 20).map((e) => e.words[0]!);
  const typos = names.slice(0, 3).map((n) => n[0] + n[2] + n[1] + n.slice(3));
  return [...names, ...typos];
}
