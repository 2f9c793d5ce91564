// The popup's export menu in Chromium, as a person uses it: copy all tables or one and paste
// (the clipboard holds the page's table 三, row for row and cell for cell), and every download
// (CSV with and without the BOM, JSON, Markdown, XLSX, the findings as CSV and Markdown) with its
// name and a content read back by independent readers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoPageErrors, useExtension } from './setup';
import {
  PREFIX, blocks, download, expectFindingsFiles, expectT3MatchesPage, hasBom, markdownRows, openTestReport, parseDelimited, setBomOnOptionsPage,
  testReportHtml, TEST_REPORT_FINDINGS, writeClipboard, type PageTable,
} from './exports';
import { sampleValues } from '../fixtures/report-builder';
import { AuditResultSchema, type AuditResult } from '../../lib/model/schema';
import { modelView, readDelimited, readWorkbook } from '../support/export-readback';

const sample = sampleValues('2021').t3;
const env = useExtension(() => ({ '/nb/report.html': testReportHtml() }));

let page: Page;
let t3: PageTable;
beforeAll(async () => {
  ({ page, t3 } = await openTestReport(env, '/nb/report.html'));
});

async function openPopup(): Promise<Page> {
  const popup = await env.browser.clickToolbarButton(page);
  await popup.locator('[data-testid="export"] [data-action="copy-tsv"]').waitFor();
  return popup;
}
const status = (popup: Page) => popup.locator('[data-testid="export"] .export-status');
const clipboard = (popup: Page) => popup.evaluate(() => navigator.clipboard.readText());

describe('copy from the popup', () => {
  it('copies all tables, then only table 三, as TSV whose rows and columns are the page’s', async () => {
    await writeClipboard(env.browser, 'before');
    const popup = await openPopup();
    await popup.locator('[data-action="copy-tsv"]').click();
    await expect.poll(() => status(popup).textContent()).toBe('已复制全部表格，可粘贴到 Excel 或 WPS。');
    const all = blocks(parseDelimited(await clipboard(popup), '\t'));
    // The report's title, then each table the report holds under its title.
    expect(all[0]).toEqual([['示例县测试局2024年政府信息公开工作年度报告']]);
    const t3Block = all.find((b) => b[0]![0] === '表三 收到和处理政府信息公开申请情况')!;
    expectT3MatchesPage(t3Block.slice(1), t3);

    await popup.locator('[data-testid="export"] select').selectOption('t3');
    await popup.locator('[data-action="copy-tsv"]').click();
    await expect.poll(() => status(popup).textContent()).toBe('已复制表三，可粘贴到 Excel 或 WPS。');
    const one = parseDelimited(await clipboard(popup), '\t');
    expectT3MatchesPage(one, t3);
    expect(one).toEqual(t3Block.slice(1));
    // The blank and the placeholder as the page shows them, never 0.
    const row = (label: string) => one.find((r) => r[0] === label)!;
    expect(row('四、结转下年度继续办理')[5]).toBe('');
    expect(row('一、本年新收政府信息公开申请数量')[3]).toBe('—');
    await popup.screenshot({ path: 'tests/artifacts/export-popup-zh.png' });
  });

  it('copies with the keyboard: Tab to the button, Enter', async () => {
    await writeClipboard(env.browser, 'before');
    const popup = await openPopup();
    await popup.locator('[data-testid="export"] select').focus();
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('copy-tsv');
    await popup.keyboard.press('Enter');
    await expect.poll(() => status(popup).textContent()).toContain('已复制全部表格');
    expect(await clipboard(popup)).toContain('表三 收到和处理政府信息公开申请情况');
    // The focus stays on the button, for the next action.
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('copy-tsv');
  });
});

describe('downloads from the popup', () => {
  let result: AuditResult;

  it('JSON: the MODEL.md result with its schema version, the page’s values', async () => {
    const popup = await openPopup();
    const file = await download(popup, () => popup.locator('[data-action="json"]').click());
    expect(file.filename).toBe(`${PREFIX}审查结果.json`);
    result = AuditResultSchema.parse(JSON.parse(file.text));
    expect(result.schema).toBe('nianbao-audit/1');
    expect(result.report!.tables.t3!.total!.natural).toBe(sample.total!.natural + 5);
    expect(result.report!.tables.t3!.carriedOut!.legal).toBeNull();
    expect(result.findings.map((f) => `${f.rule} ${f.status}`).sort()).toEqual(TEST_REPORT_FINDINGS);
    await expect.poll(() => status(popup).textContent()).toBe(`已下载 ${PREFIX}审查结果.json`);
  });

  it('CSV of all tables and of table 三 with the BOM, read back to the model and to the page', async () => {
    const popup = await openPopup();
    const all = await download(popup, () => popup.locator('[data-action="tables-csv"]').click());
    expect(all.filename).toBe(`${PREFIX}年报数据.csv`);
    expect(hasBom(all.bytes)).toBe(true);
    expect(all.text).toContain('\r\n');
    expect(readDelimited(all.text.slice(1), ',', result.report!.format, 'zh_CN')).toEqual(modelView(result.report!));

    await popup.locator('[data-testid="export"] select').selectOption('t3');
    const one = await download(popup, () => popup.locator('[data-action="tables-csv"]').click());
    expect(one.filename).toBe(`${PREFIX}表三.csv`);
    expect(hasBom(one.bytes)).toBe(true);
    expectT3MatchesPage(parseDelimited(one.text, ','), t3);
  });

  it('Markdown: the page’s table 三 as a GFM table', async () => {
    const popup = await openPopup();
    await popup.locator('[data-testid="export"] select').selectOption('t3');
    const md = await download(popup, () => popup.locator('[data-action="tables-md"]').click());
    expect(md.filename).toBe(`${PREFIX}表三.md`);
    expectT3MatchesPage(markdownRows(md.text), t3);
  });

  it('XLSX: one sheet per table plus the findings, numbers as numbers, read back to the model', async () => {
    const popup = await openPopup();
    const x = await download(popup, () => popup.locator('[data-action="xlsx"]').click());
    expect(x.filename).toBe(`${PREFIX}年报数据.xlsx`);
    const { view, sheets } = await readWorkbook(x.bytes, result.report!.format, 'zh_CN');
    expect(view).toEqual(modelView(result.report!));
    expect(sheets.map((s) => s.sheet).at(-1)).toBe('审查问题');
    const sheet3 = sheets.find((s) => s.sheet === '表三')!;
    expect(sheet3.data.find((r) => r[0] === '三、本年度办理结果/（七）总计')![1]).toBe(sample.total!.natural + 5); // a number, not text
    expect(sheet3.data.find((r) => r[0] === '四、结转下年度继续办理')![5]).toBeNull(); // the blank stays blank
  });

  it('the findings as CSV and Markdown: rule, severity, status, message and the cells by their labels', async () => {
    const popup = await openPopup();
    const csv = await download(popup, () => popup.locator('[data-action="findings-csv"]').click());
    const md = await download(popup, () => popup.locator('[data-action="findings-md"]').click());
    expectFindingsFiles(csv, md, PREFIX);
  });

  it('CSV without the BOM once the options page says so; the rest unchanged', async () => {
    await setBomOnOptionsPage(env.browser, false, 'export-options-zh');

    const popup = await openPopup();
    const csv = await download(popup, () => popup.locator('[data-action="tables-csv"]').click());
    expect(hasBom(csv.bytes)).toBe(false);
    expect(csv.text.startsWith('示例县测试局2024年')).toBe(true);
    expect(readDelimited(csv.text, ',', result.report!.format, 'zh_CN')).toEqual(modelView(result.report!));
    await setBomOnOptionsPage(env.browser, true);
  });
});

expectNoPageErrors(env);
