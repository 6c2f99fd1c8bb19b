// Bundles the client, the language server and the CLI with esbuild.
// `--production` minifies and drops source maps (used by `vscode:prepublish`); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--out=DIR` builds elsewhere than out/ (the bench builds the .vsix's server into a temporary folder).
const out = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) || 'out';

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

/**
 * The English vocabulary (scripts/english-data.mjs: the en-US and en-GB Hunspell dictionaries expanded,
 * plus SCOWL 70; cached across builds), compiled at build time in place of
 * server/src/core/canon/englishData.ts: nothing reads or expands a dictionary at run time.
 *
 * The server and the CLI read the lists from a file of their own beside their bundle, `ENGLISH_WORDS_FILE`
 * (Latin-1, the four lists NUL-separated), on the first lookup: ~0.5 ms for 1.4 MB. As a literal in the
 * bundle (returned from a function, compiled on first call) the lists cost the server ~3-4 ms of
 * main-thread CPU inside a fic's open (`warmEnglish` after `initialized`), and every `fic` run read them
 * twice (in the bundle and in its code cache) and copied them out of the cache, even `fic count` and
 * `fic --version`: ~1.5 ms of a cold `fic check`, ~2.5 ms of `fic --version`. The .vsix carries the file
 * (.vscodeignore, scripts/e2e/check-vsix.mjs).
 */
const ENGLISH_WORDS_FILE = 'english.dat';
async function englishDataPlugins() {
  const { englishData, englishLevels } = await import('./english-data.mjs');
  const { mergeBands } = await import('./english-merge.mjs');
  const data = await englishData();
  // The module's types and constants stay; only the lists are replaced by their finished strings.
  const typesOnly = `export interface EnglishData { readonly levels: readonly string[]; readonly merged?: string; readonly american: string; readonly british: string; readonly names: string }\nexport const englishLevels = ${JSON.stringify(englishLevels)} as const;\n`;
  const plugin = (contents) => ({
    name: 'english-data',
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]canon[\\/]englishData\.ts$/ }, () => ({ contents, loader: 'ts' }));
    },
  });
  // The bands as one list (`EnglishData.merged`: a lookup is one search, not one per band).
  const fields = [mergeBands(data.levels), data.american, data.british, data.names];
  if (fields.some((f) => /[^\x01-\xff]/.test(f))) throw new Error(`${ENGLISH_WORDS_FILE}: the English lists hold a NUL or a character outside Latin-1`);
  const sidecarBytes = Buffer.from(fields.join('\0'), 'latin1');
  // `__dirname` is the bundle's folder (the loader passes it).
  const sidecarCode = `${typesOnly}let data: EnglishData | undefined;
export function englishWordsText(): EnglishData {
  return (data ??= read());
}
function read(): EnglishData {
  const file: string = require('node:path').join(__dirname, ${JSON.stringify(ENGLISH_WORDS_FILE)});
  let bytes: Buffer;
  try {
    bytes = require('node:fs').readFileSync(file);
  } catch (error) {
    throw new Error(\`fic: cannot read its English word list \${file} (\${(error as Error).message}); reinstall it, or build it again with \\\`npm run build\\\`\`);
  }
  const lists: string[] = [];
  for (let at = 0; lists.length < 4; ) {
    let end = bytes.indexOf(0, at);
    if (end < 0) end = bytes.length;
    lists.push(bytes.toString('latin1', at, end));
    at = end + 1;
  }
  return { levels: [], merged: lists[0], american: lists[1], british: lists[2], names: lists[3] };
}
`;
  return { sidecarBytes, sidecar: plugin(sidecarCode) };
}
const english = await englishDataPlugins();

/**
 * Node built-ins that vscode-jsonrpc and vscode-languageserver require at load time but use only on paths
 * a stdio or IPC server never takes (random pipe names, finding global npm/yarn modules). Loading them costs
 * ~5 ms of the server's start-up, before it can answer `initialize`; here each becomes a stand-in that
 * loads the real module on first property access.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(crypto|child_process)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(jsonrpc|languageserver)[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:${args.path}'))[key] });\n`,
      loader: 'js',
    }));
  },
};

// The server is a bundle, out/server-main.js, behind a small loader, out/server.js, that compiles it with a
// V8 code cache when one fits (see `codeCacheLoader` below): in the .vsix (production) and in a development
// build (`npm run build`, whose out/server.js is what `fic-language-server`, the tests and the bench run).
const serverBundle = `${out}/server-main.js`;
const cliBundle = `${out}/cli-main.js`;
/**
 * Every server module that imports from vscode-languageserver gets its own esbuild interop copy of the
 * library's ~300 exports (`__toESM`: a getter defined per export, per importing module: ~4 ms of start-up
 * for eight modules). Here they import from one module per entry point that requires the library once and
 * exports its names (listed now, from the library itself) as plain constants: no copies at all.
 */
const languageServerOnce = {
  name: 'vscode-languageserver-once',
  setup(build) {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const requireHere = createRequire(root);
    build.onResolve({ filter: /^vscode-languageserver(\/node)?$/ }, (args) =>
      args.namespace !== 'lsp-once' && /[\\/]server[\\/]src[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lsp-once' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lsp-once' }, (args) => {
      const names = Object.keys(requireHere(args.path)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      return {
        contents: `const lib = require(${JSON.stringify(args.path)});\nexport const { ${names.join(', ')} } = lib;\n`,
        loader: 'js',
        resolveDir: root,
      };
    });
  },
};

/**
 * The HTML tokenizer (parse5) and entity decoder (entities) are needed only for text with markup and for
 * rendering AO3 HTML, but set up tables when loaded (~3 ms of every server and CLI start, before
 * `initialize` or the first finding). Our modules import them from stand-ins made here that load the real
 * module on first use: its classes and functions become wrappers that load it when called (with or
 * without `new`), its enums (plain objects of numbers and strings) constants read from the library now.
 * The real module is `require`d by the path an `import` resolves to, so esbuild wraps that one copy for
 * lazy start-up and the library's own imports share it. From parse5 we use only the tokenizer: the
 * stand-in requires its module alone (when the package still has it), not the package's index, whose tree
 * builder would be set up too (~5 ms).
 */
const lazyHtml = {
  name: 'lazy-html',
  setup(build) {
    const root = fileURLToPath(new URL('..', import.meta.url));
    build.onResolve({ filter: /^(parse5|entities\/decode)$/ }, (args) =>
      /[\\/]server[\\/]src[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-html' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-html' }, async (args) => {
      const real = await build.resolve(args.path, { kind: 'import-statement', resolveDir: root });
      if (real.errors.length) return { errors: real.errors };
      const tokenizer = path.join(path.dirname(real.path), 'tokenizer', 'index.js');
      const target = args.path === 'parse5' && fs.existsSync(tokenizer) ? tokenizer : real.path;
      const lib = await import(pathToFileURL(target).href);
      const lines = [`let lib;`, `const load = () => (lib ??= require(${JSON.stringify(target)}));`];
      for (const [name, value] of Object.entries(lib)) {
        if (!/^[A-Za-z_$][\w$]*$/.test(name) || name === 'default') continue;
        if (typeof value === 'function') {
          lines.push(`export function ${name}(...args) {\n  const f = load().${name};\n  return new.target ? new f(...args) : f.apply(this, args);\n}`);
        } else if (value && typeof value === 'object' && Object.values(value).every((v) => typeof v === 'number' || typeof v === 'string')) {
          lines.push(`export const ${name} = ${JSON.stringify(value)};`);
        } else {
          lines.push(`export const ${name} = new Proxy({}, { get: (_, key) => load().${name}[key] });`);
        }
      }
      return { contents: lines.join('\n') + '\n', loader: 'js', resolveDir: root };
    });
  },
};

/**
 * The `fic-language-server` command runs with the flags the VS Code client gives the server
 * (client/src/languageClient.ts `serverExecArgv`, where they are explained): a 1 MB young generation, for
 * ~20 MiB less peak memory with a 1M-word fic open, and one V8 background thread (server/bench). `env -S`
 * splits the line (coreutils, BSD and macOS `env`; npm's Windows shims read it too).
 */
const serverFlags = ['--max-semi-space-size=1', '--v8-pool-size=1'];
const serverShebang = `#!/usr/bin/env -S node ${serverFlags.join(' ')}`;

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: `${out}/client.js`, external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: serverBundle, plugins: [english.sidecar, lazyBuiltins, languageServerOnce, lazyHtml] },
  // The CLI likewise: out/cli-main.js behind the loader out/cli.js (the `fic` command). esbuild's table
  // says no Node version has regex Unicode property escapes (`/\p{L}/u`, which Node has had since 10), so
  // it rewrites each as `new RegExp(...)`: a module-level one then parses its pattern, and builds its
  // Unicode classes, at every start (0.2-0.4 ms each, ~3 ms in all) instead of on first use.
  { entryPoints: ['server/src/cli/main.ts'], outfile: cliBundle, plugins: [english.sidecar, lazyHtml], supported: { 'regexp-unicode-property-escapes': true } },
  // The stats webview's page (client/webview): Chart.js bundled in, since a webview fetches nothing.
  { entryPoints: ['client/webview/stats.ts', 'client/webview/stats.css'], outdir: `${out}/webview`, platform: 'browser', format: 'iife', target: 'es2022' },
  // The integration suite runs inside VS Code's extension host (both e2e runners load it from out/test).
  { entryPoints: ['client/test/suite/index.ts'], outfile: `${out}/test/suite/index.js`, external: ['vscode', 'mocha'] },
];

/**
 * out/server.js and out/cli.js: small loaders that compile their bundle (out/server-main.js,
 * out/cli-main.js) with a V8 code cache, so a new process skips parsing and compiling the bundle: before
 * the server can answer `initialize`, before `fic check` can start checking. The cache lives in
 * `FIC_CODE_CACHE_DIR` (the VS Code client points it at the extension's global storage) or, in a
 * development build, beside the bundle (this build makes both: `writeServerCodeCache`,
 * `writeCliCodeCache`). With no cache that fits, the bundle is compiled as usual and the cache is written
 * once the process has run a while (the server: 3 s, so the functions its first requests compiled are in
 * it) or at exit, whichever comes first: the next start uses it. A cache fits only exactly: its name
 * holds the bundle's size and modification time and V8's cache tag (its version, its flags and the CPU
 * features it uses: `v8.cachedDataVersionTag()`, so Node options that are no V8 flags, such as
 * `--require`, share one cache), and V8 itself rejects data made under other flags. Writes go to a
 * temporary file renamed into place, so processes starting together never read half a cache; a failed
 * write only costs the speed-up. Writing removes the caches of other builds of the bundle (not those of
 * the same build under other flags or another runtime). `ascii`: the bundle holds only ASCII (a build
 * that ran `escapeNonAscii`; a watch build does not), so it is read as Latin-1: the same string, ~2 ms
 * sooner for the 2 MB server than decoding it as UTF-8.
 */
/**
 * `cheapTag`: the loader names its cache without \`require('node:v8')\` (loading it costs a cold process
 * 3-7 ms, more than the rest of the loader): by the V8 version and the options the process started with
 * that may hold V8 flags (NODE_OPTIONS and the command line, less Node's module options `--require`,
 * `--import`, `--loader`). V8 checks its flags itself and rejects a cache made under other ones (which is
 * then replaced); the name only keeps processes started with different flags from replacing each other's.
 */
const CHEAP_TAG = String.raw`
function cheapTag() {
  const options = [...(process.env.NODE_OPTIONS || '').split(/\s+/), ...process.execArgv];
  let key = process.versions.v8;
  for (let i = 0; i < options.length; i++) {
    const option = options[i];
    if (/^(?:-r|--require|--import|--loader|--experimental-loader)$/.test(option)) i++;
    else if (option && !/^(?:--require|--import|--loader|--experimental-loader)=/.test(option)) key += '\0' + option;
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}`;

function codeCacheLoader(bundleName, { shebang, cacheBeside, settleMs, ascii, cheapTag }) {
  return `${shebang}
// Generated by scripts/build.mjs: loads ${bundleName} with its V8 code cache when there is one that fits.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');${cheapTag ? CHEAP_TAG : ''}
const file = path.join(__dirname, ${JSON.stringify(bundleName)});
const stamp = (st) => \`\${st.size}-\${Math.floor(st.mtimeMs)}\`;
const stat = stamp(fs.statSync(file)); // before reading: a bundle rewritten meanwhile gets no cache made
const source = fs.readFileSync(file, ${JSON.stringify(ascii ? 'latin1' : 'utf8')});${ascii ? ' // all ASCII (escapeNonAscii): read without decoding UTF-8' : ''}
const dir = process.env.FIC_CODE_CACHE_DIR || ${cacheBeside ? '__dirname' : 'undefined'};
const stem = ${JSON.stringify(bundleName.replace(/\.js$/, '.'))};
const cacheFile = dir && path.join(dir, \`\${stem}\${stat}-\${${cheapTag ? 'cheapTag()' : "require('node:v8').cachedDataVersionTag().toString(36)"}}-\${process.arch}.cache\`);
const forced = process.env.FIC_WRITE_CODE_CACHE === '1';
let cachedData;
if (cacheFile && !forced) {
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache that fits: compile as usual.
  }
}
const script = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', { filename: file, cachedData });
if (cacheFile && (forced || !cachedData || script.cachedDataRejected)) {
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    try {
      if (stamp(fs.statSync(file)) !== stat) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.accessSync(dir, fs.constants.W_OK); // a read-only install: no cache, and no time spent making one at every exit
      for (const old of fs.readdirSync(dir)) if (old.startsWith(stem) && !old.startsWith(stem + stat + '-') && old.endsWith('.cache')) fs.rmSync(path.join(dir, old), { force: true });
      const temporary = \`\${cacheFile}.\${process.pid}.tmp\`;
      fs.writeFileSync(temporary, script.createCachedData());
      fs.renameSync(temporary, cacheFile);
    } catch {
      // A read-only or full disk: the next start compiles as usual.
    }
  };
  process.once('exit', write);${settleMs ? `
  if (!forced) setTimeout(write, ${settleMs}).unref();` : ''}
}
const main = new Module(file, module);
main.filename = file;
main.paths = Module._nodeModulePaths(__dirname);
script.runInThisContext().call(main.exports, main.exports, Module.createRequire(file), main, file, __dirname);
`;
}

/**
 * Makes the code cache by running the server once as an editor would: \`initialize\`, \`shutdown\`, \`exit\`.
 * V8 caches every function compiled by then, so start-up and the first request both skip compiling.
 * Old caches go first. A failure only costs the speed-up, so it warns and never fails the build.
 */
async function writeServerCodeCache(loader, bundle) {
  removeCaches(bundle);
  const frame = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };
  const child = spawn(process.execPath, [...serverFlags, loader, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, FIC_WRITE_CODE_CACHE: '1', FIC_CODE_CACHE_DIR: '' } });
  let output = '';
  let asked = false;
  child.stdout.on('data', (chunk) => {
    output += chunk;
    if (!asked && output.includes('"id":1')) {
      asked = true;
      child.stdin.write(frame({ id: 2, method: 'shutdown' }) + frame({ method: 'exit' }));
    }
  });
  child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  const timer = setTimeout(() => child.kill(), 20_000);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  warnWithoutCache(bundle, code, 'the server');
}

function cacheFiles(bundle) {
  const stem = path.basename(bundle, '.js') + '.';
  return fs.readdirSync(path.dirname(bundle)).filter((f) => f.startsWith(stem) && f.endsWith('.cache'));
}

function removeCaches(bundle) {
  for (const f of cacheFiles(bundle)) fs.rmSync(path.join(path.dirname(bundle), f));
}

function warnWithoutCache(bundle, code, what) {
  if (code !== 0 && code !== 1 || cacheFiles(bundle).length === 0) {
    console.warn(`[build] warning: no code cache for ${bundle} (${what} exited with ${code}); it will start a little slower.`);
  }
}

/**
 * Makes the CLI's code cache by running `fic check` once on a short fic of our own with a canon file: a
 * header, chapters, speech, notes, canon names right and wrong, an English typo. V8 caches every function
 * compiled by then, so a check skips compiling them (a function no check ran here is compiled on first use).
 */
async function writeCliCodeCache(loader, bundle) {
  removeCaches(bundle);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fic-build-'));
  try {
    fs.writeFileSync(path.join(dir, 'names.canon'), 'Mara Quillon = Mars\nTeodor Vance\nHōlvane\nskyglass   # a term\n');
    const fic = [
      'Title: The Long Road Home',
      'Fandom: Original Work',
      'Rating: General Audiences',
      'Characters: Mara Quillon, Teodor Vance',
      'Summary: Two travellers, one map.',
      '',
      'Chapter 1: Dust',
      '',
      '"We should go," Mara said. "Before the light goes."',
      '',
      'Teodor looked at the skyglass. *Not yet,* he thought. Maara was already walking toward Holvane, and the rode ran on.',
      '',
      '* * *',
      '',
      'Chapter 2: Rain',
      '',
      "'It's only rain,' said Teodorr, and she laughed -- a short, tired laugh.",
      '',
      'A/N: Thank you for reading!',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'road.fic'), fic);
    const child = spawn(process.execPath, [path.resolve(loader), 'check', 'road.fic', '--canon', 'names.canon'], { cwd: dir, stdio: 'ignore', env: { ...process.env, FIC_WRITE_CODE_CACHE: '1', FIC_CODE_CACHE_DIR: '' } });
    const timer = setTimeout(() => child.kill(), 20_000);
    const code = await new Promise((resolve) => child.on('exit', resolve));
    clearTimeout(timer);
    warnWithoutCache(bundle, code, '`fic check`');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * esbuild escapes non-ASCII text in strings but leaves it in regular-expression literals and comments
 * (`/[’‘]/`). One such character makes Node hold the whole bundle as a two-byte string: twice the memory,
 * and ~2 ms more to read the server or CLI at every start. `\uXXXX` means the same in a string, a regex,
 * a template or a comment (only `String.raw` could tell, and the bundles never use it), so escape them all.
 */
function escapeNonAscii(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (/[^\x00-\x7f]/.test(text)) fs.writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function writeLoader(ascii) {
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(`${out}/${ENGLISH_WORDS_FILE}`, english.sidecarBytes);
  fs.writeFileSync(`${out}/server.js`, codeCacheLoader(path.basename(serverBundle), { shebang: serverShebang, cacheBeside: !production, settleMs: 3000, ascii }));
  // The CLI is no part of the .vsix: its cache always lives beside it (npm link, npx fic from a clone).
  fs.writeFileSync(`${out}/cli.js`, codeCacheLoader(path.basename(cliBundle), { shebang: '#!/usr/bin/env node', cacheBeside: true, ascii, cheapTag: true }));
  for (const loader of ['server', 'cli']) {
    fs.chmodSync(`${out}/${loader}.js`, 0o755);
    fs.rmSync(`${out}/${loader}.js.map`, { force: true }); // the map of a one-file bundle built before
  }
}

const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
if (watch) {
  writeLoader(false); // and no cache made now: every rebuild would leave it stale
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const file of [serverBundle, cliBundle]) escapeNonAscii(file);
  writeLoader(true);
  if (!production) await Promise.all([writeServerCodeCache(`${out}/server.js`, serverBundle), writeCliCodeCache(`${out}/cli.js`, cliBundle)]);
}
