/**
 * Scene breaks: a line made only of break glyphs (`***`, `* * *`, `~*~`, `xXx`, `oOo`, `-o-o-`, `---`,
 * `___`, `+++`, `###`, `◇◆◇`) or an HTML rule (`<hr>`, `<hr/>`).
 */
import { isSpace, lower } from './chars';

/** ASCII punctuation that may make up a break line. `.` is left out: a lone `...` is a beat of prose. */
function isAsciiGlyph(c: number): boolean {
  switch (c) {
    case 0x2a: // *
    case 0x7e: // ~
    case 0x2d: // -
    case 0x5f: // _
    case 0x3d: // =
    case 0x2b: // +
    case 0x23: // #
    case 0x3c: // <
    case 0x3e: // >
    case 0x2f: // /
    case 0x5c: // \
    case 0x7c: // |
    case 0x3a: // :
      return true;
    default:
      return false;
  }
}

/** Letters used as break glyphs: x X o O and the digit 0 (`xXx`, `oOo`, `o0o`). */
function isLetterGlyph(c: number): boolean {
  return c === 0x78 || c === 0x58 || c === 0x6f || c === 0x4f || c === 0x30;
}

/** Dashes and dots that count as glyphs but need company (`———`, `•••`). */
function isWideGlyph(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2022 || c === 0xb7 || c === 0xb0 || c === 0xd7;
}

/** Ornaments that make a break even alone (`§`, `❖`, `◇`, `★`, `⁂`, `※`). */
function isOrnament(c: number): boolean {
  return c === 0xa7 || c === 0xa4 || c === 0x203b || c === 0x2042 || c === 0x221e || (c >= 0x2500 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff);
}

/**
 * False when a line whose first unit is `c` cannot be a scene break (`isBreakLine` is then false): a
 * break line opens with a glyph, `<hr>` included. Lets the parse pass over most lines without a call.
 */
export function mayOpenBreak(c: number): boolean {
  return isSpace(c) || isLetterGlyph(c) || isAsciiGlyph(c) || isWideGlyph(c) || isOrnament(c);
}

/**
 * Whether the trimmed line `text[start, end)` is a scene break. Rule: every non-space unit is a glyph,
 * and there are at least three of them (or one ornament); a line of only x/o letters must alternate
 * (`xXx`, `oOo`, `xoxo`) so that words like `Ooo` stay prose.
 */
export function isBreakLine(text: string, start: number, end: number): boolean {
  if (isHtmlRule(text, start, end)) return true;
  let glyphs = 0;
  let symbols = 0;
  let ornament = false;
  let alternating = true;
  let prev = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (isLetterGlyph(c)) {
      if (c === prev) alternating = false;
    } else if (isAsciiGlyph(c) || isWideGlyph(c)) {
      symbols++;
    } else if (isOrnament(c)) {
      symbols++;
      ornament = true;
    } else {
      return false;
    }
    prev = c;
    glyphs++;
  }
  if (ornament) return true;
  if (glyphs < 3) return false;
  return symbols > 0 || alternating;
}

/** `<hr>`, `<hr/>`, `<hr />`, any case, as the whole line. */
function isHtmlRule(text: string, start: number, end: number): boolean {
  if (end - start < 4 || end - start > 12) return false;
  if (text.charCodeAt(start) !== 0x3c || lower(text.charCodeAt(start + 1)) !== 0x68 || lower(text.charCodeAt(start + 2)) !== 0x72) return false;
  let i = start + 3;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i < end && text.charCodeAt(i) === 0x2f) i++;
  return i === end - 1 && text.charCodeAt(i) === 0x3e;
}
