// `node scripts/e2e/screenshot-stats.mjs` (after `npm run build`): the stats view in code-server, opened
// by clicking the status bar count, in a dark, a light and a high-contrast theme. Checks through the page
// that the view drew its totals and charts, then saves docs/images/stats-dark.png and stats-light.png for
// the README (the high-contrast one goes to test-results/, to be looked at).
//
// The sandbox gets a demo fic written here and a seeded writing history (a year of made-up days, in the
// extension's global storage as a window's log would be), so the calendar and the charts have something
// to show; `--out DIR` writes every picture to DIR instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureTools, launchBrowser, makeSandbox, remote, repo, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { openFile, openStatsFromStatusBar, waitForStatus } from './page.mjs';

const themes = [
  { name: 'dark', theme: 'Default Dark Modern', dir: 'docs/images' },
  { name: 'light', theme: 'Default Light Modern', dir: 'docs/images' },
  { name: 'hc', theme: 'Default High Contrast', dir: 'test-results' },
];
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : undefined;

const demo = `The Long Winter
Bleach, Rukia/Renji
Characters: Rukia Kuchiki, Renji Abarai, Byakuya Kuchiki
Target: 2,000

A/N: A small thing about snow and patience.

Chapter 1: First Snow

Rukia watched the courtyard fill with snow. Renji had promised to come back before the lanterns were lit, and Renji kept his promises badly but always.

"You'll freeze out here," Byakuya said from the doorway.

'Not before he comes,' she thought.

* * *

The lanterns were lit. Rukia counted them twice, then a third time, because counting was better than waiting.

Chapter 2: The Road

Renji walked the last mile with his hood up and his hands numb. He thought of Rukia at the gate and walked faster.

A bridge had fallen in the storm. He looked at the river, at the ice on its edges, and laughed, because of course it had.

* * *

Byakuya found him on the far bank at dawn. "You are late," he said, and offered him a cloak.

Chapter 3: Thaw

Spring came slowly. Rukia and Renji sat on the roof and let the sun do what the lanterns could not.

A/N: Thank you for reading!
`;

/** A made-up year of writing: most days a few hundred words, some days none, the last week every day. */
function seedLog(workId) {
  const days = {};
  const today = new Date();
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 300; i >= 1; i--) {
    const d = new Date(today.getTime() - i * 86_400_000);
    const key = d.toISOString().slice(0, 10);
    const r = random();
    if (i > 6 && r < 0.45) continue;
    const added = Math.round(150 + random() * 900);
    days[key] = { added, deleted: Math.round(added * 0.15 * random()), pasted: 0, cut: 0 };
  }
  return { format: 1, session: 'seeded-for-the-screenshot', works: { [workId]: { label: 'long-winter.fic', days } } };
}

async function shoot({ name, theme, dir }) {
  const sandbox = makeSandbox(`stats-${name}`);
  const file = path.join(sandbox.workspace, 'long-winter.fic');
  fs.writeFileSync(file, demo);
  const settingsFile = path.join(sandbox.userDir, 'User/settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  const deadline = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  Object.assign(settings, { 'workbench.colorTheme': theme, 'fic.goals.daily': 500, 'fic.goals.deadline': { date: deadline, target: 5000 } });
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  const history = path.join(sandbox.userDir, 'User/globalStorage/fic-writer.fic-writer/history');
  fs.mkdirSync(history, { recursive: true });
  fs.writeFileSync(path.join(history, 'seeded-for-the-screenshot.json'), JSON.stringify(seedLog(`file://${file}`)));

  const server = await startCodeServer(sandbox);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1240 } });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && /Content Security Policy|stats/i.test(m.text()) && errors.push(m.text()));
    await page.goto(workbenchUrl(server, sandbox.workspace, [['extensionDevelopmentPath', remote(server, repo)]]));
    await openFile(page, 'long-winter.fic');
    const count = await waitForStatus(page, /^[\d,]+\/2,000 words$/, 'story count');
    await waitForStatus(page, /^[\d,]+\/500 today$/, 'daily goal');
    await page.keyboard.press('Control+B'); // the side bar away: room for the view
    const frame = await openStatsFromStatusBar(page, count);
    const story = await frame.locator('[data-stat="story"] .card-value').textContent();
    const streak = await frame.locator('[data-stat="streak"] .card-value').textContent();
    console.log(`[stats ${name}] status bar '${count}', view: story ${story}, streak ${streak}, ${await frame.locator('canvas').count()} charts`);
    if (`${story}/2,000 words` !== count) throw new Error(`the view shows ${story} story words, the status bar '${count}'`);
    if (errors.length) throw new Error(`the page reported: ${errors.join(' | ')}`);
    const out = path.join(outDir ?? path.join(repo, dir), `stats-${name}.png`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`[stats ${name}] saved ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
    // The lower half (chapters, scenes, names), to be looked at: the page cannot show it at once.
    await frame.locator('section[aria-label="Chapters and scenes"]').first().evaluate((e) => e.scrollIntoView());
    const lower = path.join(outDir ?? path.join(repo, 'test-results'), `stats-${name}-lower.png`);
    fs.mkdirSync(path.dirname(lower), { recursive: true });
    await page.screenshot({ path: lower });
  } finally {
    await browser.close();
    server.stop();
    sandbox.cleanup();
  }
}

try {
  ensureTools();
  for (const t of themes) await shoot(t);
} catch (error) {
  console.error(`[stats screenshot] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
