/**
 * The document model: what `parse(text)` returns. Every offset is in UTF-16 code units into `text`,
 * every span is half-open `[start, end)`, and every array is sorted by `start`.
 * Pure data: no `vscode`, no LSP, no Node built-ins.
 */

/**
 * Read access to a text without holding it as one string: a `string` is one, and so is the server's
 * document buffer. Reading a part costs that part, so per-keystroke work (the reparse, the canon check
 * of the edited paragraphs, the totals) never builds the whole text of a long fic again.
 */
export interface TextSource {
  readonly length: number;
  /** The UTF-16 code unit at `index` (NaN outside the text, as for a string). */
  charCodeAt(index: number): number;
  /** The text of `[start, end)`; both within `[0, length]`. */
  slice(start: number, end: number): string;
  /** Where `search` first occurs at or after `position`, or -1 (as for a string). */
  indexOf(search: string, position: number): number;
}

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a paragraph (a run of non-blank lines) is. */
export type ParagraphKind =
  | 'title' // the first line of a header
  | 'tags' // the tags line of a header (`RenRuki One-shot/ Drabble`)
  | 'field' // a `Name: value` header field
  | 'note' // an author's note paragraph
  | 'heading' // a chapter heading (`Chapter 12: The Roof`, `Prologue`, `# Part One`)
  | 'break' // a scene break line (`xXx`, `* * *`)
  | 'prose'; // story text

export interface Paragraph extends Span {
  readonly kind: ParagraphKind;
}

/** A `Name: value` field of the header. The value may run over several lines until a blank line. */
export interface HeaderField extends Span {
  /** The field name lower-cased and trimmed: `summary`, `disclaimer`, `pairing`, `target`... */
  readonly name: string;
  readonly nameSpan: Span;
  /** The value, trimmed; empty span at the end of the name when there is no value. */
  readonly valueSpan: Span;
}

/** The leading block before the story. Absent when the file starts straight with prose. */
export interface Header extends Span {
  readonly title?: Span;
  readonly tags?: Span;
  readonly fields: readonly HeaderField[];
}

/** An author's note: a block of paragraphs (`A/N: ...`) or an inline `(A/N: ...)` inside a paragraph. */
export interface AuthorNote extends Span {
  readonly inline: boolean;
  /** Where a block note stands: before the story, after it (runs to the end of the file), or between. */
  readonly position: 'top' | 'end' | 'body';
  /** The marker, e.g. `A/N:` or `**Author's Note:**`. */
  readonly label: Span;
}

export type HeadingKind = 'chapter' | 'prologue' | 'epilogue' | 'markdown';

/** A chapter heading line. */
export interface Heading extends Span {
  readonly kind: HeadingKind;
  /** The chapter title after the number or colon (`The Roof`), or the whole heading text. */
  readonly title: string;
  /** `12` for `Chapter 12`; absent when there is no number. */
  readonly number?: number;
}

/** A chapter: from its heading (or the start of the story) to the next heading or the end of the story. */
export interface Chapter extends Span {
  readonly heading?: Heading;
}

/** A line made only of break glyphs: `***`, `* * *`, `~*~`, `xXx`, `oOo`, `-o-o-`, `---`, `<hr>`. */
export interface SceneBreak extends Span {
  /** The trimmed line text. */
  readonly glyph: string;
}

/** A run of story between breaks and headings; never contains a heading, a break or a block note. */
export interface Scene extends Span {
  /** Index into `FicModel.chapters`. */
  readonly chapter: number;
}

/** Speech; a character's thought; or italics (or, where they are not speech, single quotes) used for emphasis, a title, a foreign term. */
export type QuoteKind = 'dialogue' | 'thought' | 'emphasis';
/**
 * The opening delimiter: `straight` `"` `'`; `curly` `“` `‘` (or `’` used as an opener); `low` `„` `‚`;
 * `guillemet` `«` `»`; `corner` `「` `『`; `dash` a speech dash; `asterisk` `*`; `underscore` `_`.
 */
export type QuoteStyle = 'straight' | 'curly' | 'low' | 'guillemet' | 'corner' | 'dash' | 'asterisk' | 'underscore';

/** A dialogue convention (docs/FORMAT.md, *Dialogue conventions*). */
export type DialogueStyle = 'en-US' | 'en-GB' | 'fr' | 'de' | 'es' | 'ru' | 'ja' | 'zh';
/** The setting `fic.dialogue.style`: a convention, or `auto` (decided per document). */
export type DialogueSetting = DialogueStyle | 'auto';

/** What the parse read a document's dialogue with, and why. */
export interface DialogueInfo {
  readonly style: DialogueStyle;
  /** What chose the style: the `Language:` header field, the setting, or the text's own quotes. */
  readonly by: 'header' | 'setting' | 'text';
  /** The setting the parse was given (`auto` when none). */
  readonly setting: DialogueSetting;
  /** Votes per opening class over every prose paragraph (index = class; see parse/conventions.ts). */
  readonly votes: Int32Array;
  /** Each paragraph's opening class (0 for none, and for paragraphs that are not prose), by paragraph index. */
  readonly openings: Uint8Array;
}

/**
 * A dialogue or thought span within one paragraph, delimiters included.
 * A speech over several paragraphs is one segment per paragraph, linked by `continues`/`continued`.
 */
export interface Quote extends Span {
  readonly kind: QuoteKind;
  readonly style: QuoteStyle;
  /** The span ends with its closing delimiter. */
  readonly closed: boolean;
  /** This segment carries on a speech opened in an earlier paragraph. */
  readonly continues: boolean;
  /** The speech carries on in the next paragraph (this paragraph left it open and the next reopens it). */
  readonly continued: boolean;
}

export interface FicModel {
  /**
   * The whole text. A model from `reparse` of a `TextSource` that is not a string makes it on first read
   * (a full copy): per-keystroke readers use `source` instead.
   */
  readonly text: string;
  /**
   * The same text, for reading parts of it; its `length` is the text's length. A document buffer is read
   * through only while the document is at the model's version (the server looks models up per version).
   */
  readonly source: TextSource;
  readonly header?: Header;
  readonly paragraphs: readonly Paragraph[];
  readonly notes: readonly AuthorNote[];
  readonly headings: readonly Heading[];
  readonly chapters: readonly Chapter[];
  readonly breaks: readonly SceneBreak[];
  readonly scenes: readonly Scene[];
  /** Dialogue, thoughts and emphasis, sorted by start. Quotes nested inside dialogue are part of the dialogue. */
  readonly quotes: readonly Quote[];
  /** The dialogue convention the quotes were read with. */
  readonly dialogue: DialogueInfo;
  /** Opening delimiters of dialogue left open at the end of a paragraph that the next does not continue. */
  readonly unclosed: readonly Span[];
  /**
   * Words as AO3 counts them (see `count/wordScanner.ts`), flat: `[start0, end0, start1, end1, ...]`.
   * Covers the whole text, header and notes included; counts of any range come from here.
   */
  readonly words: Uint32Array;
  /**
   * Present only when the text may hold HTML (`<b>`, `&amp;`, `<!-- -->`, `____spacer____`): the words AO3
   * counts once the text is posted, read through an HTML5 tokenizer and AO3's sanitizer
   * (`count/markupWords.ts`). Counts read these when present; `words` stays the plain per-paragraph scan the
   * canon check and the outline read.
   */
  readonly ao3Words?: Uint32Array;
  /** With `ao3Words`: where the markup's constructs reach (`MarkupScan.reach`), for the incremental re-read. */
  readonly ao3Reach?: Uint32Array;
}
