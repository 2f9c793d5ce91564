// The popup for each kind of page: a report (header, counts, top findings, export slot), and the
// plain explanations for pages that are not reports or cannot be read.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView } from '../../lib/popup/PopupView';
import type { AuditReply } from '../../lib/messages';
import { SCHEMA_VERSION, type AuditResult, type Detection } from '../../lib/model/schema';

const base = (detection: Detection, report: AuditResult['report'] = null, findings: AuditResult['findings'] = []): AuditResult => ({
  schema: SCHEMA_VERSION, source: 'https://www.example.gov.cn/nb/', detection, report, findings,
});

async function showPopup(reply: AuditReply, props: Partial<Parameters<typeof PopupView>[0]> = {}) {
  document.body.innerHTML = '<div id="app"></div>';
  const app = document.getElementById('app')!;
  await act(async () => {
    render(<PopupView lang="zh_CN" load={async () => reply} reaudit={async () => reply} onShow={() => {}} onOptions={() => {}} {...props} />, app);
  });
  return app;
}

const report: NonNullable<AuditResult['report']> = {
  title: '示例县测试局2024年政府信息公开工作年度报告', agency: '示例县测试局', year: 2024, published: '2025-01-20', format: '2021',
  sections: [], missing: [], tables: { t2: null, t3: { new: { natural: 1 } }, t4: null },
};

describe('the popup', () => {
  it('shows a report’s title, agency, year, format, counts and its strongest findings first', async () => {
    const findings: AuditResult['findings'] = [
      { rule: 'a', severity: 'info', status: 'fail', message: '提示一', cells: [] },
      { rule: 'b', severity: 'error', status: 'review', message: '待核查一', cells: [] },
      { rule: 'c', severity: 'error', status: 'fail', message: '错误一', cells: [] },
    ];
    const app = await showPopup({ ok: true, result: base({ kind: 'report', confidence: 1, signals: [] }, report, findings) }, {
      exportActions: (r) => <button data-testid="export-json">{r.findings.length}</button>,
    });
    expect(app.querySelector('[data-testid="title"]')!.textContent).toBe(report.title);
    expect(app.querySelector('[data-testid="agency"]')!.textContent).toBe('示例县测试局');
    expect(app.querySelector('[data-testid="year"]')!.textContent).toBe('2024');
    expect(app.querySelector('[data-testid="format"]')!.textContent).toBe('2021 年格式（国办公开办函〔2021〕30号）');
    expect(app.querySelector('.count-error b')!.textContent).toBe('1');
    expect(app.querySelector('.count-review b')!.textContent).toBe('1');
    expect(Array.from(app.querySelectorAll('.findings li'), (li) => li.getAttribute('data-rule'))).toEqual(['c', 'b', 'a']);
    expect(app.querySelector('[data-testid="export-json"]')!.textContent).toBe('3');
    expect(app.querySelector('#show')).not.toBeNull();
  });

  it('on a listing page, says how many report links it has and lists them (web links only)', async () => {
    const app = await showPopup({ ok: true, result: base({ kind: 'listing', confidence: 0.8, signals: [], reportLinks: [
      { text: '2024年报', href: 'https://www.example.gov.cn/nb/2024.html' },
      { text: '2023年报', href: 'javascript:alert(1)' },
    ] }) });
    const text = app.querySelector('[data-testid="not-report"]')!.textContent!;
    expect(text).toContain('年报列表页');
    expect(text).toContain('有 2 个年报链接');
    const links = Array.from(app.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual(['2024年报', '2023年报']);
    expect(links[0]!.getAttribute('href')).toBe('https://www.example.gov.cn/nb/2024.html');
    expect(links[1]!.hasAttribute('href')).toBe(false);
    expect(app.querySelector('#show')).toBeNull();
  });

  it('on an attachment-only page, links the attachment', async () => {
    const app = await showPopup({ ok: true, result: base({ kind: 'attachment-only', confidence: 0.7, signals: [], attachments: [
      { text: '2024年度报告.pdf', href: 'https://www.example.gov.cn/files/2024.pdf' },
    ] }) });
    expect(app.textContent).toContain('只以附件形式发布');
    expect(app.querySelector('a')!.getAttribute('href')).toBe('https://www.example.gov.cn/files/2024.pdf');
  });

  it('explains image-only reports, notices, other pages, and pages the browser forbids', async () => {
    expect((await showPopup({ ok: true, result: base({ kind: 'image-only', confidence: 0.7, signals: [] }) })).textContent).toContain('图片里的数字无法读取和核对');
    expect((await showPopup({ ok: true, result: base({ kind: 'notice', confidence: 0.7, signals: [] }) })).textContent).toContain('不是年报本身');
    expect((await showPopup({ ok: true, result: base({ kind: 'other', confidence: 0.5, signals: [] }) })).textContent).toContain('不是政府信息公开工作年度报告');
    const forbidden = await showPopup({ ok: false, error: 'Cannot access a chrome:// URL' });
    expect(forbidden.querySelector('[data-testid="error"]')!.textContent).toContain('浏览器不允许扩展读取此页');
    const other = await showPopup({ ok: false, error: 'boom' });
    expect(other.querySelector('[data-testid="error"]')!.textContent).toBe('无法审查此页：boom');
  });

  it('speaks English when asked', async () => {
    const app = await showPopup({ ok: true, result: base({ kind: 'other', confidence: 0.5, signals: [] }) }, { lang: 'en' });
    expect(app.textContent).toContain('This page is not a government information-disclosure annual report.');
    expect(app.querySelector('#audit')!.textContent).toBe('Audit again');
  });
});
