// The findings panel with its export menus (lib/export/panel-slots.tsx): one for the whole report,
// one beside the heading of every table the report holds, findings or not; they follow the
// language and BOM settings, and leave the finding list's keys alone. Rendered in happy-dom.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { auditDocument } from '../../lib/audit';
import { createOverlay, type Overlay } from '../../lib/overlay/controller';
import { panelExportSlots } from '../../lib/export/panel-slots';
import { requestXlsx } from '../../lib/export/messages';
import type { Lang } from '../../lib/i18n/translate';
import { buildReportHtml, sampleValues, type ReportSpec } from '../fixtures/report-builder';

const sample = sampleValues('2021').t3;
let overlay: Overlay;
let settings: { lang: Lang; bom: boolean };
const downloads: { name: string; blob: Blob }[] = [];

function show(spec: ReportSpec) {
  document.documentElement.innerHTML = buildReportHtml(spec).replace(/^<!DOCTYPE html>\s*/i, '');
  const { result, extracted } = auditDocument(document, { source: 'test', lang: 'zh_CN' });
  overlay = createOverlay(document, {
    lang: settings.lang,
    slots: panelExportSlots({
      lang: () => settings.lang,
      bom: () => settings.bom,
      xlsx: (r, l) => requestXlsx(async () => ({ ok: false, error: 'not here' }), r, l),
    }),
  });
  act(() => overlay.show(document, result, extracted!));
}
const root = () => document.querySelector('nianbao-audit-overlay')!.shadowRoot!;
const click = (el: Element) => act(async () => {
  (el as HTMLElement).click();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

beforeEach(() => {
  settings = { lang: 'zh_CN', bom: true };
  downloads.length = 0;
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
  // The download link is clicked inside the shadow root: keep its name and the Blob it points to.
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  act(() => overlay?.clear());
  vi.restoreAllMocks();
});

describe('the panel’s export menus', () => {
  it('one for the report, and one beside the heading of each table, in page order, findings or not', () => {
    show({ t3: { total: { natural: sample.total!.natural + 5 } } });
    const groups = [...root().querySelectorAll('.group')];
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual(['t2', 't3', 't4']);
    expect(groups.map((g) => g.querySelector('h3')!.textContent!.trim())).toEqual([
      '表二 主动公开政府信息情况',
      '表三 收到和处理政府信息公开申请情况 3', // T3-A and T3-B in 自然人, T3-C in the （七）总计 row
      '表四 行政复议、行政诉讼情况',
    ]);
    // Beside each heading (in the same row), named for its table.
    expect(groups.map((g) => g.querySelector('.group-head [role="group"]')!.getAttribute('aria-label'))).toEqual(['导出表二', '导出表三', '导出表四']);
    expect(root().querySelectorAll('section.export-menu')).toHaveLength(1);
    expect(root().querySelector('section.export-menu h3')!.textContent).toBe('导出数据');
  });

  it('only the tables the report holds; none but the report menu for a report without tables', () => {
    show({ omitTables: ['t2', 't4'] });
    // The two missing tables are findings of their sections (二 and 四), with no export buttons.
    expect([...root().querySelectorAll('.group')].map((g) => g.getAttribute('data-group'))).toEqual(['s2', 't3', 's4']);
    expect([...root().querySelectorAll('.group [data-action="tables-csv"]')].map((b) => b.closest('.group')!.getAttribute('data-group'))).toEqual(['t3']);
  });

  it('leaves the arrow keys of an export button alone: they move through the findings only from a finding', () => {
    show({ t3: { total: { natural: sample.total!.natural + 5 }, new: { legal: sample.new!.legal + 1 } } });
    const csv = root().querySelector<HTMLButtonElement>('[data-group="t3"] [data-action="tables-csv"]')!;
    act(() => csv.focus());
    act(() => void csv.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true })));
    expect(root().activeElement).toBe(csv);
    const first = root().querySelector<HTMLButtonElement>('button.finding')!;
    act(() => first.focus());
    act(() => void first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(root().activeElement).toBe(root().querySelectorAll('button.finding')[1]);
  });

  it('downloads with the settings of the moment: the BOM choice and the language, without a new audit', async () => {
    show({ agency: '某某区' });
    await click(root().querySelector('[data-group="t4"] [data-action="tables-csv"]')!);
    const bytes = async () => new Uint8Array(await downloads.at(-1)!.blob.arrayBuffer());
    expect(downloads.at(-1)!.name).toBe('某某区_2024_表四.csv');
    expect([...(await bytes()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    // The content script updates its settings and the language, which redraws the panel.
    settings = { lang: 'en', bom: false };
    act(() => overlay.setLang('en'));
    expect(root().querySelector('[data-group="t4"] [role="group"]')!.getAttribute('aria-label')).toBe('Export Table 4');
    await click(root().querySelector('[data-group="t4"] [data-action="tables-csv"]')!);
    expect(downloads.at(-1)!.name).toBe('某某区_2024_Table_4.csv');
    expect((await bytes())[0]).toBe('I'.charCodeAt(0)); // "Item,…": no BOM
    // The download link was added to the shadow root and removed again.
    expect(root().querySelector('a[download]')).toBeNull();
  });

  it('shows a refused XLSX (the relay’s error) in the status line', async () => {
    show({});
    await click(root().querySelector('section.export-menu [data-action="xlsx"]')!);
    expect(root().querySelector('section.export-menu [role="status"]')!.textContent).toBe('导出失败：not here');
  });
});
