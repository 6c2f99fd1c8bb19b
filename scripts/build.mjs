// Bundles the client, the language server and the CLI with esbuild.
// `--production` minifies and drops source maps (used by `vscode:prepublish`); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

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

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'out/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'out/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'out/cli.js', banner: { js: '#!/usr/bin/env node' } },
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
