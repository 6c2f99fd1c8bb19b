// `npm run test:vsix`: installs the packaged dist/fic-writer-<version>.vsix into a fresh code-server
// (`code-server --install-extension`), opens the fixture workspace in Chromium, and checks through the
// page that it works as a user gets it: the extension is listed, roof.fic opens in language Fic, the
// bundled server answers (the status bar shows the AO3 story count) and a click on it opens the stats view.
// With README.md's own `files.associations` example (the json block marked `<!-- ci: settings -->`) in the
// user settings, a `.txt` draft in a `Fics` subfolder opens as Fic and a `.txt` elsewhere stays Plain Text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerCli, ensureTools, launchBrowser, makeSandbox, repo, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { openFile, openStatsFromStatusBar, waitForStatus } from './page.mjs';
import { loadReadmeBlocks } from '../readme/blocks.mjs';

const { version, publisher, name } = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
const vsix = path.join(repo, 'dist', `${name}-${version}.vsix`);
const keep = process.argv.includes('--keep');

/** Entry names of a zip file, read from its central directory (a .vsix is a zip). */
function zipEntries(file) {
  const buf = fs.readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  const names = [];
  for (let p = buf.readUInt32LE(eocd + 16), i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const nameLength = buf.readUInt16LE(p + 28);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLength));
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return names;
}

/** Only the bundles (and the English word lists the server reads beside them), grammar, snippets, language configuration, icon, README, CHANGELOG and LICENSE. */
const allowed = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/out\/(client|server|server-main)\.js$/,
  /^extension\/out\/english\.dat$/,
  /^extension\/out\/webview\/stats\.(js|css)$/,
  /^extension\/syntaxes\/[^/]+\.tmLanguage\.json$/,
  /^extension\/snippets\/[^/]+\.code-snippets$/,
  /^extension\/language-configuration(-canon)?\.json$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/(readme|changelog)\.md$/i,
  /^extension\/LICENSE(\.txt)?$/,
];
const required = ['extension/package.json', 'extension/out/client.js', 'extension/out/server.js', 'extension/out/server-main.js', 'extension/out/english.dat', 'extension/out/webview/stats.js', 'extension/out/webview/stats.css', 'extension/images/icon.png', 'extension/LICENSE.txt'];

function checkContents() {
  const names = zipEntries(vsix);
  const extra = names.filter((n) => !allowed.some((re) => re.test(n)));
  if (extra.length) throw new Error(`unexpected files in the .vsix (see .vscodeignore): ${extra.join(', ')}`);
  const missing = required.filter((n) => !names.includes(n));
  if (missing.length) throw new Error(`missing from the .vsix: ${missing.join(', ')}`);
  for (const doc of ['readme.md', 'changelog.md']) {
    if (!names.some((n) => n.toLowerCase() === `extension/${doc}`)) console.warn(`[vsix] warning: no ${doc} in the .vsix`);
  }
  const kb = Math.round(fs.statSync(vsix).size / 1024);
  console.log(`[vsix] ${names.length} entries, ${kb} KB${kb > 1024 ? ' (over 1 MB: the bundled English word list)' : ''}: ${names.filter((n) => n.startsWith('extension/')).map((n) => n.slice(10)).join(', ')}`);
}

async function main() {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  checkContents();
  ensureTools();
  const sandbox = makeSandbox('vsix');
  try {
    const example = loadReadmeBlocks().find((b) => b.marker === 'settings' && b.lang === 'json');
    if (!example) throw new Error('README.md has no json block marked `<!-- ci: settings -->`');
    const settingsFile = path.join(sandbox.userDir, 'User/settings.json');
    const settings = { ...JSON.parse(fs.readFileSync(settingsFile, 'utf8')), ...JSON.parse(`{${example.code}}`) };
    fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
    fs.mkdirSync(path.join(sandbox.workspace, 'Fics/Part One'), { recursive: true });
    fs.writeFileSync(path.join(sandbox.workspace, 'Fics/Part One/draft.txt'), '"You are late," Renji said.\n');
    fs.writeFileSync(path.join(sandbox.workspace, 'shopping.txt'), 'milk, eggs\n');
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
      // The stats webview from the packaged bundle: a click on the count opens it, Chart.js draws.
      const frame = await openStatsFromStatusBar(page, count);
      const story = await frame.locator('[data-stat="story"] .card-value').textContent();
      if (story !== '42') throw new Error(`the stats view shows ${story} story words, not 42`);
      console.log(`[vsix] works: language mode '${mode}', status bar '${count}', stats view: story ${story}, ${await frame.locator('canvas').count()} charts`);
      // Plain Text first, then Fic: each wait needs the status bar to change, so a stale entry cannot pass.
      await openFile(page, 'shopping.txt');
      await waitForStatus(page, /^Plain Text$/, 'shopping.txt left as Plain Text');
      await openFile(page, 'draft.txt');
      await waitForStatus(page, /^Fic$/, 'Fics/Part One/draft.txt in language Fic');
      console.log(`[vsix] README's files.associations ${JSON.stringify(settings['files.associations'])}: Fics/Part One/draft.txt is Fic, shopping.txt Plain Text`);
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
