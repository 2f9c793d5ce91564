// What the export browser tests share: the clipboard as a person's paste would see it, downloads
// read from disk, and table 三 read straight off the page (its own cells, spans resolved here) to
// compare an export with what the page shows, with no code of the extension involved.
import { expect } from 'vitest';
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { OTHER_HOST, type ExtensionBrowser } from './browser';
import type { TestEnv } from './setup';
import { buildReportHtml, sampleValues } from '../fixtures/report-builder';

/**
 * The page both export tests use: an error (（七）总计 of 自然人 +5), a placeholder ("—") and a
 * blank, which every export must keep exactly. Files are named after its agency and year.
 */
/** Its findings, `rule status`, sorted: the +5 breaks T3-A, T3-B and T3-C; the two blanks leave
 *  T3-A (in their columns) and T3-C (in their rows) for review, and are each "应填0". */
export const TEST_REPORT_FINDINGS = [
  't3-balance fail', 't3-balance review', 't3-balance review', 't3-cell-values fail', 't3-cell-values fail',
  't3-outcome-sum fail', 't3-row-sum fail', 't3-row-sum review',
];
export const testReportHtml = (): string => {
  const t3 = sampleValues('2021').t3;
  return buildReportHtml({ t3: { total: { natural: t3.total!.natural + 5 }, new: { research: '—' }, carriedOut: { legal: null } } });
};
export const PREFIX = '示例县测试局_2024_';

/** Open the test page (served at `path`) where nothing audits by itself; clipboard access granted. */
export async function openTestReport(env: TestEnv, path: string): Promise<{ page: Page; t3: PageTable; before: string }> {
  await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await env.browser.newPage();
  await page.goto(env.server.url(path, OTHER_HOST));
  return { page, before: await page.evaluate(() => document.documentElement.outerHTML), t3: await readPageT3(page) };
}

/** Write or read the browser's clipboard from an extension page (a secure context with focus). */
async function withClipboard<T>(browser: ExtensionBrowser, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.bringToFront();
    return await run(page);
  } finally {
    await page.close();
  }
}
export const readClipboard = (browser: ExtensionBrowser): Promise<string> =>
  withClipboard(browser, (p) => p.evaluate(() => navigator.clipboard.readText()));
export const writeClipboard = (browser: ExtensionBrowser, text: string): Promise<void> =>
  withClipboard(browser, (p) => p.evaluate((t) => navigator.clipboard.writeText(t), text));

export interface Downloaded {
  filename: string;
  bytes: Buffer;
  /** UTF-8 text, a leading BOM kept. */
  text: string;
}

/** Click (or press) something on `page` that downloads a file, and read the file. */
export async function download(page: Page, trigger: () => Promise<unknown>): Promise<Downloaded> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), trigger()]);
  const file = await d.path();
  const failure = await d.failure();
  if (failure) throw new Error(`download ${d.suggestedFilename()} failed: ${failure}`);
  const bytes = fs.readFileSync(file);
  return { filename: d.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

export const hasBom = (bytes: Buffer): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** Turn the CSV BOM on or off as a person does: on the options page, which says it saved. */
export async function setBomOnOptionsPage(browser: ExtensionBrowser, on: boolean, screenshot?: string): Promise<void> {
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('#csv-bom').setChecked(on);
  await expect.poll(() => options.locator('[data-testid="status"]').textContent()).toBe('已保存。');
  if (screenshot) await browser.screenshot(options, screenshot);
  await options.close();
}

/**
 * The findings list of the test pages (an error in 自然人, two columns to review) as CSV and as
 * Markdown: one row per finding with rule, name, severity, status, message and cell labels.
 */
export function expectFindingsFiles(csv: Downloaded, md: Downloaded, prefix: string): void {
  expect([csv.filename, md.filename]).toEqual([`${prefix}审查问题.csv`, `${prefix}审查问题.md`]);
  expect(hasBom(csv.bytes)).toBe(true);
  const [head, ...rows] = parseDelimited(csv.text, ',');
  expect(head).toEqual(['规则', '规则名称', '严重程度', '状态', '说明', '单元格', '原文']);
  expect(rows.map((r) => `${r[0]} ${r[2]} ${r[3]}`).sort()).toEqual([
    't3-balance 错误 待人工核查', 't3-balance 错误 待人工核查', 't3-balance 错误 未通过', 't3-cell-values 警告 未通过', 't3-cell-values 警告 未通过',
    't3-outcome-sum 错误 未通过', 't3-row-sum 错误 待人工核查', 't3-row-sum 错误 未通过',
  ]);
  const error = rows.find((r) => r[0] === 't3-balance' && r[3] === '未通过')!;
  expect(error[1]).toBe('表三勾稽关系：一 + 二 = （七）总计 + 四');
  expect(error[4]).toContain('相差 5');
  expect(error[5]).toContain('表三：三、本年度办理结果/（七）总计，自然人');
  expect(markdownRows(md.text).slice(1)).toEqual(rows);
}

/** TSV or CSV into rows of fields (RFC 4180 quoting, CRLF), read by papaparse. */
export function parseDelimited(text: string, delimiter: '\t' | ','): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n' });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  const rows = parsed.data;
  if (rows.at(-1)?.length === 1 && rows.at(-1)![0] === '') rows.pop();
  return rows;
}

/** Blocks of an "all tables" export, split at its empty lines; each table's block starts with its title. */
export function blocks(rows: string[][]): string[][][] {
  const out: string[][][] = [[]];
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') out.push([]);
    else out.at(-1)!.push(row);
  }
  return out;
}

/** The rows of GFM tables in a Markdown file, cells unescaped, the alignment rows left out. */
export function markdownRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|(\s*-+:?\s*\|)+$/.test(l))
    .map((l) => l.slice(2, -2).split(/(?<!\\) \| /).map((c) => c.replace(/\\(.)/g, '$1')));
}

export interface PageTable {
  /** Per value column, the header texts above it from top to bottom (repeats of a merged cell once). */
  columns: string[][];
  /** Per body row, the label texts from left to right, and the value cells' text as shown. */
  rows: { path: string[]; values: string[] }[];
}

/** Table 三 as the page shows it: the table holding "本年新收", header rows above the first "一、" row. */
export function readPageT3(page: Page): Promise<PageTable> {
  return page.evaluate(() => {
    const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const table = Array.from(document.querySelectorAll('table')).find((t) => text(t).includes('本年新收'))!;
    const grid: Element[][] = [];
    Array.from(table.rows).forEach((tr, r) => {
      let c = 0;
      for (const cell of Array.from(tr.cells)) {
        while (grid[r]?.[c]) c++;
        for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = cell;
        c += cell.colSpan;
      }
    });
    const width = Math.max(...grid.map((row) => row.length));
    const labelCols = width - 7; // table 三 has seven value columns (FORMAT.md §3)
    const first = grid.findIndex((row) => text(row[0]!).startsWith('一、'));
    const distinct = (cells: Element[]) => cells.filter((c, i) => c !== cells[i - 1]).map(text);
    const columns = Array.from({ length: 7 }, (_, i) => distinct(grid.slice(0, first).map((row) => row[labelCols + i]!)));
    const rows = grid.slice(first).map((row) => ({ path: distinct(row.slice(0, labelCols)), values: row.slice(labelCols).map(text) }));
    return { columns, rows };
  });
}

const endsWith = (path: string[], label: string) => path.join('/').endsWith(label);

/**
 * A table 三 grid from an export (header row first) against the page: the same rows in the same
 * order, each label the end of the page's own label path ("法人或其他组织/商业企业"), and every
 * value cell exactly the page's text (a blank stays empty, "—" stays "—").
 */
export function expectT3MatchesPage(grid: string[][], t3: PageTable, itemLabel = '项目'): void {
  const [head, ...body] = grid;
  expect(head![0]).toBe(itemLabel);
  expect(head!.length - 1).toBe(t3.columns.length);
  head!.slice(1).forEach((label, i) => expect(endsWith(t3.columns[i]!, label), `column ${label} vs ${t3.columns[i]!.join('/')}`).toBe(true));
  expect(body.map((r) => r.length)).toEqual(t3.rows.map(() => 8));
  body.forEach((row, i) => {
    expect(endsWith(t3.rows[i]!.path, row[0]!), `row ${row[0]} vs ${t3.rows[i]!.path.join('/')}`).toBe(true);
    expect(row.slice(1), row[0]).toEqual(t3.rows[i]!.values);
  });
}
