/**
 * Custom requests and notifications between the Fic client and server, declared once and imported by both.
 * Plain types only, so the client bundle does not pull in the server.
 */

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** `fic/wordCount`: AO3 word counts of a document and, optionally, of ranges in it (the selections). */
export namespace WordCountRequest {
  export const method = 'fic/wordCount';
  export interface Params {
    textDocument: { uri: string };
    ranges?: Range[];
    /** Also count every chapter and scene (`chapters` in the result), for a report; the totals alone are cheaper. */
    sections?: boolean;
    /** Also count canon names per chapter (`mentions` in the result), for the stats view. */
    mentions?: boolean;
  }
  /** A canon entry's mentions in the story: `chapters[i]` counts the i-th chapter of `chapters` (one slot when none). */
  export interface Mentions {
    name: string;
    chapters: number[];
    total: number;
  }
  export interface Section {
    /** `Chapter 3: The Roof`, `Scene 2 — “I won't let…”` (scenes are named by their first words), ... */
    name: string;
    range: Range;
    /** Story words (notes and the heading line left out). */
    words: number;
    /** Chapters only, when craft hints are on: how many of each (`craft.filter-word`: 12, ...). */
    hints?: Record<string, number>;
  }
  export interface Result {
    /**
     * The body as AO3 counts it once posted: everything but the header, the author's notes (block and
     * inline `(A/N: …)`) and chapter heading lines (AO3 puts those in the chapter title field).
     * Scene-break glyphs with letters (`xXx`) are included, as AO3 counts them.
     */
    story: number;
    notes: number;
    header: number;
    /** Words of chapter heading lines. `story + notes + header + headings === total`. */
    headings?: number;
    total: number;
    /** One count per requested range, in order: every word that starts inside the range. */
    selections?: number[];
    /** Each chapter with its scenes: only when `sections` was asked for. */
    chapters?: (Section & { scenes: Section[] })[];
    /** Canon names mentioned, most first: only when `mentions` was asked for. */
    mentions?: Mentions[];
    /** The story's target (`Drabble` = 100, `Double drabble` = 200, `Target:` field or setting), when there is one. */
    target?: number;
    /** The target must be hit exactly (a drabble), rather than reached. */
    targetExact?: boolean;
  }
}

/** `fic/addToCanon`: append a word to the workspace's canon file (creating one if none), answer which file. */
export namespace AddToCanonRequest {
  export const method = 'fic/addToCanon';
  export interface Params {
    word: string;
    /** The document the word came from, to choose the canon file nearest to it. */
    uri?: string;
    /** The canon file to append to (a URI from `fic/canonFiles`); the nearest one when absent. */
    file?: string;
  }
  export interface Result {
    /** The canon file written. */
    uri: string;
    created: boolean;
  }
}

/** `fic/canonFiles`: the canon files a word from a document may be added to, for a quick pick. */
export namespace CanonFilesRequest {
  export const method = 'fic/canonFiles';
  export interface Params {
    /** The document the word comes from (its nearest canon file comes first). */
    uri?: string;
  }
  export interface Result {
    /** The canon files that apply to the document (its folder and those above it), nearest first; else its workspace folder's. */
    files: { uri: string; label: string }[];
    /** When there is none: the file `fic/addToCanon` would create. */
    create?: { uri: string; label: string };
  }
}

/** AO3 word counts of a file or a work: story (what AO3 shows once posted), notes, header, headings, total. */
export interface Ao3Counts {
  story: number;
  notes: number;
  header: number;
  headings: number;
  total: number;
}

/** A chapter file of a work, with its AO3 counts (`fic/works`). */
export interface WorkChapter extends Ao3Counts {
  uri: string;
  /** Its heading's title, its header's title line, or the file name. */
  title: string;
  /** The chapter's own story target, when it has one. */
  target?: number;
  /** Its scenes, named by their first words, with story words and 0-based first line. */
  scenes?: { name: string; words: number; line: number }[];
  /** Why the file could not be read (binary, too large, gone); its counts are 0. */
  error?: string;
}

/** A work: a folder of chapter files in order (natural order, or a `*.ficwork` file's `Chapters:` list). */
export interface Work extends Ao3Counts {
  /** Names the work in requests: its folder's URI, or its file's for a fic that is a work by itself. */
  id: string;
  title: string;
  /** The folder's URI. */
  folder: string;
  workFile?: string;
  chapters: WorkChapter[];
  /** The work's target: the work file's `Target:`, or the `fic.wordCount.workTarget` setting. */
  target?: number;
}

/** `fic/works`: every work of the workspace; with `textDocument`, which work and chapter that document is. */
export namespace WorksRequest {
  export const method = 'fic/works';
  export interface Params {
    textDocument?: { uri: string };
  }
  export interface Result {
    works: Work[];
    /** Indexes of the document's work and chapter in `works`, when it is a chapter of one. */
    current?: { work: number; chapter: number };
  }
}

/** `fic/worksChanged` (server → client): a chapter or work file was added, changed on disk or removed. */
export namespace WorksChangedNotification {
  export const method = 'fic/worksChanged';
}

/**
 * `fic/ignoredWords` (client → server): every word ignored in a document ("Ignore ‘x’ in this file"),
 * replacing what the server had for it (`[]` forgets them). The server keeps a document's ignored words
 * only while it is open; a client that keeps them (VS Code: the workspace state) sends them again before
 * the document's `didOpen`, so they outlive the session.
 */
export namespace IgnoredWordsNotification {
  export const method = 'fic/ignoredWords';
  export interface Params {
    uri: string;
    words: string[];
  }
}

/** `fic/characters`: per chapter of a work, each canon character's mentions and attributed lines of dialogue. */
export namespace CharactersRequest {
  export const method = 'fic/characters';
  export interface Params {
    /** The work's `id`. */
    work: string;
  }
  export interface Character {
    name: string;
    mentions: number;
    /** Lines of dialogue a speech tag gives them (`"…," Renji said`). */
    lines: number;
  }
  export interface Result {
    chapters: { uri: string; title: string; characters: Character[] }[];
  }
}

/**
 * `fic/exportAo3`: the fic as AO3's posting form takes it (core/export): the work's fields and, per chapter,
 * its title, notes, end notes and body HTML, with AO3's count; `chapter` is the index of the chapter that
 * holds `position` (the cursor), for **Fic: Copy for AO3** and **Fic: Preview as on AO3**.
 */
export namespace ExportAo3Request {
  export const method = 'fic/exportAo3';
  export interface Params {
    textDocument: { uri: string };
    position?: { line: number; character: number };
    breaks?: 'glyph' | 'hr';
  }
  export interface Chapter {
    title: string;
    summary: string;
    notes: string;
    endNotes: string;
    body: string;
    words: number;
  }
  export interface Work {
    title: string;
    summary: string;
    notes: string;
    endNotes: string;
    rating?: string;
    warnings: string[];
    categories: string[];
    fandoms: string[];
    relationships: string[];
    characters: string[];
    tags: string[];
    language?: string;
    complete?: boolean;
    chapters: Chapter[];
  }
  export interface Problem {
    range: Range;
    severity: 'error' | 'warning' | 'information';
    code: string;
    message: string;
  }
  export interface Result {
    work: Work;
    /** Index into `work.chapters` of the chapter at `position` (0 without a position). */
    chapter: number;
    problems: Problem[];
  }
}
