/** Offsets (UTF-16 code units) to 1-based line and column, as editors and compilers print them. */

export class LineIndex {
  /** Offset of line k's first unit, for k < `count`: a typed array, grown by doubling (no boxed array push). */
  private starts = new Int32Array(64);
  private count = 1;
  /** The next LF and CR not yet read into `starts` (-1: none left). */
  private lf: number;
  private cr: number;

  /**
   * Lines are found as positions ask for them, up to the furthest offset asked: a fic without findings
   * costs no scan at all, and one with findings only in its first chapters no scan of the rest (a full
   * scan of a 500k-word fic is ~41k `indexOf` calls, ~2-3 ms of a cold `fic check`).
   */
  constructor(private readonly text: string) {
    this.lf = text.indexOf('\n');
    this.cr = -2; // not searched yet: the first line end asked for searches both
  }

  /** 1-based line and column of `offset`; the column counts UTF-16 code units, like VS Code's. */
  position(offset: number): { line: number; column: number } {
    if (this.starts[this.count - 1]! <= offset) this.readLinesTo(offset);
    const starts = this.starts;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** Reads line starts until one lies past `offset` or the text has no more. */
  private readLinesTo(offset: number): void {
    const text = this.text;
    let { lf, cr, count, starts } = this;
    if (cr === -2) cr = text.indexOf('\r');
    // LF, CRLF and lone CR all end a line, as in LSP. `indexOf` is a native scan: a call per line instead
    // of a `charCodeAt` per unit.
    while ((lf >= 0 || cr >= 0) && starts[count - 1]! <= offset) {
      let i: number;
      if (cr < 0 || (lf >= 0 && lf < cr)) i = lf;
      else i = cr + 1 === lf ? lf : cr; // CR LF ends one line
      if (count === starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = i + 1;
      if (lf >= 0 && lf <= i) lf = text.indexOf('\n', i + 1);
      if (cr >= 0 && cr <= i) cr = text.indexOf('\r', i + 1);
    }
    this.lf = lf;
    this.cr = cr;
    this.count = count;
    this.starts = starts;
  }
}
