/**
 * Plain-text fic paragraphs to the HTML AO3's HTML editor takes, unchanged by its sanitizer:
 *   1. the paragraphs are joined with blank lines and read by the HTML5 tokenizer (parse5), so the
 *      writer's own tags, comments and references are found as AO3 will find them;
 *   2. `*x*` / `_x_` become `<em>`, `**x**` `<strong>` (delimiters judged by their neighbours, as
 *      docs/FORMAT.md says of thoughts); a `_` pair touching a word outside stays literal, since AO3
 *      would otherwise count its word as two;
 *   3. each paragraph becomes one `<p>` (none around a paragraph that opens with a block tag such as
 *      `<div>` or `<center>`), single newlines `<br />`, empty paragraphs are dropped;
 *   4. the writer's HTML passes through when AO3 allows it (elements and attributes of
 *      `count/ao3Html.ts`); whatever AO3 would strip is left out here and reported instead.
 * Text is re-escaped (`&amp;`, `&lt;`, `&gt;`, `&nbsp;`); curly quotes and dashes stay characters.
 */
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import { allowedElements, attributeAllowed, blockElements, removedWithContents, spacedWhenRemoved, voidElements } from '../count/ao3Html';
import { findEmphasis } from './emphasis';

/** A paragraph to render: its text, and where each of its parts came from (for reports). */
export interface Piece {
  /** The paragraph's text (inline notes already cut out), or the HTML of a break when `html` is set. */
  readonly text: string;
  /** Offset in the fic of `text[0]` (reports point there plus the offset in the text). */
  readonly at: number;
  /** Ready-made HTML (a scene break): emitted as is, on a line of its own. */
  readonly html?: string;
}

/** Something AO3 would strip from the writer's HTML, left out of the export. */
export interface HtmlProblem {
  /** Offset in the fic. */
  readonly at: number;
  readonly message: string;
}

interface Mark {
  start: number;
  end: number;
  kind: 'start' | 'end' | 'drop';
  name: string;
  attrs: { name: string; value: string }[];
  selfClosing: boolean;
}

const rawStates: Record<string, number> = {
  script: TokenizerMode.SCRIPT_DATA, style: TokenizerMode.RAWTEXT, xmp: TokenizerMode.RAWTEXT, iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT, noframes: TokenizerMode.RAWTEXT, plaintext: TokenizerMode.PLAINTEXT,
  title: TokenizerMode.RCDATA, textarea: TokenizerMode.RCDATA,
};

/** The tags and comments of `text`, in order, with their spans. */
function tokenize(text: string): Mark[] {
  const marks: Mark[] = [];
  const push = (kind: Mark['kind'], name: string, loc: { startOffset: number; endOffset: number } | null, attrs: Mark['attrs'] = [], selfClosing = false) => {
    if (loc) marks.push({ start: loc.startOffset, end: loc.endOffset, kind, name, attrs, selfClosing });
  };
  const handler: TokenHandler = {
    onCharacter() {},
    onWhitespaceCharacter() {},
    onNullCharacter() {},
    onComment: (t) => push('drop', '#comment', t.location),
    onDoctype: (t) => push('drop', '#doctype', t.location),
    onStartTag(t) {
      push('start', t.tagName, t.location, t.attrs.map((a) => ({ name: a.name, value: a.value })), t.selfClosing);
      const state = rawStates[t.tagName];
      if (state !== undefined) tokenizer.state = state as typeof tokenizer.state;
    },
    onEndTag: (t) => push('end', t.tagName, t.location),
    onEof() {},
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(text, true);
  return marks;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;', '"': '&quot;' };

/** Text escaped for an HTML text node. */
export function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => escapes[c]!);
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\u00a0]/g, (c) => escapes[c]!);
}

/** `text[start, end)` with its character references decoded, as the tokenizer decodes them. */
function decode(text: string, start: number, end: number, decoderNow: () => HtmlEntityDecoder, got: number[]): string {
  let out = '';
  let run = start;
  for (let i = text.indexOf('&', start); i >= 0 && i < end; i = text.indexOf('&', i + 1)) {
    const decoder = decoderNow();
    got.length = 0;
    decoder.startEntity(DecodingMode.Legacy);
    let n = decoder.write(text, i + 1);
    if (n < 0) n = decoder.end();
    if (n > 0 && got.length > 0 && i + n <= end) {
      out += text.slice(run, i) + String.fromCharCode(...got);
      run = i + n;
      i = run - 1;
    }
  }
  return out + text.slice(run, end);
}

const linkProtocols = /^(?:https?:|ftp:|mailto:|[^:]*$)/i;
const sourceProtocols = /^(?:https?:|[^:]*$)/i;

/**
 * The HTML of `pieces` for AO3's HTML editor, and what of the writer's HTML was left out. One line per
 * paragraph; never throws.
 */
export function renderHtml(pieces: readonly Piece[]): { html: string; problems: HtmlProblem[] } {
  const problems: HtmlProblem[] = [];
  // The paragraphs joined as one text, so a tag or comment may run over paragraphs as it does on AO3.
  let joined = '';
  const starts: number[] = [];
  for (const piece of pieces) {
    if (joined) joined += '\n\n';
    starts.push(joined.length);
    joined += piece.html !== undefined ? '\ue000' : piece.text;
  }
  const fic = (offset: number): number => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
    return (pieces[k]?.at ?? 0) + Math.max(0, offset - (starts[k] ?? 0));
  };
  // Without a `<` the tokenizer finds no tag: the usual author's note never loads or runs parse5 (its
  // first load is ~5 ms of the first diagnostics of a fic just opened).
  let marks: Mark[];
  try {
    marks = joined.includes('<') ? tokenize(joined) : [];
  } catch {
    marks = [];
  }
  const emphasis = findEmphasis(joined, marks);
  const got: number[] = [];
  let decoder: HtmlEntityDecoder | undefined; // made at the first `&` (it loads the entity tables)
  const decoderNow = () => (decoder ??= new HtmlEntityDecoder((cp) => got.push(cp)));

  const lines: string[] = [];
  let line = ''; // the paragraph being built
  let content = false; // it holds text or an image
  let inP = false;
  const inline: { name: string; tag: string }[] = []; // writer's inline elements open across paragraphs
  const blocks: string[] = []; // writer's block elements open
  let skip: string | undefined;

  const openParagraph = () => {
    if (inP) return;
    line += '<p>' + inline.map((e) => e.tag).join('');
    inP = true;
  };
  const endParagraph = () => {
    if (inP) line += inline.map((e) => `</${e.name}>`).reverse().join('') + '</p>';
    inP = false;
    if (content || /<(?:hr|img)\b/.test(line)) lines.push(line.replace(/^(?:<p>)?(?:\s|<br \/>)+|(?:\s|<br \/>)+(?=<\/p>$)/g, (m) => (m.startsWith('<p>') ? '<p>' : '')));
    else if (blocks.length || /<\/(?!p>)/.test(line)) lines.push(line); // block tags opened or closed here
    line = '';
    content = false;
  };
  const text = (from: number, to: number) => {
    if (skip || to <= from) return;
    let at = from;
    const flush = (until: number) => {
      if (until <= at) return;
      const raw = decode(joined, at, until, decoderNow, got);
      if (/\S/.test(raw.replace(/\u00a0/g, ' ')) || raw.includes('\u00a0')) {
        openParagraph();
        content = content || /\S/.test(raw);
      } else if (!inP && !blocks.length) {
        at = until;
        return;
      }
      line += escapeText(raw).replace(/[ \t]*\r?\n[ \t]*|[ \t]*\r[ \t]*/g, '<br />\n');
      at = until;
    };
    for (const e of emphasis.inRange(from, to)) {
      flush(e.start);
      openParagraph();
      line += e.html;
      at = e.end;
    }
    flush(to);
  };

  /** Opens piece `k`; marks before `from` start before it (they are sorted by start). */
  const startPiece = (k: number, from: number) => {
    const p = pieces[k]!;
    if (p.html !== undefined) {
      lines.push(p.html);
      return;
    }
    // A paragraph that opens with a block element is not wrapped in <p>. Its first mark is found from
    // where the walk is, not from the first mark: a search of every mark per paragraph was quadratic.
    let j = from;
    while (j < marks.length && marks[j]!.start < starts[k]!) j++;
    const first = j < marks.length && marks[j]!.start < starts[k]! + p.text.length ? marks[j] : undefined;
    const lead = first ? joined.slice(starts[k]!, first.start) : p.text;
    const opensBlock = first && first.kind === 'start' && blockElements.has(first.name) && !/\S/.test(lead);
    if (!opensBlock && blocks.length === 0 && inline.length > 0) openParagraph();
  };

  let pos = 0;
  let m = 0;
  for (let k = 0; k < pieces.length; k++) {
    const begin = starts[k]!;
    if (begin < pos) continue; // swallowed by a tag or comment running over paragraphs
    if (k > 0) endParagraph();
    startPiece(k, m);
    const stop = k + 1 < starts.length ? starts[k + 1]! - 2 : joined.length;
    pos = begin;
    if (pieces[k]!.html !== undefined) {
      pos = stop;
      continue;
    }
    while (m < marks.length && marks[m]!.start < stop) {
      const mark = marks[m++]!;
      if (mark.start < pos) continue;
      text(pos, mark.start);
      pos = mark.end;
      handleMark(mark);
    }
    if (pos < stop) {
      text(pos, stop);
      pos = stop;
    }
  }
  endParagraph();
  return { html: lines.join('\n') + (lines.length ? '\n' : ''), problems };

  function handleMark(mark: Mark): void {
    const name = mark.name;
    const at = fic(mark.start);
    if (skip) {
      if (mark.kind === 'end' && name === skip) skip = undefined;
      return;
    }
    if (mark.kind === 'drop') {
      problems.push({ at, message: name === '#comment' ? 'an HTML comment: AO3 deletes it' : 'a <!DOCTYPE>: AO3 deletes it' });
      return;
    }
    if (removedWithContents.has(name)) {
      if (mark.kind === 'start') {
        problems.push({ at, message: `<${name}>: AO3 deletes it with everything inside it` });
        if (!mark.selfClosing && !voidElements.has(name)) skip = name;
      }
      return;
    }
    if (!allowedElements.has(name)) {
      if (mark.kind === 'start') problems.push({ at, message: `<${name}>: AO3 does not allow this element; its text is kept without it` });
      if (spacedWhenRemoved.has(name)) line += ' ';
      return;
    }
    if (mark.kind === 'end') {
      if (name === 'p' && inP) {
        endParagraph();
        return;
      }
      const i = inline.map((e) => e.name).lastIndexOf(name);
      if (i >= 0) {
        line += inline.splice(i).map((e) => `</${e.name}>`).reverse().join('');
        return;
      }
      const b = blocks.lastIndexOf(name);
      if (b >= 0) {
        if (inP) {
          line += inline.map((e) => `</${e.name}>`).reverse().join('') + '</p>';
          inP = false;
        }
        line += blocks.splice(b).map((n) => `</${n}>`).reverse().join('');
        return;
      }
      problems.push({ at, message: `</${name}> closes nothing: left out` });
      return;
    }
    const attrs: string[] = [];
    for (const a of mark.attrs) {
      const protocolOk = name === 'a' && a.name === 'href' ? linkProtocols.test(a.value.trim()) : (name === 'img' && a.name === 'src') || a.name === 'cite' ? sourceProtocols.test(a.value.trim()) : true;
      if (attributeAllowed(name, a.name) && protocolOk) attrs.push(` ${a.name}="${escapeAttribute(a.value)}"`);
      else problems.push({ at, message: `the ${a.name} attribute of <${name}>: AO3 deletes it` });
    }
    const tag = `<${name}${attrs.join('')}${voidElements.has(name) ? ' />' : '>'}`;
    if (voidElements.has(name)) {
      if (name !== 'br' && name !== 'hr' && !inP && !blocks.length) openParagraph();
      if (name === 'img' || name === 'hr') content = true;
      if (name === 'hr' && inP) {
        line += inline.map((e) => `</${e.name}>`).reverse().join('') + '</p>';
        inP = false;
      }
      line += tag;
      return;
    }
    if (name === 'p') {
      if (inP) endParagraph();
      line += '<p' + attrs.join('') + '>' + inline.map((e) => e.tag).join('');
      inP = true;
      return;
    }
    if (blockElements.has(name) || name === 'li' || name === 'dd' || name === 'dt' || name === 'figcaption' || /^(?:t[dhr]|thead|tbody|tfoot|caption|colgroup)$/.test(name)) {
      if (inP) {
        line += inline.map((e) => `</${e.name}>`).reverse().join('') + '</p>';
        inP = false;
      }
      blocks.push(name);
      line += tag;
      return;
    }
    if (!inP && !blocks.length) openParagraph();
    line += tag;
    inline.push({ name, tag });
  }
}
