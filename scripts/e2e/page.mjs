// What the writer sees, read from the workbench page: open a fic, read the status bar and the Problems panel.
import { until } from './codeServer.mjs';

/** Waits for the workbench, then opens `fileName` with Quick Open. */
export async function openFile(page, fileName) {
  await until('the workbench', () => page.locator('.monaco-workbench .part.statusbar').first().isVisible(), 60_000);
  await until(`${fileName} open in the editor`, async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    await input.fill(fileName);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
    await row.waitFor({ state: 'visible', timeout: 5_000 });
    await page.keyboard.press('Enter');
    return page.locator('.tabs-container .tab.active', { hasText: fileName }).first().isVisible();
  }, 60_000);
}

/** The status bar entries' texts (non-breaking spaces made plain). */
export async function statusBarTexts(page) {
  const texts = await page.locator('.part.statusbar .statusbar-item').allInnerTexts();
  return texts.map((t) => t.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
}

/** Waits for a status bar entry matching `re`; returns its text. */
export async function waitForStatus(page, re, what, timeoutMs = 60_000) {
  return until(`status bar ${what} (${re})`, async () => (await statusBarTexts(page)).find((t) => re.test(t)), timeoutMs);
}

/** Opens the Problems panel and waits until it lists a row matching `re`; returns the rows' text. */
export async function waitForProblem(page, re, timeoutMs = 60_000) {
  return until(`a Problems row matching ${re}`, async () => {
    if (!(await page.locator('.markers-panel').first().isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
    const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));
    return rows.some((r) => re.test(r)) ? rows : undefined;
  }, timeoutMs);
}

/** Clicks the status bar entry `text` and waits for the stats webview to draw (its frame has an h1 and charts); returns the frame. */
export async function openStatsFromStatusBar(page, text, timeoutMs = 60_000) {
  await page.locator('.part.statusbar .statusbar-item', { hasText: text }).first().click();
  return until('the stats view drawn', async () => {
    for (const frame of page.frames()) {
      const title = await frame.locator('h1').first().textContent({ timeout: 200 }).catch(() => null);
      if (title?.startsWith('Stats')) return (await frame.locator('canvas').count()) >= 3 ? frame : undefined;
    }
    return undefined;
  }, timeoutMs);
}
