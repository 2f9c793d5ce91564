// The overlay on real published pages (../shared/corpus, read at test time): report pages get the
// panel and badges that cover no number; the findings MANIFEST.tsv names are shown where they
// stand (nb-2023's sentence, nb-2020's column sums, nb-2022's heading); pages that are not reports,
// the column's listing among them, get nothing, and the popup says what the listing holds; Clear
// leaves every report page's DOM exactly as it was.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { badgesOverText, boxesOf, overlay, pageTextBoxes, within, ROOT, OTHER_HOST } from './browser';
import { useExtension } from './setup';
import { parseHtml } from '../../cli/parse-html';
import { auditDocument } from '../../lib/audit';
import type { Finding } from '../../lib/model/schema';

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
const reports = entries.filter((e) => e.kind === 'report');
const withTables = reports.filter((e) => e.format === '2021' || e.format === '2019');
const notReports = entries.filter((e) => e.kind !== 'report');
const HOST = 'www.pingtan.gov.cn';

const read = (file: string) => fs.readFileSync(path.join(CORPUS, file), 'utf8');
/** The engine's findings for a page, run in Node: the test's own source for what the page must show. */
function findingsOf(file: string, rule: string): Finding[] {
  const { document, close } = parseHtml(read(file));
  try {
    return auditDocument(document, { source: file }).result.findings.filter((f) => f.rule === rule);
  } finally {
    close();
  }
}

describe.skipIf(!present)('real published pages', () => {
  const env = useExtension(() => Object.fromEntries(entries.map((e) => [`/${e.file}`, read(e.file)])));

  async function audited(file: string): Promise<Page> {
    const page = await env.browser.newPage();
    await page.goto(env.server.url(`/${file}`, HOST), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => overlay.panel(page).count(), { timeout: 10_000 }).toBe(1);
    return page;
  }

  it.each(withTables.map((e) => [e.file]))('%s: the panel shows, and no badge covers a cell’s text', async (file) => {
    const page = await audited(file);
    expect(await badgesOverText(page)).toEqual([]);
    await page.close();
  });

  it.each(notReports.map((e) => [e.file, e.kind]))('%s (%s): nothing on the page, no badge', async (file) => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url(`/${file}`, HOST), { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(1000);
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
    expect((await env.browser.badge(page)).text).toBe('');
    await page.close();
  });

  it('the column’s listing: untouched, and the popup counts its report links and lists them', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/pingtan/list-index.html', HOST));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.waitForTimeout(1000);
    const popup = await env.browser.clickToolbarButton(page);
    const said = popup.locator('[data-testid="not-report"]');
    await expect.poll(() => said.getAttribute('data-kind')).toBe('listing');
    expect(await said.textContent()).toContain('页面上有 10 个年报链接'); // MANIFEST: ten reports 2016–2025
    const links = popup.locator('[data-testid="not-report"] a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href).toMatch(new RegExp(`^http://${HOST.replace(/\./g, '\\.')}:\\d+/.*\\d+\\.htm$`)); // resolved against the page
    }
    expect(await popup.locator('#show').count()).toBe(0);
    await page.bringToFront();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
  });

  it('nb-2023: the sentence quoting 393 documents in force is highlighted in 总体情况, linked to table 二’s 470', async () => {
    const [finding] = findingsOf('pingtan/nb-2023-87885.html', 'narrative-documents');
    expect(finding).toMatchObject({ section: 1, params: { found: 393, table: 470 } }); // MANIFEST: N-7, 393 vs 470
    const page = await audited('pingtan/nb-2023-87885.html');
    const hl = page.locator('nianbao-audit-overlay .hl[data-rule="narrative-documents"]');
    await expect.poll(() => hl.count()).toBeGreaterThan(0);
    expect(await hl.first().getAttribute('data-section')).toBe('1');
    await hl.first().evaluate((h) => h.scrollIntoView({ block: 'center' }));
    const drawn = await boxesOf(hl);
    const lines = await pageTextBoxes(page, finding!.text!);
    expect(drawn).toHaveLength(lines.length);
    lines.forEach((line, i) => expect(within(drawn[i]!, line, 1.5) && within(line, drawn[i]!, 1.5), `line ${i}`).toBe(true));
    // The page's own "393" lies under the highlight.
    const figure = (await pageTextBoxes(page, `${finding!.params!.found}件`))[0]!;
    expect(drawn.some((d) => within(figure, d, 1))).toBe(true);

    const cell = page.locator('nianbao-audit-overlay .mark[data-table="t2"][data-row="normativeDocs"][data-col="inForce"]');
    expect(await cell.getAttribute('data-rule')).toBe('narrative-documents');
    await page.mouse.move((drawn[0]!.left + drawn[0]!.right) / 2, (drawn[0]!.top + drawn[0]!.bottom) / 2);
    await expect.poll(() => cell.getAttribute('class')).toContain('linked');
    expect(await page.locator('nianbao-audit-overlay .tip').textContent()).toContain('393 件，但表二为 470 件');
    await env.browser.screenshot(page, 'corpus-2023-sentence');
  });

  it('nb-2020: each broken column sum badges its （七）总计 and outlines its outcome rows, with the numbers on focus', async () => {
    const found = findingsOf('pingtan/nb-2020-80595.html', 't3-outcome-sum');
    expect(found.map((f) => [f.params!.col, f.params!.total, f.params!.sum])).toEqual([['@col.natural', 20, 26], ['@col.total', 21, 27]]); // MANIFEST: T3-B
    const page = await audited('pingtan/nb-2020-80595.html');
    const marks = page.locator('nianbao-audit-overlay .mark[data-rule~="t3-outcome-sum"]');
    const operands = found[0]!.cells.length - 1; // the outcome rows of the 2019 format
    await expect.poll(() => marks.count()).toBe(2 * (operands + 1));
    const badged = marks.filter({ has: page.locator('.badge') });
    expect(await badged.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-row')} ${e.getAttribute('data-col')}`).sort())).toEqual(['total natural', 'total total']);
    expect(await page.locator('nianbao-audit-overlay .mark[data-rule~="t3-outcome-sum"][data-role="operand"]').count()).toBe(2 * operands);
    expect(await badgesOverText(page)).toEqual([]);

    const total = badged.and(page.locator('[data-col="natural"]')).locator('.badge');
    await total.focus();
    await expect.poll(() => page.locator('nianbao-audit-overlay .mark.linked[data-col="natural"]').count()).toBe(operands + 1);
    const tip = await page.locator('nianbao-audit-overlay .tip').textContent();
    expect(tip).toContain('（七）总计为 20');
    expect(tip).toContain('26');
    await page.locator('nianbao-audit-overlay .mark[data-row="granted"][data-col="natural"]').evaluate((m) => m.scrollIntoView({ block: 'start' }));
    await env.browser.screenshot(page, 'corpus-2020-outcomes');
  });

  it('nb-2022: the heading with 行政法复议 has its words highlighted', async () => {
    const [finding] = findingsOf('pingtan/nb-2022-80629.html', 'label-typos');
    expect(finding).toMatchObject({ section: 4, params: { found: '行政法复议', expected: '行政复议' } }); // MANIFEST: S-4
    const page = await audited('pingtan/nb-2022-80629.html');
    const hl = page.locator('nianbao-audit-overlay .hl[data-rule="label-typos"]');
    await expect.poll(() => hl.count()).toBe(1);
    await hl.evaluate((h) => h.scrollIntoView({ block: 'center' }));
    const drawn = (await boxesOf(hl))[0]!;
    expect(within((await pageTextBoxes(page, '行政法复议'))[0]!, drawn)).toBe(true);
    expect(finding!.text).toBe('行政法复议');
    const heading = (await pageTextBoxes(page, '四、政府信息公开行政法复议'))[0]!;
    expect(drawn.right - drawn.left).toBeLessThan((heading.right - heading.left) * 0.6); // the miswritten words, not the whole heading
  });

  it.each(reports.map((e) => [e.file]))('%s: Clear leaves the DOM exactly as it was', async (file) => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url(`/${file}`, OTHER_HOST));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('[data-testid="title"]').count()).toBe(1);
    await page.bringToFront();
    await page.locator('nianbao-audit-overlay [data-testid="clear"]').click();
    await expect.poll(() => page.locator('nianbao-audit-overlay').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});
