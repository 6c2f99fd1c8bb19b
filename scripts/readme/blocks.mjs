// The fenced code blocks of README.md, with the `<!-- ci: ... -->` marker that may stand on the line
// before a block. CI runs the README itself rather than a copy of it: scripts/ci/readme-run.mjs runs the
// blocks marked `ci: run` on a fresh clone (and compares a `ci: output` block with what the command
// before it printed), and scripts/editors/nvim-test.mjs loads the Lua block marked for the installed
// Neovim. Plain Node, no dependencies: it runs before `npm ci`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const shellLanguages = new Set(['sh', 'bash', 'shell', 'console']);

/**
 * Every fenced block (``` or ~~~, three or more) of a Markdown text, in order: its info string's first
 * word as `lang` ('' when untagged), its body, the 1-based line of its opening fence, and `marker`, the
 * text of a `<!-- ci: ... -->` comment on the nearest non-blank line above the fence (or '').
 */
export function readmeBlocks(text) {
  const lines = text.split(/\r?\n/);
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    let above = i - 1;
    while (above >= 0 && lines[above].trim() === '') above--;
    const mark = above >= 0 ? /^\s*<!--\s*ci:\s*(.*?)\s*-->\s*$/.exec(lines[above]) : null;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(lines[j])) body.push(lines[j++]);
    blocks.push({ lang: open[2].toLowerCase(), code: body.join('\n'), line: i + 1, marker: mark ? mark[1] : '' });
    i = j;
  }
  return blocks;
}

/** README.md's blocks (of `file`, by default this repository's README). */
export function loadReadmeBlocks(file = path.join(repo, 'README.md')) {
  return readmeBlocks(fs.readFileSync(file, 'utf8'));
}

/**
 * The shell commands of a block, one per entry: comment-only lines dropped, a trailing `# comment`
 * kept (bash ignores it), and lines ending in `\` joined with the next.
 */
export function commandsOf(block) {
  const commands = [];
  let pending = '';
  for (const raw of block.code.split('\n')) {
    const line = pending + raw;
    if (/\\$/.test(line)) {
      pending = line.slice(0, -1); // as bash reads it: the backslash and newline go
      continue;
    }
    pending = '';
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    commands.push(line.trim());
  }
  if (pending.trim()) commands.push(pending.trim());
  return commands;
}

/**
 * The block to configure `editor` ('nvim' or 'emacs') at `version` ([major, minor, patch]) with: among
 * the blocks marked `ci: EDITOR X.Y` (X.Y the oldest version the block is for), the one with the
 * highest X.Y not above `version`; undefined if every block wants a newer version.
 */
export function editorBlockFor(blocks, editor, version) {
  let best;
  for (const b of blocks) {
    const m = /^(\S+) (\d+)(?:\.(\d+))?$/.exec(b.marker);
    if (!m || m[1] !== editor) continue;
    const min = [Number(m[2]), Number(m[3] ?? 0)];
    const fits = version[0] > min[0] || (version[0] === min[0] && version[1] >= min[1]);
    if (fits && (!best || min[0] > best.min[0] || (min[0] === best.min[0] && min[1] > best.min[1]))) best = { block: b, min };
  }
  return best?.block;
}
