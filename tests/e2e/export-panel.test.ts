// The findings panel's export menus in Chromium: the copy beside table 三's heading and the one for
// everything put the page's table on the clipboard (from an http page, where a content script has
// no navigator.clipboard), each download arrives with its name and content (XLSX through the
// background), the BOM setting applies at once, all by keyboard too, and the page's DOM is untouched.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, overlay } from './browser';
import { expectNoPageErrors, useExtension } from './setup';
import {
  PREFIX, blocks, download, expectFindingsFiles, expectT3MatchesPage, hasBom, markdownRows, openTestReport, parseDelimited, readClipboard, readPageT3,
  setBomOnOptionsPage, testReportHtml, TEST_REPORT_FINDINGS, writeClipboard, type PageTable,
} from './exports';
import { sampleValues } from '../fixtures/report-builder';
import { AuditResultSchema, type AuditResult } from '../../lib/model/schema';
import { modelView, readDelimited, readWorkbook } from '../support/export-readback';

const sample = sampleValues('2021').t3;
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const REAL = ['pingtan/nb-2024-97791.html', 'pingtan/nb-2022-80629.html'].filter((f) => fs.existsSync(path.join(CORPUS, f)));
if (REAL.length === 0) console.warn(`corpus export tests skipped: ${CORPUS} is absent (real pages are read from ../shared/corpus at test time)`);

const env = useExtension(() => ({ '/nb/report.html': testReportHtml() }));
const inPanel = (page: Page, selector: string) => page.locator(`nianbao-audit-overlay [data-testid="panel"] ${selector}`);
const t3Menu = (page: Page, action: string) => inPanel(page, `[data-group="t3"] .group-head [data-action="${action}"]`);
const reportMenu = (page: Page, action: string) => inPanel(page, `section.export-menu [data-action="${action}"]`);
/** The page's DOM without the overlay's host element: what the page itself holds. */
const pageDom = (page: Page) => page.evaluate(() => {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('nianbao-audit-overlay').forEach((h) => h.remove());
  return copy.outerHTML;
});

let page: Page;
let before: string;
let t3: PageTable;
let result: AuditResult;
beforeAll(async () => {
  ({ page, t3, before } = await openTestReport(env, '/nb/report.html'));
  // Audit through the toolbar button, which opens the panel; then back to the page.
  const popup = await env.browser.clickToolbarButton(page);
  await popup.locator('[data-testid="counts"]').waitFor();
  await page.bringToFront();
  await overlay.panel(page).waitFor();
});

describe('copy from the panel', () => {
  it('beside table 三’s heading: the page’s table, row for row, cell for cell, from an http page', async () => {
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await writeClipboard(env.browser, 'before');
    await page.bringToFront();
    await t3Menu(page, 'copy-tsv').click();
    await expect.poll(() => inPanel(page, '[data-group="t3"] .export-status').textContent()).toBe('已复制表三，可粘贴到 Excel 或 WPS。');
    const tsv = parseDelimited(await readClipboard(env.browser), '\t');
    expectT3MatchesPage(tsv, t3);
    expect(tsv.find((r) => r[0] === '四、结转下年度继续办理')![5]).toBe(''); // blank, not 0
  });

  it('for everything: the report’s title, then each table under its title', async () => {
    await writeClipboard(env.browser, 'before');
    await page.bringToFront();
    await reportMenu(page, 'copy-tsv').click();
    await expect.poll(() => inPanel(page, 'section.export-menu .export-status').textContent()).toBe('已复制全部表格，可粘贴到 Excel 或 WPS。');
    const all = blocks(parseDelimited(await readClipboard(env.browser), '\t'));
    expect(all[0]).toEqual([['示例县测试局2024年政府信息公开工作年度报告']]);
    expectT3MatchesPage(all.find((b) => b[0]![0] === '表三 收到和处理政府信息公开申请情况')!.slice(1), t3);
  });

  it('by keyboard: Tab reaches the table’s copy button, Enter copies, the focus stays; arrows do not jump to the findings', async () => {
    await writeClipboard(env.browser, 'before');
    await page.bringToFront();
    await inPanel(page, '.icon-button').focus();
    const active = () => page.evaluate(() => {
      const el = document.activeElement?.shadowRoot?.activeElement;
      return el ? `${el.closest('[data-group]')?.getAttribute('data-group') ?? 'report'} ${el.getAttribute('data-action') ?? el.className}` : '';
    });
    const seen: string[] = [];
    for (let i = 0; i < 40 && seen.at(-1) !== 't3 copy-tsv'; i++) {
      await page.keyboard.press('Tab');
      seen.push(await active());
    }
    // Every control of the report's menu on the way, in order.
    expect(seen.filter((s) => s.startsWith('report ')).map((s) => s.slice(7))).toEqual(
      ['', 'copy-tsv', 'tables-csv', 'tables-md', 'xlsx', 'json', 'findings-csv', 'findings-md'], // '' is the table choice
    );
    expect(seen.at(-1)).toBe('t3 copy-tsv');
    await page.keyboard.press('Enter');
    await expect.poll(() => inPanel(page, '[data-group="t3"] .export-status').textContent()).toContain('已复制表三');
    expect(await active()).toBe('t3 copy-tsv');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe('t3 copy-tsv');
    expectT3MatchesPage(parseDelimited(await readClipboard(env.browser), '\t'), t3);
  });
});

describe('downloads from the panel', () => {
  it('JSON: the MODEL.md result with its schema version', async () => {
    await page.bringToFront();
    const file = await download(page, () => reportMenu(page, 'json').click());
    expect(file.filename).toBe(`${PREFIX}审查结果.json`);
    result = AuditResultSchema.parse(JSON.parse(file.text));
    expect(result.schema).toBe('nianbao-audit/1');
    expect(result.report!.tables.t3!.carriedOut!.legal).toBeNull();
    expect(result.findings.map((f) => `${f.rule} ${f.status}`).sort()).toEqual(TEST_REPORT_FINDINGS);
  });

  it('CSV beside table 三 and for everything, with the BOM, read back to the page and the model', async () => {
    const one = await download(page, () => t3Menu(page, 'tables-csv').click());
    expect(one.filename).toBe(`${PREFIX}表三.csv`);
    expect(hasBom(one.bytes)).toBe(true);
    expectT3MatchesPage(parseDelimited(one.text, ','), t3);

    const all = await download(page, () => reportMenu(page, 'tables-csv').click());
    expect(all.filename).toBe(`${PREFIX}年报数据.csv`);
    expect(hasBom(all.bytes)).toBe(true);
    expect(readDelimited(all.text.slice(1), ',', result.report!.format, 'zh_CN')).toEqual(modelView(result.report!));
  });

  it('Markdown beside table 三', async () => {
    const md = await download(page, () => t3Menu(page, 'tables-md').click());
    expect(md.filename).toBe(`${PREFIX}表三.md`);
    expectT3MatchesPage(markdownRows(md.text), t3);
  });

  it('XLSX, built through the background: sheets read back to the model, numbers as numbers', async () => {
    const x = await download(page, () => reportMenu(page, 'xlsx').click());
    expect(x.filename).toBe(`${PREFIX}年报数据.xlsx`);
    const { view, sheets } = await readWorkbook(x.bytes, result.report!.format, 'zh_CN');
    expect(view).toEqual(modelView(result.report!));
    expect(sheets.find((s) => s.sheet === '表三')!.data.find((r) => r[0] === '三、本年度办理结果/（七）总计')![1]).toBe(sample.total!.natural + 5);
    expect(sheets.at(-1)!.sheet).toBe('审查问题');
    expect(sheets.at(-1)!.data).toHaveLength(1 + result.findings.length);
  });

  it('the findings as CSV and Markdown', async () => {
    const csv = await download(page, () => reportMenu(page, 'findings-csv').click());
    const md = await download(page, () => reportMenu(page, 'findings-md').click());
    expectFindingsFiles(csv, md, PREFIX);
  });

  it('CSV without the BOM as soon as the options page says so, with the panel still open', async () => {
    await setBomOnOptionsPage(env.browser, false);
    await page.bringToFront();
    await env.browser.screenshot(page, 'export-panel-zh');
    const csv = await download(page, () => t3Menu(page, 'tables-csv').click());
    expect(hasBom(csv.bytes)).toBe(false);
    expectT3MatchesPage(parseDelimited(csv.text, ','), t3);
    await setBomOnOptionsPage(env.browser, true);
  });

  it('left the page’s own DOM exactly as it was: every helper element lived in the overlay', async () => {
    expect(await pageDom(page)).toBe(before);
    await inPanel(page, '[data-testid="clear"]').click();
    await expect.poll(() => page.locator('nianbao-audit-overlay').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });
});

expectNoPageErrors(env);

// Real pages run their own scripts (and raise their own errors): a browser of their own.
describe.skipIf(REAL.length === 0)('real published pages', () => {
  const real = useExtension(() => Object.fromEntries(REAL.map((f) => [`/${f}`, fs.readFileSync(path.join(CORPUS, f), 'utf8')])));

  it.each(REAL.map((f) => [f]))('%s: table 三 copied from the panel has the page’s values, row for row', async (file) => {
    await real.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const p = await real.browser.newPage();
    await p.goto(real.server.url(`/${file}`, 'www.pingtan.gov.cn'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => overlay.panel(p).count(), { timeout: 10_000 }).toBe(1);
    const shown = await readPageT3(p);
    await writeClipboard(real.browser, 'before');
    await p.bringToFront();
    await t3Menu(p, 'copy-tsv').click();
    await expect.poll(() => inPanel(p, '[data-group="t3"] .export-status').textContent()).toContain('已复制表三');
    const [, ...body] = parseDelimited(await readClipboard(real.browser), '\t');
    expect(body.map((r) => r.slice(1))).toEqual(shown.rows.map((r) => r.values));
    await p.close();
  });
});
