/** Command-line parsing for `fic`: a command, files, and a few flags. Pure; errors are values. */

export type Command = 'count' | 'check' | 'export';

export interface CliOptions {
  command: Command;
  files: string[];
  json: boolean;
  /** `--canon FILE` (repeatable): canon files read in addition to those found next to the fics. */
  canon: string[];
  /** `--no-canon-discovery`: read only the `--canon` files. */
  discoverCanon: boolean;
  /** `--target N`: like the `fic.wordCount.target` setting. */
  target?: number;
  /** `--no-spelling`: no English spelling check (like `fic.spelling.enabled: false`). */
  spelling?: boolean;
  /** `--language en-US|en-GB`: like `fic.spelling.language`. */
  language?: 'en-US' | 'en-GB';
  /** `--to ao3|ffn` (export). */
  to?: 'ao3' | 'ffn';
  /** `--out DIR` (export): where the chapter files go; default next to each fic. */
  out?: string;
  /** `--breaks glyph|hr` (export, AO3): scene breaks as the centred glyph or `<hr />`. */
  breaks?: 'glyph' | 'hr';
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; command?: Command }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

const commands: readonly Command[] = ['count', 'check', 'export'];

/** Parses `argv` (without `node` and the script). Flags may come before or after the files. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { kind: 'error', message: 'no command given (try `fic count FILE` or `fic --help`)' };
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0] as Command | undefined;
    return { kind: 'help', command: topic && commands.includes(topic) ? topic : undefined };
  }
  if (first === '--version' || first === '-V' || first === '-v') return { kind: 'version' };
  if (!commands.includes(first as Command)) {
    return first!.startsWith('-')
      ? { kind: 'error', message: `unknown option '${first}' (a command comes first: count, check or export)` }
      : { kind: 'error', message: `unknown command '${first}' (commands: count, check, export)` };
  }
  const command = first as Command;
  const options: CliOptions = { command, files: [], json: false, canon: [], discoverCanon: true };
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? (i + 1 < rest.length ? rest[++i] : undefined);
    switch (flag) {
      case '--':
        onlyFiles = true;
        break;
      case '--help':
      case '-h':
        return { kind: 'help', command };
      case '--version':
      case '-V':
        return { kind: 'version' };
      case '--json':
        if (inline !== undefined) return { kind: 'error', message: '--json takes no value' };
        options.json = true;
        break;
      case '--canon': {
        if (command !== 'check') return { kind: 'error', message: '--canon is an option of `fic check`' };
        const file = value();
        if (!file) return { kind: 'error', message: '--canon needs a file: --canon names.canon' };
        options.canon.push(file);
        break;
      }
      case '--no-spelling':
        if (command !== 'check') return { kind: 'error', message: '--no-spelling is an option of `fic check`' };
        options.spelling = false;
        break;
      case '--language': {
        if (command !== 'check') return { kind: 'error', message: '--language is an option of `fic check`' };
        const raw = value();
        if (raw !== 'en-US' && raw !== 'en-GB') return { kind: 'error', message: `--language needs en-US or en-GB${raw ? `, not '${raw}'` : ''}` };
        options.language = raw;
        break;
      }
      case '--no-canon-discovery':
        if (command !== 'check') return { kind: 'error', message: '--no-canon-discovery is an option of `fic check`' };
        options.discoverCanon = false;
        break;
      case '--target': {
        const raw = value();
        const n = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN;
        if (!(n > 0)) return { kind: 'error', message: `--target needs a positive whole number of words${raw ? `, not '${raw}'` : ''}` };
        options.target = n;
        break;
      }
      case '--to': {
        if (command !== 'export') return { kind: 'error', message: '--to is an option of `fic export`' };
        const to = value();
        if (to !== 'ao3' && to !== 'ffn') return { kind: 'error', message: `--to needs ao3 or ffn${to ? `, not '${to}'` : ''}` };
        options.to = to;
        break;
      }
      case '--out': {
        if (command !== 'export') return { kind: 'error', message: '--out is an option of `fic export`' };
        const dir = value();
        if (!dir) return { kind: 'error', message: '--out needs a folder: --out posted/' };
        options.out = dir;
        break;
      }
      case '--breaks': {
        if (command !== 'export') return { kind: 'error', message: '--breaks is an option of `fic export`' };
        const b = value();
        if (b !== 'glyph' && b !== 'hr') return { kind: 'error', message: `--breaks needs glyph or hr${b ? `, not '${b}'` : ''}` };
        options.breaks = b;
        break;
      }
      default:
        return { kind: 'error', message: `unknown option '${flag}' for \`fic ${command}\` (see \`fic ${command} --help\`)` };
    }
  }
  if (options.files.length === 0) return { kind: 'error', message: `no files given: fic ${command} FILE...` };
  if (command === 'export' && !options.to) return { kind: 'error', message: 'fic export needs --to ao3 or --to ffn' };
  return { kind: 'run', options };
}

export const usage = `Usage: fic <command> [options] FILE...

Commands:
  count FILE|DIR... AO3 word counts per file: story, author's notes, header, total; a folder is a work:
                    per chapter and the work's total
  check FILE|DIR... diagnostics (canon names, unclosed quotes, targets) as file:line:col: severity code message
  export --to ao3|ffn FILE...   per chapter, the HTML for AO3's HTML editor or FanFiction.net's document manager

Options:
  --json                 machine-readable output
  --canon FILE.canon     (check) also read this canon file; repeatable
  --no-canon-discovery   (check) do not look for *.canon files next to the fics
  --target N             a story word-count goal, like the fic.wordCount.target setting
  --no-spelling          (check) no English spelling check (spelling.unknown-word)
  --language en-US|en-GB (check) the English whose spellings suggestions prefer (both are accepted)
  --to ao3|ffn           (export) the site to export for
  --out DIR              (export) write the chapter files into DIR (default: FIC.ao3/ or FIC.ffn/ next to the fic)
  --breaks glyph|hr      (export, ao3) scene breaks as the writer's glyph, centred (default), or <hr />
  -h, --help             this help;  -V, --version  the version

Works: a folder of chapter files (*.fic) in natural order (01 Prologue.fic, 2.fic, Chapter 10.fic), or in
the order a work file (*.ficwork, with a Chapters: list) gives; every folder with chapters under DIR is a work.

Exit status: 0 fine (or only information/hints), 1 warnings or errors found (check) or a posting limit
broken (export), 2 usage or file errors.
Canon files: every *.canon file under the fic's project folder (the nearest folder above the fic holding
.git, package.json or .vscode; else the fic's own folder), as the language server reads **/*.canon.
`;

export const commandUsage: Record<Command, string> = {
  count: `Usage: fic count [--json] [--target N] FILE|DIR...

Prints the AO3 word count of each fic: the story (what AO3 shows once posted: no header, no author's
notes), the notes, the header and the total, as a table with a total row, or as JSON with --json.
A folder is read as works: each chapter a row, and the work's total (JSON: { "works": [...] }).
`,
  check: `Usage: fic check [--json] [--canon FILE.canon]... [--no-canon-discovery] [--target N] [--no-spelling] [--language en-US|en-GB] FILE|DIR...

Prints every finding as  file:line:col: severity code message  (line and column from 1).
Exits 1 when there is a warning or an error, 0 when there are only information and hints.
Canon: *.canon files under the fic's project folder are read automatically, plus every --canon file.
A folder is read as works: every chapter is checked, and the work file's chapter list.
`,
  export: `Usage: fic export --to ao3|ffn [--json] [--out DIR] [--breaks glyph|hr] FILE...

--to ao3: writes each chapter's body as the HTML AO3's HTML editor takes (01.html, 02.html...) into
FIC.ao3/ next to the fic (or --out DIR), with work.json holding every field of the posting form: title,
summary, notes, end notes, rating, warnings, fandoms, relationships, characters, tags, language and per
chapter title, notes, end notes, body and AO3's word count. --json prints that structure instead of
writing files. --to ffn: one HTML document per chapter for FanFiction.net's document manager.
Problems (posting limits, values AO3 does not take, HTML AO3 would strip) go to stderr as
file:line:col: severity code message; a broken posting limit exits 1.
`,
};
