/**
 * Standard output and error for the `fic` process, written with `writeSync` on file descriptors 1 and
 * 2. `process.stdout` and `process.stderr` are not touched unless needed: on a pipe each sets up a
 * socket stream (~3.5 ms of a cold `fic check`, whose whole run is a few tens of ms past Node's own
 * start). A descriptor that cannot take the text now (EAGAIN: a non-blocking pipe or terminal the parent
 * shares) gets the rest through its stream, which waits for it; the process then exits once every such
 * write is handed over. A closed pipe (`fic check | head`) takes nothing more, quietly, as with other Unix
 * tools; the process still ends with the status of its findings.
 */
import { writeSync } from 'node:fs';

export interface ProcessOutput {
  out(text: string): void;
  err(text: string): void;
  /** Exits with `code` once everything written has been handed over (at once when nothing waits). */
  exit(code: number): void;
}

/** Writes of more than this many characters go out in parts of it: no whole UTF-8 copy of a long report. */
const PART = 1 << 16;

/** The process's output, with `streamOf(fd)` for the descriptors that cannot take a write at once. */
export function processOutput(streamOf: (fd: 1 | 2) => NodeJS.WriteStream = (fd) => (fd === 1 ? process.stdout : process.stderr)): ProcessOutput {
  const streams: (NodeJS.WriteStream | undefined)[] = [];
  const closed: boolean[] = [];
  let pending = 0;
  let exitCode: number | undefined;

  const settle = () => {
    if (exitCode !== undefined && pending === 0) process.exit(exitCode);
  };

  const stream = (fd: 1 | 2): NodeJS.WriteStream => {
    let s = streams[fd];
    if (!s) {
      s = streams[fd] = streamOf(fd);
      s.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        closed[fd] = true; // its pending writes' callbacks still come (with the error)
      });
    }
    return s;
  };

  /** Hands `chunk` to the descriptor's stream; the process exits only after the stream took it. */
  const toStream = (fd: 1 | 2, chunk: string | Uint8Array) => {
    pending++;
    stream(fd).write(chunk, () => {
      pending--;
      settle();
    });
  };

  const write = (fd: 1 | 2, text: string) => {
    if (closed[fd]) return;
    // Once a descriptor's stream is in use, the rest goes the same way, in order.
    if (streams[fd]) return toStream(fd, text);
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + PART);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
      const bytes = Buffer.from(text.slice(at, end), 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed[fd] = true;
          return;
        }
        if (code !== 'EAGAIN') throw error;
        // The descriptor is full for now: the rest of this part (as bytes: `done` may fall inside a
        // character) and of the text go through the stream, which waits until it can take them.
        toStream(fd, bytes.subarray(done));
        if (end < text.length) toStream(fd, text.slice(end));
        return;
      }
      at = end;
    }
  };

  return {
    out: (text) => write(1, text),
    err: (text) => write(2, text),
    exit(code) {
      exitCode = code;
      process.exitCode = code; // should the loop run dry before the last callback, it ends the same
      settle();
    },
  };
}
