// Pages of a 年报 column that are not a readable report (FORMAT.md §6.5–6.6), in Chromium: nothing is
// drawn on them and they get no badge, and the popup says what the page is: a listing with its
// report links, a report published as an attachment with the attachment's link, a report published
// as pictures and why it cannot be checked.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OTHER_HOST } from './browser';
import { expectNoPageErrors, useExtension } from './setup';
import { buildAttachmentPageHtml, buildImagePageHtml, buildListingHtml } from '../fixtures/other-pages';
import { reportTitle } from '../fixtures/report-builder';

const YEARS = [2024, 2023, 2022, 2021];
const env = useExtension(() => ({
  '/zfxxgknb/index.htm': buildListingHtml(YEARS),
  '/zfxxgknb/attachment.htm': buildAttachmentPageHtml('link'),
  '/zfxxgknb/pictures.htm': buildImagePageHtml(),
}));

/** Opened on a government host (the automatic run looks at it): nothing drawn, no badge, the DOM as served. */
async function openUntouched(path: string): Promise<{ page: Page; html: string }> {
  const page = await env.browser.newPage();
  await page.goto(env.server.url(path));
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  await page.waitForTimeout(800); // time for the automatic run to do something, if it would
  expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
  expect((await env.browser.badge(page)).text).toBe('');
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
  return { page, html };
}

async function explained(page: Page) {
  const popup = await env.browser.clickToolbarButton(page);
  const said = popup.locator('[data-testid="not-report"]');
  await expect.poll(() => said.count()).toBe(1);
  expect(await popup.locator('#show').count()).toBe(0); // nothing to show on the page
  return { popup, said };
}

describe('pages that are not a readable report', () => {
  it('a listing: the popup counts its report links and lists them, the page stays as it was', async () => {
    const { page, html } = await openUntouched('/zfxxgknb/index.htm');
    const { popup, said } = await explained(page);
    expect(await said.getAttribute('data-kind')).toBe('listing');
    expect(await said.textContent()).toContain('此页是年报列表页');
    expect(await said.textContent()).toContain(`页面上有 ${YEARS.length} 个年报链接`);
    const links = popup.locator('[data-testid="not-report"] a');
    expect(await links.allTextContents()).toEqual(YEARS.map((year) => reportTitle({ year })));
    // Resolved against the page, opening in a new tab.
    const first = await links.first().evaluate((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target'), rel: a.getAttribute('rel') }));
    expect(first).toEqual({ href: env.server.url(`/zfxxgknb/202501/t20250120_2024.htm`), target: '_blank', rel: 'noreferrer noopener' });
    await popup.screenshot({ path: 'tests/artifacts/popup-listing-zh.png' });
    await page.bringToFront();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
  });

  it('a report published as an attachment: the popup gives the attachment’s link', async () => {
    const { page } = await openUntouched('/zfxxgknb/attachment.htm');
    const { popup, said } = await explained(page);
    expect(await said.getAttribute('data-kind')).toBe('attachment-only');
    expect(await said.textContent()).toContain('只以附件形式发布');
    const link = popup.locator('[data-testid="not-report"] a');
    expect(await link.count()).toBe(1);
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(env.server.url('/u/cms/2025/nb2024.pdf'));
    expect(await link.textContent()).toBe(`${reportTitle({})}.pdf`);
    await popup.screenshot({ path: 'tests/artifacts/popup-attachment-zh.png' });
  });

  it('a report published as pictures: the popup says why it cannot be checked', async () => {
    const { page } = await openUntouched('/zfxxgknb/pictures.htm');
    const { said } = await explained(page);
    expect(await said.getAttribute('data-kind')).toBe('image-only');
    expect(await said.textContent()).toContain('以图片形式发布：图片里的数字无法读取和核对');
  });

  it('explains the same on a host outside .gov.cn, and in English', async () => {
    await env.browser.setSettings({ lang: 'en' });
    try {
      const page = await env.browser.newPage();
      await page.goto(env.server.url('/zfxxgknb/index.htm', OTHER_HOST));
      const { popup, said } = await explained(page);
      expect(await said.textContent()).toContain(`The page links to ${YEARS.length} reports`);
      await popup.screenshot({ path: 'tests/artifacts/popup-listing-en.png' });
      expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);

      const pictures = await env.browser.newPage();
      await pictures.goto(env.server.url('/zfxxgknb/pictures.htm', OTHER_HOST));
      expect(await (await explained(pictures)).said.getAttribute('data-kind')).toBe('image-only');
    } finally {
      await env.browser.setSettings({ lang: 'zh_CN' });
    }
  });
});

expectNoPageErrors(env);
