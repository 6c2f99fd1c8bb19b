// Renders images/icon.png (128x128, transparent corners) from the SVG below with headless Chromium.
// Run once by hand (`node scripts/e2e/make-icon.mjs`) when the icon changes; the PNG is committed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser, repo } from './codeServer.mjs';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#8e44ad"/><stop offset="1" stop-color="#4a2377"/></linearGradient></defs>
  <rect x="4" y="4" width="120" height="120" rx="24" fill="url(#g)"/>
  <path d="M22 36 Q43 28 62 38 L62 100 Q43 90 22 98 Z" fill="#fff"/>
  <path d="M106 36 Q85 28 66 38 L66 100 Q85 90 106 98 Z" fill="#f3e9fb"/>
  <g stroke="#b08fcf" stroke-width="3" stroke-linecap="round">
    <line x1="30" y1="50" x2="54" y2="54"/><line x1="30" y1="60" x2="54" y2="64"/>
    <line x1="30" y1="70" x2="54" y2="74"/><line x1="30" y1="80" x2="48" y2="83"/>
  </g>
  <text x="86" y="104" font-family="Georgia, 'DejaVu Serif', serif" font-size="48" font-weight="bold"
    fill="#8e44ad" text-anchor="middle">\u201C\u201D</text>
</svg>`;

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const out = path.join(repo, 'images/icon.png');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
  console.log(`wrote ${out} (${fs.statSync(out).size} bytes)`);
} finally {
  await browser.close();
}
