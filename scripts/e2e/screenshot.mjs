// `npm run screenshot` (also the last step of `npm run test:e2e`): the workbench in code-server with
// roof.fic open, checked through the page — the status bar shows the AO3 story count, the language
// mode is Fic, the Problems panel lists the misspelled canon name — then saved as
// docs/images/screenshot.png for the README (in Dark+), and again in Light+ and Dark High Contrast
// (docs/images/screenshot-light.png, screenshot-hc.png), to check that dialogue, thoughts, emphasis,
// notes and header parts keep distinct colours in each.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureTools, launchBrowser, makeSandbox, remote, repo, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { openFile, waitForProblem, waitForStatus } from './page.mjs';

export const screenshotPath = path.join(repo, 'docs/images/screenshot.png');
export const lightScreenshotPath = path.join(repo, 'docs/images/screenshot-light.png');
export const contrastScreenshotPath = path.join(repo, 'docs/images/screenshot-hc.png');

export async function takeScreenshot({ keep = false, out = screenshotPath, theme = undefined } = {}) {
  const sandbox = makeSandbox('shot');
  if (theme) {
    const settingsFile = path.join(sandbox.userDir, 'User/settings.json');
    const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
    fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, 'workbench.colorTheme': theme }, null, 2));
  }
  const server = await startCodeServer(sandbox);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    await page.goto(workbenchUrl(server, sandbox.workspace, [['extensionDevelopmentPath', remote(server, repo)]]));
    await openFile(page, 'roof.fic');
    const count = await waitForStatus(page, /^42 words$/, 'story count');
    const mode = await waitForStatus(page, /^Fic$/, 'language mode');
    const problems = await waitForProblem(page, /Rukai/);
    const line = problems.find((r) => /Rukai/.test(r));
    console.log(`[page] status bar: '${count}', language mode: '${mode}', Problems: '${line.replace(/\s+/g, ' ').trim()}'`);
    // Put the cursor on the flagged name so the squiggle is in view.
    await page.locator('.monaco-editor .view-lines').first().click();
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`[page] saved ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
  } finally {
    await browser.close();
    server.stop();
    if (!keep) sandbox.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureTools();
    const keep = process.argv.includes('--keep');
    await takeScreenshot({ keep, theme: 'Default Dark+' });
    await takeScreenshot({ keep, out: lightScreenshotPath, theme: 'Default Light+' });
    await takeScreenshot({ keep, out: contrastScreenshotPath, theme: 'Default High Contrast' });
  } catch (error) {
    console.error(`[screenshot] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
