/**
 * Turns offset spans into the LSP semantic-token encoding in one forward sweep over the text: lines
 * are counted as the sweep passes them (native `indexOf` for the next break, cached), never with a
 * per-token `positionAt`, so the cost is linear in text + tokens even for one 5 MB line. The text may
 * be any `TextSource` (the server's document buffer is searched in place).
 */
import type { TextSource } from '../model';

/**
 * Encodes `spans` (flat `[start, end, type, ...]`, sorted, not overlapping) as LSP semantic tokens
 * `[deltaLine, deltaChar, length, type, 0]`, splitting spans at line breaks (LF, CRLF or a lone CR, as
 * LSP counts lines). `fromOffset` must be the start of line `fromLine`; no span may start before it.
 * Empty pieces (a blank line inside a note) are dropped; deltas start from line 0, character 0.
 */
export function encodeSemanticTokens(text: TextSource, spans: ArrayLike<number>, fromOffset = 0, fromLine = 0): Uint32Array {
  // Plain locals, no closures: this loop runs once per token of a 500k-word fic.
  // A typed array, 4 bytes a number: room for one token per span, doubled when spans cross lines.
  let data = new Uint32Array(Math.floor(spans.length / 3) * 5 + 20);
  let n = 0;
  let line = fromLine;
  let lineStart = fromOffset;
  let prevLine = 0;
  let prevChar = 0;
  // The next `\n` and `\r` at or after the sweep, each searched once per line; `brk` is the next line
  // break (`text.length` when none is left: small integers only keep V8 on its fast path) and
  // `brkLength` its length (2 for CRLF).
  const none = text.length;
  // No piece ends past the spans' last end, so no break past it is looked for (a break right after it
  // still tells a CRLF): re-encoding a few lines never searches the rest of a long text for a `\r` that
  // is not there.
  let maxEnd = lineStart;
  for (let i = 1; i < spans.length; i += 3) if (spans[i]! > maxEnd) maxEnd = spans[i]!;
  const limit = Math.min(none, maxEnd + 2);
  let lf = nextBreak(text, '\n', lineStart, limit, none);
  let cr = nextBreak(text, '\r', lineStart, limit, none);
  let brk = cr < lf ? cr : lf;
  let brkLength = cr + 1 === lf && lf < none ? 2 : 1;
  for (let i = 0; i + 2 < spans.length; i += 3) {
    const start = spans[i];
    const end = spans[i + 1];
    const type = spans[i + 2];
    let pos = start;
    for (;;) {
      // Move the sweep past every line break before `pos`.
      while (brk < pos) {
        line++;
        lineStart = brk + brkLength;
        if (lf < lineStart) lf = nextBreak(text, '\n', lineStart, limit, none);
        if (cr < lineStart) cr = nextBreak(text, '\r', lineStart, limit, none);
        brk = cr < lf ? cr : lf;
        brkLength = cr + 1 === lf && lf < none ? 2 : 1;
      }
      if (pos < lineStart) pos = lineStart; // started inside a CRLF
      const pieceEnd = end < brk ? end : brk;
      if (pieceEnd > pos) {
        if (n + 5 > data.length) {
          const grown = new Uint32Array(data.length * 2);
          grown.set(data);
          data = grown;
        }
        const char = pos - lineStart;
        data[n++] = line - prevLine;
        data[n++] = line === prevLine ? char - prevChar : char;
        data[n++] = pieceEnd - pos;
        data[n++] = type;
        data[n++] = 0;
        prevLine = line;
        prevChar = char;
      }
      if (end <= brk + brkLength) break;
      pos = brk + brkLength;
    }
  }
  return data.slice(0, n);
}

/** Units searched as a cut of the text rather than by `indexOf` over all the rest of it. */
const shortRange = 4096;

/**
 * Where `ch` first occurs in `[from, limit)` of `text`, or `none`: a short range is cut out and searched
 * (so a missing character costs the range, not the rest of the text); a long one is searched in place.
 */
function nextBreak(text: TextSource, ch: string, from: number, limit: number, none: number): number {
  if (from >= limit) return none;
  if (limit - from <= shortRange) {
    const i = text.slice(from, limit).indexOf(ch);
    return i < 0 ? none : from + i;
  }
  const i = text.indexOf(ch, from);
  return i < 0 || i >= limit ? none : i;
}
