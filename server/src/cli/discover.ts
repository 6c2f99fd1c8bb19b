/**
 * Finds the canon files a fic is checked against, as the language server does with `**\/*.canon` in a
 * workspace: the fic's project folder is the nearest ancestor holding `.git`, `package.json` or
 * `.vscode` (the folder a writer would open), else the fic's own folder; every `*.canon` under it counts.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { walkFolder } from '../node/workScan';

const ROOT_MARKERS = ['.git', 'package.json', '.vscode'];
/** Folders never searched: tools' and version control's, as VS Code's default `files.exclude` and search do. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
/** Directory entries examined per root, so pointing at `/` cannot hang; hitting it is reported. */
const MAX_ENTRIES = 200_000;

/** The project folder of `file` (absolute). */
export function projectRoot(file: string): string {
  const start = dirname(resolve(file));
  for (let dir = start; ; dir = dirname(dir)) {
    if (ROOT_MARKERS.some((m) => existsSync(join(dir, m)))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

export interface Discovery {
  files: string[];
  /** Folders that could not be read completely, or a search cut short: said, never silent. */
  warnings: string[];
}

/** Every `*.canon` file under the project folders of `fics`, each once, sorted. */
export function discoverCanonFiles(fics: readonly string[]): Discovery {
  const roots = [...new Set(fics.map(projectRoot))];
  const found = new Set<string>();
  const warnings: string[] = [];
  for (const root of roots) {
    walkFolder(
      root,
      {
        enter: (name) => !SKIP_DIRS.has(name) && !(name.startsWith('.') && name !== '.vscode'),
        visit(full, entry) {
          if (entry.name.endsWith('.canon') && (entry.isFile() || entry.isSymbolicLink())) found.add(full);
        },
        unreadable: (dir) => void warnings.push(`could not read folder ${dir} while looking for canon files`),
        stopped: () => void warnings.push(`stopped looking for canon files under ${root} after ${MAX_ENTRIES} entries; pass them with --canon`),
      },
      MAX_ENTRIES,
    );
  }
  return { files: [...found].sort(), warnings };
}
