// The automatic run on government hosts: marks on the expected cells with their data attributes,
// badges that leave the numbers readable, the badge, the clean confirmation, nothing on other
// pages, a report that arrives after load, and a report inside a same-origin iframe.
import { describe, expect, it } from 'vitest';
import { badgesOverText, markAddresses, overlay } from './browser';
import { expectNoPageErrors, useExtension } from './setup';
import { buildOtherPageHtml, buildReportHtml, carriedOutRaised, sampleValues } from '../fixtures/report-builder';
import { buildFramedReportPage, buildLateReportPage } from '../fixtures/page-shells';

const sample = sampleValues('2021').t3;
const OPERANDS = ['new', 'carriedIn', 'total', 'carriedOut'];
// 自然人 四、结转下年度 is 5 too high, and so 总计: only 一+二 = （七）总计+四 breaks, in 自然人 and in 总计.
const wrongTotal = buildReportHtml({ t3: carriedOutRaised('natural', 5) });
const carriedOut = sample.carriedOut!.natural + 5;
const env = useExtension(() => ({
  '/nb/wrong-total.html': wrongTotal,
  // 商业企业 上年结转 left blank: the identity cannot be checked there, a person must look.
  '/nb/blank.html': buildReportHtml({ t3: { carriedIn: { commercial: null } } }),
  '/nb/clean.html': buildReportHtml({}),
  '/news/other.html': buildOtherPageHtml(),
  '/nb/late.html': buildLateReportPage('/nb/wrong-total.html', 1000),
  '/nb/framed.html': buildFramedReportPage('/nb/wrong-total.html'),
}));

const expectedMarks = (cols: string[], severity: string) => cols.flatMap((col) => OPERANDS.map((r) => `t3 ${r} ${col} t3-balance ${severity}`)).sort();
const WRONG = ['natural', 'total'];

describe('automatic audit on a government site', () => {
  it('marks the four operand cells of each failing column over the page cells, keeps the numbers readable, and sets the badge', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/wrong-total.html'));
    await expect.poll(() => overlay.marks(page).count()).toBe(8);
    expect(await markAddresses(overlay.marks(page))).toEqual(expectedMarks(WRONG, 'error'));

    // Each mark sits over the page cell it names.
    const total = page.locator('tr', { hasText: '四、结转下年度继续办理' }).locator('td').nth(1);
    const cellBox = (await total.boundingBox())!;
    const markBox = (await overlay.marks(page).and(page.locator('[data-row="carriedOut"][data-col="natural"]')).boundingBox())!;
    expect(Math.abs(markBox.x - cellBox.x)).toBeLessThan(2);
    expect(Math.abs(markBox.y - cellBox.y)).toBeLessThan(2);
    expect(Math.abs(markBox.width - cellBox.width)).toBeLessThan(2);
    expect(await total.textContent()).toBe(String(carriedOut));

    // No badge lies over the text of any cell (the lead's screenshot had tags over "108").
    expect(await badgesOverText(page)).toEqual([]);

    // The badge names the level for screen readers and says the numbers.
    const label = await overlay.marks(page).first().locator('.badge').getAttribute('aria-label');
    expect(label).toMatch(/^错误: .*自然人.*相差 5/);

    // The panel: counts and the finding with its numbers.
    await expect.poll(() => overlay.summary(page).textContent()).toContain('发现 2 个错误');
    const listed = await overlay.findings(page).first().textContent();
    expect(listed).toContain('自然人');
    expect(listed).toContain('相差 5');

    // The overlay lives in an open shadow root: the page's DOM has only the host element.
    const inShadow = await page.evaluate(() => {
      const host = document.querySelector('nianbao-audit-overlay');
      return !!host?.shadowRoot?.querySelector('.mark') && document.querySelectorAll('.mark, .panel').length === 0;
    });
    expect(inShadow).toBe(true);

    expect(await env.browser.badge(page)).toEqual({ text: '2', color: [198, 40, 40, 255] });
    await total.scrollIntoViewIfNeeded();
    await env.browser.screenshot(page, 'overlay-wrong-total');
  });

  it('hovering one operand highlights all four and shows the message with its numbers', async () => {
    const page = await env.browser.newPage();
    await page.setViewportSize({ width: 1200, height: 1100 }); // the whole of table 三 in view, for the screenshot
    await page.goto(env.server.url('/nb/wrong-total.html'));
    await expect.poll(() => overlay.marks(page).count()).toBe(8);
    await page.locator('h2', { hasText: '三、收到和处理' }).evaluate((h) => h.scrollIntoView());
    const cell = page.locator('tr', { hasText: '四、结转下年度继续办理' }).locator('td').nth(1);
    await cell.hover();
    await expect.poll(() => page.locator('nianbao-audit-overlay .mark.linked').count()).toBe(4);
    const tip = page.locator('nianbao-audit-overlay .tip');
    expect(await tip.textContent()).toContain(`（七）总计 + 四 = ${sample.total!.natural} + ${carriedOut}`);
    // The page's own cell text stays selectable under the mark (the pointer goes through).
    expect(await page.evaluate(() => {
      const td = Array.from(document.querySelectorAll('td')).find((c) => c.textContent === '四、结转下年度继续办理')!.nextElementSibling!;
      const r = td.getBoundingClientRect();
      return document.elementFromPoint(r.left + 3, r.top + r.height / 2) === td;
    })).toBe(true);
    await env.browser.screenshot(page, 'overlay-hover-linked');
  });

  it('marks a column with a blank operand as needing review, not as an error', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/blank.html'));
    // The 商业企业 column's four operands (T3-A) and the 上年结转 row (T3-C) cannot be checked; the
    // blank cell itself is a warning ("应填0"). Nothing is an error.
    await expect.poll(() => overlay.marks(page).count()).toBe(10);
    const marked = await markAddresses(overlay.marks(page));
    expect(marked).toEqual(expect.arrayContaining(['new', 'total', 'carriedOut'].map((r) => `t3 ${r} commercial t3-balance review`)));
    expect(marked.filter((m) => m.endsWith(' error'))).toEqual([]);
    await expect.poll(() => overlay.summary(page).textContent()).toContain('2 项待核查');
    expect((await env.browser.badge(page)).text).toBe('3');
    expect((await env.browser.badge(page)).color).toEqual([178, 106, 0, 255]);
  });

  it('confirms a consistent report calmly: a green badge, no marks, and what was checked', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/clean.html'));
    await expect.poll(() => overlay.summary(page).textContent()).toBe('未发现问题');
    expect(await overlay.marks(page).count()).toBe(0);
    const checked = await page.locator('nianbao-audit-overlay [data-testid="clean"]').textContent();
    expect(checked).toContain('表三');
    expect(checked).toContain('200 个单元格'); // tables 二, 三 and 四: 10 + 175 + 15
    expect((await env.browser.badge(page)).text).toBe('✓');
    await env.browser.screenshot(page, 'panel-clean');
  });

  it('does nothing visible on a government page that is not a report', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/news/other.html'));
    await page.waitForTimeout(500); // give a content script time to do something, if it would
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
    expect((await env.browser.badge(page)).text).toBe('');
    // The page failed the cheap test, so the engine was never injected; a report page has it.
    expect(await env.browser.engineLoaded(page)).toBe(false);
    await page.goto(env.server.url('/nb/clean.html'));
    await expect.poll(() => env.browser.engineLoaded(page)).toBe(true);
  });

  it('audits a report that a script puts on the page after load', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/late.html'));
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
    await expect.poll(() => overlay.marks(page).count(), { timeout: 10_000 }).toBe(8);
    expect(await markAddresses(overlay.marks(page))).toEqual(expectedMarks(WRONG, 'error'));
    expect((await env.browser.badge(page)).text).toBe('2');
  });

  it('audits a report inside a same-origin iframe: marks in the frame, the panel on the page', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/framed.html'));
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('nianbao-audit-overlay .mark').count(), { timeout: 10_000 }).toBe(8);
    expect(await markAddresses(frame.locator('nianbao-audit-overlay .mark'))).toEqual(expectedMarks(WRONG, 'error'));
    await expect.poll(() => overlay.summary(page).textContent()).toContain('发现 2 个错误');
    expect((await env.browser.badge(page)).text).toBe('2');
    // Choosing the finding in the panel scrolls its first cell (一、本年新收, 自然人) in the frame into view.
    await overlay.findings(page).first().click();
    const inView = await frame.locator('tr', { hasText: '一、本年新收' }).locator('td').nth(1).evaluate((td) => {
      const r = td.getBoundingClientRect();
      const frameEl = window.frameElement!.getBoundingClientRect();
      const top = frameEl.top + r.top;
      return top >= 0 && top + r.height <= window.parent.innerHeight;
    });
    expect(inView).toBe(true);
    await env.browser.screenshot(page, 'overlay-iframe');
  });
});

expectNoPageErrors(env);
