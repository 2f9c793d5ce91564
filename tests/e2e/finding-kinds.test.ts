// Every kind of finding as a person sees it on the page, from builder pages through the real
// engine: a sentence that contradicts table 二 highlighted where it stands and linked to the cell,
// whole-report problems in the banner above the report, a heading's mark, marks at every level,
// the light outline of a sum's operands, and the panel's keyboard path through all of them.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { boxesOf, intersects, overlay, pageTextBoxes, within, OTHER_HOST, type Box } from './browser';
import { expectNoPageErrors, useExtension } from './setup';
import { buildReportHtml, carriedOutRaised, outcomeTotalLowered, sampleValues } from '../fixtures/report-builder';

const TYPO = '四、政府信息公开行政法复议、行政诉讼情况';
const t2 = sampleValues('2021').t2;
/** The sentence of 总体情况 that quotes table 二 (tests/fixtures/narrative.ts), and its figure. */
const SENTENCE = { from: '本年度制发行政规范性文件', to: '万元。' };
const QUOTED = `现行有效行政规范性文件${t2.normativeDocs!.inForce}件`;

const env = useExtension(() => ({
  // One page with one finding of each kind: table 三 out of balance (cells), the text's 现行有效 count
  // against a changed table 二 (text + cell), section 六 without the fee item (its heading), section
  // 五 left out (the banner), a typo in heading 四 (its words).
  '/nb/kinds.html': buildReportHtml({
    t3: carriedOutRaised('natural', 5),
    t2: { normativeDocs: { inForce: t2.normativeDocs!.inForce! + 5 } },
    narrative: { 6: ['本年度无其他需要报告的事项。'] },
    omitSections: [5],
    headings: { 4: TYPO },
  }),
  // Whole-report problems only: a part and a table missing, the 2019 notice cited, another year's period.
  '/nb/whole.html': buildReportHtml({ omitSections: [6], omitTables: ['t4'], notice: '60号', periodYear: 2023 }),
  // A 2024 report laid out in the 2019 format.
  '/nb/old-format.html': buildReportHtml({ year: 2024, format: '2019' }),
  // A blank cell (a warning, and two identities to review) and more suits after review than reviews (a hint).
  '/nb/levels.html': buildReportHtml({ t3: { carriedIn: { commercial: null } }, t4: { suitAfterReview: { upheld: 12, total: 13 } } }),
  // （七）总计 6 short of its outcomes in 自然人 and 总计 (Pingtan 2020).
  '/nb/outcomes.html': buildReportHtml({ t3: outcomeTotalLowered('natural', 6) }),
}));

async function open(path: string, host?: string): Promise<Page> {
  const page = await env.browser.newPage();
  await page.goto(env.server.url(path, host));
  if (!host) await expect.poll(() => overlay.panel(page).count(), { timeout: 10_000 }).toBe(1);
  return page;
}

const union = (boxes: Box[]): Box => ({
  left: Math.min(...boxes.map((b) => b.left)), top: Math.min(...boxes.map((b) => b.top)),
  right: Math.max(...boxes.map((b) => b.right)), bottom: Math.max(...boxes.map((b) => b.bottom)),
});
const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
const tip = (page: Page) => page.locator('nianbao-audit-overlay .tip');

describe('a narrative figure against table 二', () => {
  it('highlights the quoted sentence over its own text without moving the page, marks the cell, and links the two', async () => {
    const page = await open('/nb/kinds.html', OTHER_HOST); // no automatic run: measure the page first
    const paragraph = page.locator('p', { hasText: SENTENCE.from });
    const before = { box: await paragraph.boundingBox(), height: await page.evaluate(() => document.documentElement.scrollHeight) };
    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('[data-testid="counts"]').count()).toBe(1);
    await page.bringToFront(); // closes the popup
    const hl = page.locator('nianbao-audit-overlay .hl[data-rule="narrative-documents"]');
    await expect.poll(() => hl.count()).toBeGreaterThan(0);
    expect(await hl.first().getAttribute('data-section')).toBe('1');
    expect(await hl.first().getAttribute('data-severity')).toBe('warning');

    // The page's layout is as it was.
    expect(await paragraph.boundingBox()).toEqual(before.box);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(before.height);

    // One highlight rectangle per line of the sentence, each over that line's text as the page lays it out.
    await paragraph.scrollIntoViewIfNeeded();
    const lines = await pageTextBoxes(page, SENTENCE.from, SENTENCE.to);
    const drawn = await boxesOf(hl);
    expect(drawn).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      expect(within(drawn[i]!, line, 1.5) && within(line, drawn[i]!, 1.5), `line ${i}`).toBe(true);
    });
    // The figure at fault lies under the highlight; the text before the sentence does not.
    const figure = (await pageTextBoxes(page, QUOTED))[0]!;
    expect(drawn.some((d) => within(figure, d, 1))).toBe(true);
    const lead = (await pageTextBoxes(page, '（一）主动公开。'))[0]!;
    expect(drawn.some((d) => intersects(lead, { ...d, left: d.left + 1, right: d.right - 1 }))).toBe(false);

    // The cell of table 二 it was compared with carries the mark and its badge.
    const cell = page.locator('nianbao-audit-overlay .mark[data-table="t2"][data-row="normativeDocs"][data-col="inForce"]');
    expect(await cell.getAttribute('data-rule')).toBe('narrative-documents');
    expect(await cell.locator('.badge').count()).toBe(1);

    // Pointing at the sentence lights up the cell and says both numbers.
    await page.mouse.move(centre(drawn[0]!).x, centre(drawn[0]!).y);
    await expect.poll(() => cell.getAttribute('class')).toContain('linked');
    expect(await tip(page).textContent()).toContain(`${t2.normativeDocs!.inForce} 件，但表二为 ${t2.normativeDocs!.inForce! + 5} 件`);
    const tipBox = (await boxesOf(tip(page)))[0]!;
    expect(tipBox.top).toBeGreaterThanOrEqual(union(drawn).bottom); // below the sentence, not over it
    await env.browser.screenshot(page, 'kinds-sentence-zh');
  });
});

describe('the banner', () => {
  const bannerItems = (page: Page) => page.locator('nianbao-audit-overlay .banner-item');

  it('stands above the report’s title and names each whole-report problem: a missing part and table, the notice, the year', async () => {
    const page = await open('/nb/whole.html');
    await expect.poll(() => bannerItems(page).count()).toBe(5);
    const text = await page.locator('nianbao-audit-overlay .banner').textContent();
    expect(text).toContain('缺少“六、其他需要报告的事项”部分');
    expect(text).toContain('页面上没有找到表四');
    expect(text).toContain('引用了60号，应依据的是国办公开办函30号');
    expect(text).toContain('标题写的是 2024 年度，统计期限却是 2023 年');
    expect(await bannerItems(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')).sort()))
      .toEqual(['format-version', 'sections-present', 'statistics-period', 'tables-present', 'year-consistent']);
    // Each item says its level in words and with its icon.
    expect(await bannerItems(page).first().locator('svg.icon').count()).toBe(1);

    const banner = (await boxesOf(page.locator('nianbao-audit-overlay .banner')))[0]!;
    const title = (await boxesOf(page.locator('h1')))[0]!;
    expect(banner.bottom).toBeLessThanOrEqual(title.top);
    expect(Math.abs(banner.left - title.left)).toBeLessThan(2);
    // No mark on the page for these: they are about the report as a whole.
    expect(await overlay.marks(page).count()).toBe(0);
    await env.browser.screenshot(page, 'kinds-banner-zh');

    // Dismissed, it is gone; the panel still lists the findings.
    await page.locator('nianbao-audit-overlay .banner-close').click();
    expect(await page.locator('nianbao-audit-overlay .banner').count()).toBe(0);
    expect(await overlay.findings(page).count()).toBe(5);
  });

  it('says a 2024 report laid out in the 2019 format uses the wrong template, as an error', async () => {
    const page = await open('/nb/old-format.html');
    const item = page.locator('nianbao-audit-overlay .banner-item[data-rule="format-version"][data-severity="error"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('却使用了 2019 年试行格式');
    expect((await env.browser.badge(page)).text).toBe('1');
  });
});

describe('headings', () => {
  it('marks a heading whose part lacks something: a frame around its words, the badge beside them', async () => {
    const page = await open('/nb/kinds.html');
    const mark = page.locator('nianbao-audit-overlay .mark-section[data-section="6"]');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.getAttribute('data-rule')).toBe('narrative-fee-section');
    await page.locator('h2', { hasText: '六、其他需要报告的事项' }).scrollIntoViewIfNeeded();
    const words = union(await pageTextBoxes(page, '六、其他需要报告的事项'));
    const frame = (await boxesOf(mark))[0]!;
    expect(within(words, frame)).toBe(true);
    expect(frame.right - frame.left).toBeLessThan(words.right - words.left + 10); // the words, not the whole line
    const badge = (await boxesOf(mark.locator('.badge')))[0]!;
    expect(intersects(badge, words)).toBe(false);
    expect(badge.left).toBeGreaterThanOrEqual(words.right);

    // Focusing the badge says what is missing.
    await mark.locator('.badge').focus();
    expect(await tip(page).textContent()).toContain('“六、其他需要报告的事项”没有说明收取信息处理费的情况');
    await env.browser.screenshot(page, 'kinds-heading-zh');
  });

  it('highlights the words of a heading with a text error', async () => {
    const page = await open('/nb/kinds.html');
    const hl = page.locator('nianbao-audit-overlay .hl[data-rule="label-typos"]');
    await expect.poll(() => hl.count()).toBe(1);
    await page.locator('h2', { hasText: TYPO }).scrollIntoViewIfNeeded();
    const drawn = (await boxesOf(hl))[0]!;
    expect(within((await pageTextBoxes(page, '行政法复议'))[0]!, drawn)).toBe(true);
    const heading = union(await pageTextBoxes(page, TYPO));
    expect(within(drawn, heading, 1.5)).toBe(true);
    expect(drawn.right - drawn.left).toBeLessThan((heading.right - heading.left) * 0.6); // the miswritten words only
  });
});

describe('levels', () => {
  it('marks cells at each level with its own frame style and icon, not by colour alone', async () => {
    const page = await open('/nb/levels.html');
    const mark = (table: string, row: string, col: string) => page.locator(`nianbao-audit-overlay .mark[data-table="${table}"][data-row="${row}"][data-col="${col}"]`);
    const blank = mark('t3', 'carriedIn', 'commercial'); // "应填0": a warning (it is also in two identities to review)
    const review = mark('t3', 'new', 'commercial'); // in 一 + 二 = （七）总计 + 四 with the blank
    const hint = mark('t4', 'review', 'total'); // 复议后起诉 13 > 行政复议 7: a hint
    await expect.poll(() => hint.count()).toBe(1);
    const style = (m: typeof blank) => m.evaluate((e) => getComputedStyle(e, '::before').borderTopStyle);
    const expected = [[blank, 'warning', 'double'], [review, 'review', 'dashed'], [hint, 'info', 'dotted']] as const;
    for (const [m, level, border] of expected) {
      expect(await m.getAttribute('data-severity')).toBe(level);
      expect(await style(m)).toBe(border);
      expect(await m.locator(`.badge svg.icon-${level}`).count()).toBe(1);
    }
    expect(await overlay.marks(page).and(page.locator('[data-severity="error"]')).count()).toBe(0);
    await expect.poll(() => overlay.summary(page).textContent()).toContain('0 个错误、2 个警告、2 项待核查、1 条提示');
    await page.locator('h2', { hasText: '三、收到和处理' }).evaluate((h) => h.scrollIntoView());
    await env.browser.screenshot(page, 'kinds-levels-zh');

    const error = await open('/nb/kinds.html');
    expect(await style(error.locator('nianbao-audit-overlay .mark[data-severity="error"]').first())).toBe('solid');
  });
});

describe('the operands of a broken sum', () => {
  it('badge the total only; the other cells get a light outline that still names the finding and lights up with it', async () => {
    const page = await open('/nb/outcomes.html');
    const ofRule = page.locator('nianbao-audit-overlay .mark[data-rule~="t3-outcome-sum"]');
    await expect.poll(() => ofRule.count()).toBe(44); // two columns: （七）总计 and its 21 outcome rows
    const badged = ofRule.filter({ has: page.locator('.badge') });
    expect(await badged.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-row')} ${e.getAttribute('data-col')}`).sort())).toEqual(['total natural', 'total total']);
    const operands = page.locator('nianbao-audit-overlay .mark[data-rule~="t3-outcome-sum"][data-role="operand"]');
    expect(await operands.count()).toBe(42);
    expect(await operands.locator('.badge').count()).toBe(0);
    // Thinner than the total's frame, with the same level.
    expect(await operands.first().evaluate((e) => getComputedStyle(e, '::before').borderTopWidth)).toBe('1px');
    expect(await badged.first().evaluate((e) => getComputedStyle(e, '::before').borderTopWidth)).toBe('2px');

    // An operand is a keyboard stop naming its finding; focused, its whole column lights up and the numbers show.
    const granted = operands.and(page.locator('[data-row="granted"][data-col="natural"]'));
    expect(await granted.locator('.cover').getAttribute('aria-label')).toMatch(/^参与此合计的单元格（错误）: “自然人”列：（七）总计为 \d+，但各项办理结果之和为 \d+/);
    await granted.locator('.cover').focus();
    await expect.poll(() => page.locator('nianbao-audit-overlay .mark.linked[data-col="natural"]').count()).toBe(22);
    expect(await tip(page).textContent()).toContain('相差 6');
    await page.locator('tr', { hasText: '（一）予以公开' }).evaluate((r) => r.scrollIntoView({ block: 'start' }));
    await env.browser.screenshot(page, 'kinds-operands-zh');
    await page.keyboard.press('Enter'); // chooses the finding in the panel
    await expect.poll(() => page.locator('nianbao-audit-overlay button.finding[aria-current="true"]').textContent()).toContain('“自然人”列');
  });
});

describe('the panel’s keyboard path', () => {
  /** What Enter must show on the page for each rule of the kinds page. */
  const SHOWN: Record<string, { selector: string; count: number; tip: boolean; scrolledTo?: string }> = {
    'sections-present': { selector: '.banner.active', count: 1, tip: false },
    't3-balance': { selector: '.mark.active[data-table="t3"]', count: 4, tip: true },
    // The sentence (two lines) and the cell of table 二.
    'narrative-documents': { selector: '.hl.active, .mark.active[data-table="t2"]', count: 3, tip: true, scrolledTo: '.hl.active' },
    'narrative-fee-notices': { selector: '.mark.active[data-row="otherHandling.unpaidFee"]', count: 1, tip: true },
    'label-typos': { selector: '.hl.active[data-rule="label-typos"]', count: 1, tip: true },
    'narrative-fee-section': { selector: '.mark-section.active[data-section="6"]', count: 1, tip: true },
  };

  it('reaches every kind of finding with the arrows, and Enter shows each where it stands, clear of the panel', async () => {
    const page = await open('/nb/kinds.html');
    const items = overlay.findings(page);
    const rules = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')!));
    expect([...new Set(rules)].sort()).toEqual(Object.keys(SHOWN).sort());
    // Grouped in page order: table 二, table 三, part 四, part 五 (missing), part 六.
    expect(await page.locator('nianbao-audit-overlay .group:has(button.finding)').evaluateAll((els) => els.map((e) => e.getAttribute('data-group'))))
      .toEqual(['t2', 't3', 's4', 's5', 's6']);

    await items.first().focus();
    for (let i = 0; i < rules.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowDown');
      const item = items.nth(i);
      expect(await item.evaluate((e) => e === (e.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      const shown = SHOWN[rules[i]!]!;
      const active = page.locator(`nianbao-audit-overlay :is(${shown.selector})`);
      await expect.poll(() => active.count(), { message: rules[i] }).toBe(shown.count);
      expect(await item.getAttribute('aria-current')).toBe('true');
      const message = (await item.locator('.finding-message').textContent())!;
      if (shown.tip) expect(await tip(page).textContent()).toContain(message);
      else expect(await page.locator('nianbao-audit-overlay .banner').textContent()).toContain(message);
      // In the window (the sentence, for a sentence compared with a cell), and not under the panel (it moves across when it would hide it).
      const panel = (await boxesOf(overlay.panel(page)))[0]!;
      const view = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      // A sentence may run the width of the window: its start is what must be clear.
      const boxes = shown.scrolledTo ? (await boxesOf(page.locator(`nianbao-audit-overlay ${shown.scrolledTo}`))).slice(0, 1).map((b) => ({ ...b, right: b.left + 32 })) : await boxesOf(active);
      for (const box of boxes) {
        expect(box.top >= 0 && box.bottom <= view.h, `${rules[i]} in view`).toBe(true);
        expect(intersects(box, panel), `${rules[i]} clear of the panel`).toBe(false);
      }
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay.panel(page).count()).toBe(0);
  });
});

describe('in English', () => {
  it('shows every kind in the other language at once', async () => {
    await env.browser.setSettings({ lang: 'en' });
    try {
      const page = await open('/nb/kinds.html');
      await expect.poll(() => page.locator('nianbao-audit-overlay .banner').textContent()).toContain('Problems with the report as a whole');
      await env.browser.screenshot(page, 'kinds-banner-en');
      const hl = page.locator('nianbao-audit-overlay .hl[data-rule="narrative-documents"]');
      await page.locator('p', { hasText: SENTENCE.from }).scrollIntoViewIfNeeded();
      const first = (await boxesOf(hl))[0]!;
      await page.mouse.move(centre(first).x, centre(first).y);
      await expect.poll(() => tip(page).textContent()).toMatch(/table 2/i);
      await env.browser.screenshot(page, 'kinds-sentence-en');
      const heading = page.locator('nianbao-audit-overlay .mark-section[data-section="6"] .badge');
      expect(await heading.textContent()).toBe('Warning');
      await heading.focus();
      await env.browser.screenshot(page, 'kinds-heading-en');

      const outcomes = await open('/nb/outcomes.html');
      const cover = outcomes.locator('nianbao-audit-overlay .mark[data-role="operand"][data-row="granted"][data-col="natural"] .cover');
      expect(await cover.getAttribute('aria-label')).toMatch(/^Cell in this sum \(Error\): /);
      await outcomes.locator('tr', { hasText: '（一）予以公开' }).evaluate((r) => r.scrollIntoView({ block: 'start' }));
      await cover.focus();
      await env.browser.screenshot(outcomes, 'kinds-operands-en');

      const levels = await open('/nb/levels.html');
      await levels.locator('h2', { hasText: '三、收到和处理' }).evaluate((h) => h.scrollIntoView());
      await expect.poll(() => overlay.summary(levels).textContent()).toContain('warnings 2');
      await env.browser.screenshot(levels, 'kinds-levels-en');
    } finally {
      await env.browser.setSettings({ lang: 'zh_CN' });
    }
  });
});

expectNoPageErrors(env);
