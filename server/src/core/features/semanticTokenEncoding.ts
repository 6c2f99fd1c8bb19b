/**
 * Turns offset spans into the LSP semantic-token encoding in one forward sweep over the text: lines
 * are counted as the sweep passes them (native `indexOf` for the next break, cached), never with a
 * per-token `positionAt`, so the cost is linear in text + tokens even for one 5 MB line. The text may
 * be any `TextSource`: one that is not a string is searched a part at a time.
 */
import type { TextSource } from '../model';
import { UnitFinder } from '../source';

/**
 * Encodes `spans` (flat `[start, end, type, ...]`, sorted, not overlapping) as LSP semantic tokens
 * `[deltaLine, deltaChar, length, type, 0]`, splitting spans at line breaks (LF, CRLF or a lone CR, as
 * LSP counts lines). `fromOffset` must be the start of line `fromLine`; no span may start before it.
 * Empty pieces (a blank line inside a note) are dropped; deltas start from line 0, character 0.
 */
export function encodeSemanticTokens(text: TextSource, spans: ArrayLike<number>, fromOffset = 0, fromLine = 0): number[] {
  // Plain locals, no closures: this loop runs once per token of a 500k-word fic.
  // Room for one token per span; more are added when a span crosses lines.
  const data: number[] = new Array<number>(Math.floor(spans.length / 3) * 5);
  let n = 0;
  let line = fromLine;
  let lineStart = fromOffset;
  let prevLine = 0;
  let prevChar = 0;
  // The next `\n` and `\r` at or after the sweep, each searched once per line; `brk` is the next line
  // break (`text.length` when none is left: small integers only keep V8 on its fast path) and
  // `brkLength` its length (2 for CRLF).
  const none = text.length;
  const lfs = new UnitFinder(text, '\n');
  const crs = new UnitFinder(text, '\r');
  let lf = found(lfs.indexOf(lineStart), none);
  let cr = found(crs.indexOf(lineStart), none);
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
        if (lf < lineStart) lf = found(lfs.indexOf(lineStart), none);
        if (cr < lineStart) cr = found(crs.indexOf(lineStart), none);
        brk = cr < lf ? cr : lf;
        brkLength = cr + 1 === lf && lf < none ? 2 : 1;
      }
      if (pos < lineStart) pos = lineStart; // started inside a CRLF
      const pieceEnd = end < brk ? end : brk;
      if (pieceEnd > pos) {
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
  data.length = n;
  return data;
}

function found(i: number, none: number): number {
  return i < 0 ? none : i;
}
