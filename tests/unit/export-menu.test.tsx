// The export buttons as a person uses them: which buttons, what each one copies or downloads,
// what the status line says, and that a failure is shown rather than swallowed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ExportMenu, type ExportMenuProps } from '../../lib/export/ExportMenu';
import { textExport, type ExportFile } from '../../lib/export/actions';
import { CopyRefused } from '../../lib/export/deliver';
import { SCHEMA_VERSION, type AuditResult } from '../../lib/model/schema';
import { runRules } from '../../lib/rules/run';
import { buildReportModel, sampleValues, type ReportSpec } from '../fixtures/report-builder';

function resultOf(spec: ReportSpec = {}): AuditResult {
  const report = buildReportModel({ agency: '某某区', ...spec });
  return { schema: SCHEMA_VERSION, source: 'x.html', detection: { kind: 'report', confidence: 1, signals: [] }, report,
    findings: runRules({ report, text: { preamble: '', sections: [] } }, 'zh_CN') };
}

let host: HTMLElement;
function mount(props: Partial<ExportMenuProps> & { result?: AuditResult } = {}) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const calls = { copied: [] as string[], downloaded: [] as ExportFile[] };
  const full: ExportMenuProps = {
    lang: 'zh_CN',
    result: resultOf(),
    copy: async (text) => void calls.copied.push(text),
    download: (file) => void calls.downloaded.push(file),
    xlsx: async () => ({ filename: '某某区_2024_年报数据.xlsx', mime: 'application/x', content: new Uint8Array([1, 2]) }),
    ...props,
  };
  render(<ExportMenu {...full} />, host);
  const button = (action: string) => host.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  // A click, then a macrotask: the action's promise chain (export, copy, download) settles in it.
  const click = async (action: string) => act(async () => {
    button(action)!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  const status = () => host.querySelector('[role="status"]')!.textContent;
  return { calls, button, click, status };
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('ExportMenu', () => {
  it('offers copy, CSV and Markdown for all tables or one, the whole report as XLSX and JSON, and the findings', () => {
    const { button } = mount();
    const actions = [...host.querySelectorAll('button')].map((b) => b.dataset.action);
    expect(actions).toEqual(['copy-tsv', 'tables-csv', 'tables-md', 'xlsx', 'json', 'findings-csv', 'findings-md']);
    expect([...host.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['全部表格', '表二', '表三', '表四']);
    expect(button('copy-tsv')!.getAttribute('aria-label')).toBe('复制全部表格（制表符分隔，可直接粘贴到 Excel 或 WPS）');
    expect(button('findings-csv')!.getAttribute('aria-label')).toBe('下载审查问题清单的 CSV 文件');
    // Each accessible name holds the button's visible text (so speech input can name it).
    for (const b of host.querySelectorAll('button')) expect(b.getAttribute('aria-label'), b.dataset.action).toContain(b.textContent!.split(' ')[0]);
    // A heading names the menu; each group is named by its visible label, which also labels the table choice.
    const nameOf = (el: Element) => el.getAttribute('aria-labelledby')!.split(' ').map((id) => host.querySelector(`[id="${id}"]`)!.textContent).join(' ');
    expect(nameOf(host.querySelector('section')!)).toBe('导出数据');
    expect([...host.querySelectorAll('[role="group"]')].map(nameOf)).toEqual(['表格数据', '整份报告', '审查问题清单']);
    const select = host.querySelector('select')!;
    expect(host.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('表格数据');
  });

  it('offers only the tables the report holds', () => {
    mount({ result: resultOf({ omitTables: ['t2'] }) });
    expect([...host.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['全部表格', '表三', '表四']);
  });

  it('passes where it is drawn to copy and download: the document, or the shadow root that holds it', async () => {
    const roots: (Document | ShadowRoot)[] = [];
    const { click } = mount({ copy: async (_, root) => void roots.push(root), download: (_, root) => void roots.push(root) });
    await click('copy-tsv');
    await click('json');
    expect(roots).toEqual([document, document]);
    render(null, host);
    host.remove();

    const outer = document.createElement('div');
    document.body.appendChild(outer);
    const shadow = outer.attachShadow({ mode: 'open' });
    host = document.createElement('div');
    shadow.appendChild(host);
    const inShadow: (Document | ShadowRoot)[] = [];
    render(<ExportMenu lang="zh_CN" result={resultOf()} table="t3" copy={async (_, root) => void inShadow.push(root)} download={() => {}} xlsx={async () => { throw new Error('unused'); }} />, host);
    await act(async () => {
      host.querySelector<HTMLButtonElement>('[data-action="copy-tsv"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(inShadow).toEqual([shadow]);
    outer.remove();
  });

  it('while an export runs, says so and ignores more clicks, keeping the keyboard focus on the button', async () => {
    let finish!: (f: ExportFile) => void;
    const xlsx = vi.fn(() => new Promise<ExportFile>((resolve) => { finish = resolve; }));
    const { calls, button, status } = mount({ xlsx });
    button('xlsx')!.focus();
    await act(async () => button('xlsx')!.click());
    expect(status()).toBe('正在生成……');
    expect(button('json')!.getAttribute('aria-disabled')).toBe('true');
    await act(async () => { button('json')!.click(); button('xlsx')!.click(); });
    expect(xlsx).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(button('xlsx'));
    await act(async () => {
      finish({ filename: 'a.xlsx', mime: 'application/x', content: new Uint8Array([1]) });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(calls.downloaded.map((f) => f.filename)).toEqual(['a.xlsx']);
    expect(button('json')!.hasAttribute('aria-disabled')).toBe(false);
  });

  it('copies all tables as TSV and says so', async () => {
    const result = resultOf();
    const { calls, click, status } = mount({ result });
    await click('copy-tsv');
    expect(calls.copied).toEqual([textExport(result, { kind: 'tables', format: 'tsv' }, { lang: 'zh_CN' }).content]);
    expect(status()).toBe('已复制全部表格，可粘贴到 Excel 或 WPS。');
  });

  it('acts on the table chosen in the list', async () => {
    const { calls, click, button, status } = mount();
    const select = host.querySelector('select')!;
    await act(async () => {
      select.value = 't3';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(button('tables-csv')!.getAttribute('aria-label')).toBe('下载表三的 CSV 文件');
    await click('copy-tsv');
    expect(calls.copied[0]!.split('\r\n')[0]).toMatch(/^项目\t自然人\t法人或其他组织\/商业企业/);
    expect(calls.copied[0]).not.toContain('表二');
    await click('tables-csv');
    expect(calls.downloaded[0]!.filename).toBe('某某区_2024_表三.csv');
    expect(status()).toBe('已下载 某某区_2024_表三.csv');
  });

  it('downloads CSV with the BOM unless the setting leaves it out', async () => {
    const on = mount();
    await on.click('tables-csv');
    expect((on.calls.downloaded[0]!.content as string).charCodeAt(0)).toBe(0xfeff);
    render(null, host);
    const off = mount({ bom: false });
    await off.click('tables-csv');
    expect((off.calls.downloaded[0]!.content as string).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('downloads JSON, Markdown and the findings', async () => {
    const total = sampleValues('2021').t3.total!.natural;
    const { calls, click } = mount({ result: resultOf({ t3: { total: { natural: total + 1 } } }) });
    for (const a of ['json', 'tables-md', 'findings-csv', 'findings-md']) await click(a);
    expect(calls.downloaded.map((f) => f.filename)).toEqual(['某某区_2024_审查结果.json', '某某区_2024_年报数据.md', '某某区_2024_审查问题.csv', '某某区_2024_审查问题.md']);
    expect(JSON.parse(calls.downloaded[0]!.content as string).schema).toBe('nianbao-audit/1');
    expect(calls.downloaded[3]!.content).toContain('t3-balance');
  });

  it('gets the XLSX from its callback and downloads it', async () => {
    const xlsx = vi.fn(async () => ({ filename: 'a.xlsx', mime: 'application/x', content: new Uint8Array([7]) }));
    const { calls, click, status } = mount({ xlsx });
    await click('xlsx');
    expect(xlsx).toHaveBeenCalledWith(expect.objectContaining({ schema: 'nianbao-audit/1' }), 'zh_CN');
    expect(calls.downloaded).toEqual([{ filename: 'a.xlsx', mime: 'application/x', content: new Uint8Array([7]) }]);
    expect(status()).toBe('已下载 a.xlsx');
  });

  it('shows a failure and enables the buttons again', async () => {
    const { click, status, button } = mount({ copy: async () => { throw new Error('剪贴板不可用'); } });
    await click('copy-tsv');
    expect(status()).toBe('导出失败：剪贴板不可用');
    expect(host.querySelector('[role="status"]')!.getAttribute('data-status')).toBe('error');
    expect(button('copy-tsv')!.hasAttribute('aria-disabled')).toBe(false);
  });

  it('says in the user’s language when the browser refuses to copy', async () => {
    const { click, status } = mount({ copy: async () => { throw new CopyRefused(); } });
    await click('copy-tsv');
    expect(status()).toBe('导出失败：浏览器拒绝写入剪贴板');
  });

  it('beside one table: only that table’s copy, CSV and Markdown', async () => {
    const { calls, click } = mount({ table: 't4' });
    expect([...host.querySelectorAll('button')].map((b) => b.dataset.action)).toEqual(['copy-tsv', 'tables-csv', 'tables-md']);
    expect(host.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('导出表四');
    expect(host.querySelector('select')).toBeNull();
    await click('copy-tsv');
    expect(calls.copied[0]!.split('\r\n')[0]).toBe('项目\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计');
  });

  it('on a report without standard tables (a pre-2019 report) offers no table buttons, and says why', () => {
    const result = resultOf();
    const legacy: AuditResult = { ...result, report: { ...result.report!, format: 'legacy', tables: { t2: null, t3: null, t4: null } } };
    const { button } = mount({ result: legacy });
    for (const action of ['copy-tsv', 'tables-csv', 'tables-md']) expect(button(action), action).toBeNull();
    expect(host.textContent).toContain('本页没有可以读出的标准表格');
    expect(button('json')).not.toBeNull();
    expect(button('findings-csv')).not.toBeNull();
  });

  it('speaks English when asked, and renders nothing for a page that is not a report', () => {
    const { button } = mount({ lang: 'en' });
    expect(button('tables-md')!.getAttribute('aria-label')).toBe('Download all tables as a Markdown file');
    render(null, host);
    mount({ result: { ...resultOf(), report: null } });
    expect(host.innerHTML).toBe('');
  });
});
