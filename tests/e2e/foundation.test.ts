// The vertical slice in a real browser: automatic audit on a government host, nothing on other
// pages, the toolbar button on any host, the badge, and no page errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './browser';
import { startServer, OTHER_HOST, type PageServer } from './server';
import { buildOtherPageHtml, buildReportHtml, sampleValues } from '../fixtures/report-builder';

const sample = sampleValues('2021').t3;
const MARKED = 4 + 21 + 6;
let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await startServer({
    // 自然人 （七）总计 is 5 too high: it breaks 一+二 = （七）总计+四 and （七）总计 = Σ outcomes in that
    // column, and 总计 = Σ applicants in the （七）总计 row: three errors.
    '/nb/wrong-total.html': buildReportHtml({ t3: { total: { natural: sample.total!.natural + 5 } } }),
    '/nb/clean.html': buildReportHtml({}),
    '/news/other.html': buildOtherPageHtml(),
  });
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const marks = (page: import('playwright-core').Page) => page.locator('nianbao-audit-overlay .mark');

describe('automatic audit on a government site', () => {
  it('marks the operand cells of the failing identities, with a readable label, and sets the badge', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/nb/wrong-total.html'));
    // The column's four T3-A operands and its 21 outcome rows, and the other six cells of the （七）总计 row.
    await expect.poll(() => marks(page).count()).toBe(MARKED);
    const marked = await marks(page).evaluateAll((els) => els.map((e) => ({
      row: e.getAttribute('data-row'), col: e.getAttribute('data-col'), rules: (e.getAttribute('data-rule') ?? '').split(' '), severity: e.getAttribute('data-severity'),
    })));
    expect(marked.filter((m) => m.rules.includes('t3-balance')).map((m) => `${m.row} ${m.col}`).sort())
      .toEqual(['carriedIn', 'carriedOut', 'new', 'total'].map((r) => `${r} natural`).sort());
    expect(marked.find((m) => m.row === 'total' && m.col === 'natural')?.rules.sort()).toEqual(['t3-balance', 't3-outcome-sum', 't3-row-sum']);
    expect(marked.every((m) => m.severity === 'error')).toBe(true);

    // Each mark sits over the page cell it names.
    const total = page.locator('tr', { hasText: '（七）总计' }).locator('td').nth(1);
    const cellBox = (await total.boundingBox())!;
    const markBox = (await marks(page).and(page.locator('[data-row="total"][data-col="natural"]')).boundingBox())!;
    expect(Math.abs(markBox.x - cellBox.x)).toBeLessThan(2);
    expect(Math.abs(markBox.y - cellBox.y)).toBeLessThan(2);
    expect(Math.abs(markBox.width - cellBox.width)).toBeLessThan(2);
    expect(await total.textContent()).toBe(String(sample.total!.natural + 5));

    // The label a person reads, and the full message with the numbers.
    await expect.poll(() => marks(page).first().locator('.tag').textContent()).toContain('错误');
    const message = await page.locator('nianbao-audit-overlay [data-testid="summary"]').textContent();
    expect(message).toContain('3 个错误');
    const listed = await page.locator('nianbao-audit-overlay .finding').first().textContent();
    expect(listed).toContain('自然人');
    expect(listed).toContain('相差 5');

    // The overlay lives in an open shadow root, not in the page's DOM.
    const inShadow = await page.evaluate(() => {
      const host = document.querySelector('nianbao-audit-overlay');
      return !!host?.shadowRoot?.querySelector('.mark') && document.querySelectorAll('.mark').length === 0;
    });
    expect(inShadow).toBe(true);

    expect(await browser.badge(page)).toEqual({ text: '3', color: [198, 40, 40, 255] });
    await total.scrollIntoViewIfNeeded();
    await browser.screenshot(page, 'overlay-wrong-total');
  });

  it('shows a calm green badge and no marks on a consistent report', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/nb/clean.html'));
    await expect.poll(() => page.locator('nianbao-audit-overlay [data-testid="summary"]').count()).toBe(1);
    expect(await marks(page).count()).toBe(0);
    expect(await page.locator('nianbao-audit-overlay [data-testid="summary"]').textContent()).toContain('未发现问题');
    expect((await browser.badge(page)).text).toBe('✓');
  });

  it('does nothing visible on a government page that is not a report', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/news/other.html'));
    await page.waitForTimeout(500); // give a content script time to do something, if it would
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
    expect((await browser.badge(page)).text).toBe('');
  });
});

describe('the toolbar button on a host outside .gov.cn', () => {
  it('audits the page on one click and shows the result in the popup', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/nb/wrong-total.html', OTHER_HOST));
    await page.waitForTimeout(300);
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0); // not automatic here

    const popup = await browser.clickToolbarButton(page);
    await popup.click('#audit');
    await expect.poll(() => popup.locator('[data-testid="counts"]').textContent()).toContain('错误 3');
    expect(await popup.locator('#result').textContent()).toContain('示例县测试局2024年政府信息公开工作年度报告');
    expect(await popup.locator('.findings li').first().textContent()).toContain('自然人');
    await popup.screenshot({ path: `${'tests/artifacts'}/popup-result.png` });
    // The same click marked the page.
    await expect.poll(() => marks(page).count()).toBe(MARKED);
  });

  it('says so when the page is not a report', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/news/other.html', OTHER_HOST));
    const popup = await browser.clickToolbarButton(page);
    await popup.click('#audit');
    await expect.poll(() => popup.locator('#result').textContent()).toContain('不是政府信息公开工作年度报告');
  });
});

describe('hygiene', () => {
  it('raised no page errors in any page or the popup', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
