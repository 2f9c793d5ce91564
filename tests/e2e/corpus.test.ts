// The overlay on real published pages (../shared/corpus, read at test time): report pages get the
// panel and badges that cover no number; pages that are not reports get nothing; Clear leaves a
// real page's DOM exactly as it was.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { badgesOverText, overlay, ROOT, OTHER_HOST } from './browser';
import { useExtension } from './setup';

const CORPUS = path.resolve(ROOT, '../shared/corpus');
const present = fs.existsSync(path.join(CORPUS, 'MANIFEST.tsv'));
if (!present) console.warn(`corpus tests skipped: ${CORPUS} is absent (real pages are read from ../shared/corpus at test time)`);

interface Entry { file: string; kind: string; format: string }
const entries: Entry[] = present
  ? fs.readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
      .map((line) => line.split('\t'))
      .map(([file, kind, , format]) => ({ file: file!, kind: kind!, format: format ?? '' }))
      .filter((e) => e.file.endsWith('.html'))
  : [];
const withTables = entries.filter((e) => e.kind === 'report' && (e.format === '2021' || e.format === '2019'));
// The listing page is classified as a report until extraction detects listings (FORMAT.md §6.6);
// add it here then: `e.kind !== 'report'`.
const notReports = entries.filter((e) => e.kind === 'other');

describe.skipIf(!present)('real published pages', () => {
  const env = useExtension(() => Object.fromEntries(entries.map((e) => [`/${e.file}`, fs.readFileSync(path.join(CORPUS, e.file), 'utf8')])));

  it.each(withTables.map((e) => [e.file]))('%s: the panel shows, and no badge covers a cell’s text', async (file) => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url(`/${file}`, 'www.pingtan.gov.cn'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => overlay.panel(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await badgesOverText(page)).toEqual([]);
    await page.close();
  });

  it.each(notReports.map((e) => [e.file, e.kind]))('%s (%s): nothing on the page, no badge', async (file) => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url(`/${file}`, 'www.pingtan.gov.cn'), { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(1000);
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
    expect((await env.browser.badge(page)).text).toBe('');
    await page.close();
  });

  it.each([['pingtan/nb-2022-80629.html'], ['pingtan/nb-2024-97791.html']])('%s: Clear leaves the DOM exactly as it was', async (file) => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url(`/${file}`, OTHER_HOST));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('[data-testid="title"]').count()).toBe(1);
    await page.bringToFront();
    await page.locator('nianbao-audit-overlay [data-testid="clear"]').click();
    await expect.poll(() => page.locator('nianbao-audit-overlay').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });
});
