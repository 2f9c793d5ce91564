// The toolbar button and its popup: on a host the extension has no permission for (activeTab),
// on a government page already audited, on pages that are not reports, and on pages no extension
// may read. Also: the context-menu item is registered (choosing it needs a window system: see
// keys-and-menu.test.ts).
import { describe, expect, it } from 'vitest';
import { markAddresses, overlay, OTHER_HOST } from './browser';
import { expectNoPageErrors, useExtension } from './setup';
import { buildOtherPageHtml, buildReportHtml, carriedOutRaised } from '../fixtures/report-builder';

const env = useExtension(() => ({
  '/nb/wrong-total.html': buildReportHtml({ t3: carriedOutRaised('natural', 5) }),
  '/nb/clean.html': buildReportHtml({}),
  '/news/other.html': buildOtherPageHtml(),
}));

describe('the toolbar button on a host outside .gov.cn', () => {
  it('audits the page on the click: the popup shows the report, its counts and top findings, and the page is marked', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/wrong-total.html', OTHER_HOST));
    await page.waitForTimeout(300);
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0); // not automatic here

    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('[data-testid="counts"]').count()).toBe(1);
    expect(await popup.locator('[data-testid="title"]').textContent()).toBe('示例县测试局2024年政府信息公开工作年度报告');
    expect(await popup.locator('[data-testid="agency"]').textContent()).toBe('示例县测试局');
    expect(await popup.locator('[data-testid="year"]').textContent()).toBe('2024');
    expect(await popup.locator('[data-testid="format"]').textContent()).toContain('2021 年格式');
    expect(await popup.locator('.count-error b').textContent()).toBe('2');
    expect(await popup.locator('.findings li').first().textContent()).toContain('相差 5');
    await popup.screenshot({ path: 'tests/artifacts/popup-zh.png' });

    // The same click marked the page.
    await expect.poll(() => overlay.marks(page).count()).toBe(8);
    expect(await markAddresses(overlay.marks(page))).toContain('t3 carriedOut natural t3-balance error');
    expect((await env.browser.badge(page)).text).toBe('2');

    // "Show on the page" opens the panel with the keyboard focus in it, and closes the popup.
    await page.locator('nianbao-audit-overlay [aria-label^="收起面板"]').click(); // collapse first
    const popup2 = await env.browser.clickToolbarButton(page);
    await popup2.locator('#show').click();
    await expect.poll(() => overlay.panel(page).count()).toBe(1);
    await expect.poll(() => popup2.isClosed()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className ?? '')).toContain('finding');
  });

  it('shows a clean report as one calm confirmation with what was checked', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/clean.html', OTHER_HOST));
    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('[data-testid="counts"]').textContent()).toContain('未发现问题');
    expect(await popup.locator('[data-testid="counts"]').textContent()).toContain('200 个单元格'); // tables 二, 三 and 四: 10 + 175 + 15
    expect((await env.browser.badge(page)).text).toBe('✓');
  });

  it('explains when the page is not a report', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/news/other.html', OTHER_HOST));
    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('[data-testid="not-report"]').textContent()).toContain('不是政府信息公开工作年度报告');
    expect(await popup.locator('#show').count()).toBe(0);
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
  });

  it('says plainly that the browser forbids reading its own pages', async () => {
    const page = await env.browser.newPage();
    await page.goto('chrome://version');
    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('[data-testid="error"]').textContent()).toContain('浏览器不允许扩展读取此页');
  });
});

describe('the toolbar button on a government page', () => {
  it('shows the automatic run’s result without auditing again', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/wrong-total.html'));
    await expect.poll(() => overlay.marks(page).count()).toBe(8);
    // Tag the drawn marks: a new audit would draw new ones.
    await page.evaluate(() => document.querySelector('nianbao-audit-overlay')!.shadowRoot!.querySelectorAll('.mark').forEach((m) => m.setAttribute('data-test-kept', '')));
    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('.count-error b').textContent()).toBe('2');
    expect(await page.locator('nianbao-audit-overlay .mark[data-test-kept]').count()).toBe(8);
  });
});

describe('the context-menu item', () => {
  it('is registered', async () => {
    const exists = await env.browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }).chrome.contextMenus
        .update('audit-page', {})
        .then(() => true, () => false),
    );
    expect(exists).toBe(true);
  });
});

expectNoPageErrors(env);
