// Renders build/icons/icon.svg to build/icons/icon.png (512×512, transparent corners) in
// Chromium, so the PNG electron-builder needs is reproducible from its SVG source.
// Usage: node build/scripts/render-icon.mjs   (SOAN_CHROMIUM overrides /usr/bin/chromium)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const icons = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'icons');
const svg = fs.readFileSync(path.join(icons, 'icon.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.SOAN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(icons, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('wrote build/icons/icon.png');
