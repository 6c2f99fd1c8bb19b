// `npm run test:vsix`: installs the packaged dist/fic-writer-<version>.vsix into a fresh code-server
// (`code-server --install-extension`), opens the fixture workspace in Chromium, and checks through the
// page that it works as a user gets it: the extension is listed, roof.fic opens in language Fic, and the
// bundled server answers (the status bar shows the AO3 story count).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerCli, ensureTools, launchBrowser, makeSandbox, repo, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { openFile, waitForStatus } from './page.mjs';

const { version, publisher, name } = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
const vsix = path.join(repo, 'dist', `${name}-${version}.vsix`);
const keep = process.argv.includes('--keep');

async function main() {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  ensureTools();
  const sandbox = makeSandbox('vsix');
  try {
    const install = codeServerCli(['--install-extension', vsix], sandbox);
    if (install.code !== 0) throw new Error(`--install-extension failed (${install.code}):\n${install.output}`);
    const list = codeServerCli(['--list-extensions', '--show-versions'], sandbox);
    const id = `${publisher}.${name}@${version}`;
    if (!list.output.includes(id)) throw new Error(`${id} is not listed after install:\n${list.output}`);
    console.log(`[vsix] installed ${path.relative(repo, vsix)} (${Math.round(fs.statSync(vsix).size / 1024)} KB): ${id}`);

    const server = await startCodeServer(sandbox);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
      await page.goto(workbenchUrl(server, sandbox.workspace));
      await openFile(page, 'roof.fic');
      const mode = await waitForStatus(page, /^Fic$/, 'language mode');
      const count = await waitForStatus(page, /^42 words$/, 'story count from the packaged server');
      console.log(`[vsix] works: language mode '${mode}', status bar '${count}'`);
    } finally {
      await browser.close();
      server.stop();
    }
  } finally {
    if (!keep) sandbox.cleanup();
    else console.log(`[vsix] kept ${sandbox.root}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(`[vsix] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
