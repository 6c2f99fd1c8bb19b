// Bundles the client, the language server and the CLI with esbuild.
// `--production` minifies and drops source maps (used by `vscode:prepublish`); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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
 * The English word list, computed now by server/src/core/canon/englishData.ts itself (bundled in memory and
 * run), and inlined into the server and CLI bundles as one string literal: they stay self-contained, and
 * start without compiling 25 JSON arrays (see englishData.ts).
 */
async function englishDataPlugin() {
  const entry = fileURLToPath(new URL('../server/src/core/canon/englishData.ts', import.meta.url));
  const built = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, createRequire(entry));
  const text = module.exports.englishWordsText();
  const contents = `export function englishWordsText(): string {\n  return ${JSON.stringify(text)};\n}\n`;
  return {
    name: 'english-data',
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]canon[\\/]englishData\.ts$/ }, () => ({ contents, loader: 'ts' }));
    },
  };
}
const english = await englishDataPlugin();

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'out/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'out/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [english] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'out/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [english] },
  // The integration suite runs inside VS Code's extension host (both e2e runners load it from out/test).
  { entryPoints: ['client/test/suite/index.ts'], outfile: 'out/test/suite/index.js', external: ['vscode', 'mocha'] },
];

const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
