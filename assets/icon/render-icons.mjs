// Renders icon.svg to the PNG sizes the manifest uses (run by hand after editing the SVG:
// node assets/icon/render-icons.mjs). Chromium draws it; nothing is downloaded.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.dirname(new URL(import.meta.url).pathname);
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const out = path.join(dir, '../public/icon');
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
