/**
 * AO3 words of a text that holds markup, read the way AO3 reads a posted chapter:
 *   1. `fix_bad_characters` (otwarchive `lib/html_cleaner.rb`) deletes `____spacer____` and every format
 *      character `\p{Cf}` (`cleanForAo3`);
 *   2. the HTML5 tokenizer (parse5, the WHATWG algorithm) finds tags, comments and raw-text elements: a `<`
 *      and a letter open a tag that may run over lines to its `>`, a `>` inside a quoted attribute value
 *      does not end it, a comment ends at `-->`, a tag left open at the end of the text is dropped;
 *   3. the sanitizer (`sanitizer_config.rb`) drops `script`, `style`, `svg`, `math`, `iframe`... with their
 *      contents and comments without a trace; an element it keeps is a word boundary, an element it removes
 *      leaves its text joined to its neighbours (`a<font>b</font>c` posts as `abc`), except the few it
 *      replaces by spaces (`ao3Html.ts`);
 *   4. character references are decoded (`&amp;`, `&mdash;`, `&rsquo;`, `&#8217;`) with the decoder the
 *      tokenizer itself uses (entities), and the text runs through AO3's word rule (`wordScanner.ts`).
 * Word spans are in offsets of the original text: a decoded reference stands for its whole source.
 * Linear in the text; never throws.
 */
import { Tokenizer, TokenizerMode, type TokenHandler, type Token } from 'parse5';
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import { SpanBuffer, UnitClass, unitClass } from './wordScanner';
import { allowedElements, foreignBreakout, removedWithContents, spacedWhenRemoved, tableParts, voidElements } from './ao3Html';

const SPACER = '____spacer____';
const formatRe = /\p{Cf}/u;

/**
 * Whether `text[from, to)` may read differently as HTML than as plain text: a `<` that may open a tag or
 * comment, an `&` that may open a character reference, or AO3's `____spacer____`. Plain text (no hit)
 * keeps the fast per-paragraph scan; a hit is only a "maybe" (the markup scan is exact either way).
 */
export function mayHoldMarkup(text: { charCodeAt(i: number): number; indexOf(s: string, p: number): number }, from: number, to: number): boolean {
  for (const mark of ['<', '&']) {
    let i = text.indexOf(mark, from);
    while (i >= 0 && i + 1 < to) {
      const c = text.charCodeAt(i + 1);
      const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
      if (letter || c >= 0x80 || (mark === '<' ? c === 0x21 || c === 0x2f || c === 0x3f : c === 0x23 || (c >= 0x30 && c <= 0x39))) return true;
      i = text.indexOf(mark, i + 1);
    }
  }
  const s = text.indexOf(SPACER, from);
  return s >= 0 && s + SPACER.length <= to;
}

/** `text` without `____spacer____` and format characters, and where each kept unit came from (none when nothing was cut). */
export function cleanForAo3(text: string): { text: string; from?: Int32Array } {
  if (text.indexOf(SPACER) < 0 && !formatRe.test(text)) return { text };
  const from = new Int32Array(text.length + 1);
  let out = '';
  let n = 0;
  let run = 0; // start of the run of kept units not yet copied
  const flush = (i: number) => {
    if (i > run) out += text.slice(run, i);
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    let cut = 0;
    if (cp === 0x5f && text.startsWith(SPACER, i)) cut = SPACER.length;
    else if (cp >= 0xad && formatRe.test(String.fromCodePoint(cp))) cut = w;
    if (cut) {
      flush(i);
      i += cut;
      run = i;
      continue;
    }
    for (let k = 0; k < w; k++) from[n++] = i + k;
    i += w;
  }
  flush(text.length);
  from[n] = text.length;
  return { text: out, from: from.subarray(0, n + 1) };
}

/** Builds words from units fed one code point at a time, with AO3's `--` and deletion rules. */
class WordBuilder {
  private start = -1;
  private end = -1;
  private hyphens = 0;
  constructor(private readonly out: SpanBuffer, private readonly from?: Int32Array) {}

  feed(cp: number, start: number, end: number): void {
    if (cp === 0x2d) {
      this.hyphens++; // judged when the run ends: one is deleted, two or more hold an em dash
      return;
    }
    if (this.hyphens > 1) this.boundary();
    this.hyphens = 0;
    const cls = unitClass(cp);
    if (cls === UnitClass.Word) {
      if (this.start < 0) this.start = start;
      this.end = end;
    } else if (cls === UnitClass.Cjk) {
      this.boundary();
      this.push(start, end);
    } else if (cls === UnitClass.Separator) this.boundary();
  }

  /** A text-node boundary, or a separator. */
  boundary(): void {
    this.hyphens = 0;
    if (this.start >= 0) this.push(this.start, this.end);
    this.start = -1;
  }

  private push(start: number, end: number): void {
    const from = this.from;
    if (from) this.out.push(from[start]!, from[end - 1]! + 1);
    else this.out.push(start, end);
  }
}

/**
 * Feeds the text of `text[start, end)` (character data in the data or RCDATA state) to `words`:
 * references decoded as the tokenizer decodes them, a NUL ignored as the tree builder ignores it.
 */
function feedText(text: string, start: number, end: number, words: WordBuilder, decoder: HtmlEntityDecoder, decoded: number[]): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x26) {
      decoded.length = 0;
      decoder.startEntity(DecodingMode.Legacy);
      let n = decoder.write(text, i + 1);
      if (n < 0) n = decoder.end();
      if (n > 0 && decoded.length > 0) {
        const stop = Math.min(end, i + n);
        for (let k = 0; k < decoded.length; k++) {
          const cp = decoded[k]!;
          // The decoder emits UTF-16 halves one by one: join a pair into its code point.
          if (cp >= 0xd800 && cp <= 0xdbff && k + 1 < decoded.length) {
            words.feed(((cp - 0xd800) << 10) + (decoded[k + 1]! - 0xdc00) + 0x10000, i, stop);
            k++;
          } else words.feed(cp, i, stop);
        }
        i = stop;
        continue;
      }
    }
    if (c === 0) {
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    words.feed(cp, i, i + w);
    i += w;
  }
}

/** Raw-text elements and the tokenizer state their content is read in (in the body of a fragment). */
const textStates: Record<string, number> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  plaintext: TokenizerMode.PLAINTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
};

/**
 * Every AO3 word of `source` read as HTML (see the module comment), as flat `[start, end)` pairs in
 * offsets of `source`. The whole text is one HTML stream, as a chapter's content is on AO3.
 */
export function scanMarkupWords(source: string): Uint32Array {
  return scanMarkup(source).words;
}

/** What a markup scan found: the words, and how far its constructs reach (for the incremental re-read). */
export interface MarkupScan {
  readonly words: Uint32Array;
  /**
   * Flat `[start, end)` spans, sorted by start, of every tag, comment, element (start tag to end tag) and
   * dropped element: text inside one may read differently once its context changes. A paragraph boundary
   * inside none of them can be re-read on its own.
   */
  readonly reach: Uint32Array;
  /** Every construct ended inside the text: no element, comment or tag left open at its end. */
  readonly closed: boolean;
}

/** `scanMarkupWords` with the reach of the markup (see `MarkupScan`). */
export function scanMarkup(source: string): MarkupScan {
  const out = new SpanBuffer(Math.max(64, (source.length >>> 4) * 3 + 8));
  const reach: number[] = [];
  const closed = scanMarkupInto(source, out, reach);
  const pairs: [number, number][] = [];
  for (let i = 0; i < reach.length; i += 2) pairs.push([reach[i]!, reach[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  return { words: out.toArray(), reach: Uint32Array.from(pairs.flat()), closed };
}

/** Whether `offset` lies strictly inside one of `reach`'s spans. */
export function reachCrosses(reach: Uint32Array, offset: number): boolean {
  for (let i = 0; i < reach.length && reach[i]! < offset; i += 2) if (reach[i + 1]! > offset) return true;
  return false;
}

/** Number of words AO3 counts in `html`, posted as a chapter's content (or a summary or notes field). */
export function countAo3Html(html: string): number {
  const out = new SpanBuffer(64);
  scanMarkupInto(html, out);
  return out.count;
}

function scanMarkupInto(source: string, out: SpanBuffer, reach?: number[]): boolean {
  const { text, from } = cleanForAo3(source);
  const at = (i: number) => (from ? from[Math.min(i, from.length - 1)]! : i);
  const note = (start: number, end: number) => reach?.push(at(start), at(end));
  const starts: number[] = []; // start offsets of `open`'s elements
  let skipStart = 0;
  let cutShort = false; // a tag or comment ran into the end of the text
  const words = new WordBuilder(out, from);
  const decoded: number[] = [];
  const decoder = new HtmlEntityDecoder((cp) => decoded.push(cp));
  const open: string[] = []; // open elements, roughly as the tree builder keeps them
  let tables = 0;
  let skip: string | undefined; // inside an element dropped with its contents
  let skipDepth = 0;
  let textFrom = 0; // character data runs from here to the next tag or comment
  let textTo = 0; // end of the last character token: at the end of input, text stops here

  const flushText = (to: number) => {
    if (!skip && to > textFrom) feedText(text, textFrom, to, words, decoder, decoded);
  };
  const markup = (token: Token.TagToken | Token.CommentToken | Token.DoctypeToken) => {
    const loc = token.location;
    if (!loc) return;
    flushText(loc.startOffset);
    textFrom = textTo = loc.endOffset;
    note(loc.startOffset, loc.endOffset);
    if ('data' in token && !text.startsWith('>', loc.endOffset - 1)) cutShort = true; // a comment cut by the end
  };
  const chars = (token: Token.CharacterToken) => {
    if (token.location) textTo = token.location.endOffset;
  };
  /** An element boundary: the sanitizer keeps it (a text-node boundary), spaces it, or removes it (nothing). */
  const edge = (name: string) => {
    if (allowedElements.has(name) || spacedWhenRemoved.has(name)) words.boundary();
  };
  const endForeign = () => {
    if (skip) note(skipStart, textFrom);
    skip = undefined;
    skipDepth = 0;
    tokenizer.inForeignNode = false;
  };

  const handler: TokenHandler = {
    onCharacter: chars,
    onWhitespaceCharacter: chars,
    onNullCharacter: chars,
    onComment: markup,
    onDoctype: markup,
    onStartTag(token) {
      markup(token);
      const name = token.tagName;
      if (skip) {
        if ((skip === 'svg' || skip === 'math') && foreignBreakout.has(name)) endForeign();
        else {
          if (name === skip && !token.selfClosing) skipDepth++;
          return;
        }
      }
      if (removedWithContents.has(name)) {
        if (token.selfClosing && (name === 'svg' || name === 'math')) return;
        skip = name;
        skipDepth = 1;
        skipStart = token.location?.startOffset ?? textFrom;
        if (name === 'svg' || name === 'math') tokenizer.inForeignNode = true;
        const state = textStates[name];
        if (state !== undefined) tokenizer.state = state as typeof tokenizer.state;
        return;
      }
      if (tableParts.has(name) && tables === 0) return; // the parser ignores it
      edge(name);
      const state = textStates[name];
      if (state !== undefined) tokenizer.state = state as typeof tokenizer.state;
      if (name === 'table') tables++;
      if (!voidElements.has(name) && !token.selfClosing) {
        open.push(name);
        starts.push(token.location?.startOffset ?? textFrom);
      }
      else if (!voidElements.has(name) && token.selfClosing) edge(name); // `<p/>` opens an element all the same
    },
    onEndTag(token) {
      markup(token);
      const name = token.tagName;
      if (skip) {
        if (name === skip && --skipDepth === 0) endForeign();
        else if ((skip === 'svg' || skip === 'math') && (name === 'p' || name === 'br')) {
          endForeign();
          words.boundary();
        }
        return;
      }
      if (name === 'br' || name === 'p') {
        // `</br>` is read as `<br>`, and `</p>` with no `<p>` open makes an empty paragraph
        words.boundary();
        const k = open.lastIndexOf(name);
        if (k >= 0) {
          note(starts[k]!, textFrom);
          open.length = starts.length = k;
        }
        return;
      }
      const k = open.lastIndexOf(name);
      if (k < 0) return; // a stray end tag is ignored
      for (let j = open.length - 1; j >= k; j--) {
        edge(open[j]!);
        if (open[j] === 'table') tables--;
      }
      note(starts[k]!, textFrom);
      open.length = starts.length = k;
    },
    onEof() {
      if (textTo < text.length && /\S/.test(text.slice(Math.max(textFrom, textTo)))) {
        // A tag the end of the text cut short swallows the rest: it reaches to the end, so an edit
        // anywhere after it re-reads the whole text (`<hEmbers of the…` is one unfinished tag).
        cutShort = true;
        note(Math.max(textFrom, textTo), text.length);
      }
      flushText(Math.max(textFrom, textTo));
      words.boundary();
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  try {
    tokenizer.write(text, true);
  } catch {
    // The tokenizer does not throw on any input; should it, the words found so far stand and the rest
    // of the text is read as plain text rather than lost.
    flushText(text.length);
    words.boundary();
    return false;
  }
  for (const s of starts) note(s, text.length);
  if (skip) note(skipStart, text.length);
  return open.length === 0 && !skip && !cutShort;
}
