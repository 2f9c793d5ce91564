// The overlay for every kind of finding the rules will produce (lib/model/schema.ts Finding):
// cells, a quoted sentence in a section, a section without a quote, the whole report. Rendered in
// happy-dom with the page's boxes stubbed (happy-dom does no layout).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { auditDocument } from '../../lib/audit';
import { buildModel } from '../../lib/overlay/model';
import { createOverlay, type Overlay } from '../../lib/overlay/controller';
import type { AuditResult, Finding } from '../../lib/model/schema';
import type { ExtractedReport } from '../../lib/extract/types';
import { buildReportHtml, carriedOutRaised, newMoved } from '../fixtures/report-builder';

// 四 raised in 自然人 and 总计: only the corner identity fails, in those two columns (eight cells).
const CORNER = { t3: carriedOutRaised('natural', 5) };
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

function load(html: string): { result: AuditResult; extracted: ExtractedReport } {
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*/i, '');
  const { result, extracted } = auditDocument(document, { source: 'test', lang: 'zh_CN' });
  if (!extracted) throw new Error('not a report');
  return { result, extracted };
}

/** Findings of each kind, made up, beside what t3-balance found (the other rules' real ones left out). */
function withFindings(result: AuditResult, extra: Finding[]): AuditResult {
  return { ...result, findings: [...result.findings.filter((f) => f.rule === 't3-balance'), ...extra] };
}

const textFinding: Finding = {
  rule: 'narrative-figures', severity: 'warning', status: 'fail', message: '文字与表格不符', cells: [],
  text: '规范信息发布审核流程', section: 1,
};
// About what section 六 lacks: its opening quoted as an excerpt (on the page, but not the fault).
const sectionFinding: Finding = {
  rule: 'fee-mentioned', severity: 'warning', status: 'fail', message: '第六部分未说明信息处理费', cells: [], section: 6,
  text: '2024年，本机关发出收费通知', excerpt: true,
};
const docFinding: Finding = { rule: 'sections-present', severity: 'error', status: 'fail', message: '缺少第五部分', cells: [], section: 5 };
const yearFinding: Finding = { rule: 'year-consistent', severity: 'error', status: 'fail', message: '标题年份与统计期限不一致', cells: [] };
const hintOnCell: Finding = {
  rule: 't4-plausible', severity: 'info', status: 'fail', message: '提示', cells: [{ table: 't3', row: 'new', col: 'natural' }],
  messageKey: 't3-balance.title',
};

describe('what the overlay shows for each kind of finding', () => {
  it('marks cells, finds a quote split by Word markup, marks a heading, and puts the rest in the banner', () => {
    const { result, extracted } = load(buildReportHtml({ omitSections: [5], layout: { word: true }, ...CORNER }));
    const model = buildModel(withFindings(result, [textFinding, sectionFinding, docFinding, yearFinding, hintOnCell]), extracted, document);
    // t3-balance's four operands in two columns, and the hint on one of them (the same cell: one mark).
    expect(model.marks).toHaveLength(8);
    const newCell = model.marks.find((m) => m.addr.row === 'new' && m.addr.col === 'natural')!;
    expect(newCell.findings).toEqual([0, 6]);
    expect(newCell.level).toBe('error');
    // The quote is found in section 一 although Word split it into spans.
    expect(model.texts).toHaveLength(1);
    expect(model.texts[0]!.range.toString().replace(/\s/g, '')).toBe('规范信息发布审核流程');
    // Section 六 lacks something (an excerpt, not a fault in its words): its heading. Section 五 is
    // missing: the banner, with the year conflict.
    expect(model.sections.map((s) => s.number)).toEqual([6]);
    expect(model.banner).toEqual([4, 5]);
    expect(model.where.map((w) => w.kind)).toEqual(['cells', 'cells', 'text', 'section', 'banner', 'banner', 'cells']);
    // The panel's groups, in page order.
    expect(model.groups.map((g) => g.id)).toEqual(['doc', 's1', 't3', 's5', 's6']);
    expect(model.anchor?.textContent).toContain('2024年政府信息公开工作年度报告');
  });

  it('a sentence compared with a table cell: the sentence highlighted and the cell marked, one finding', () => {
    const { result, extracted } = load(buildReportHtml({}));
    const both: Finding = { ...textFinding, cells: [{ table: 't2', row: 'normativeDocs', col: 'inForce' }] };
    const model = buildModel(withFindings(result, [both]), extracted, document);
    expect(model.texts.map((t) => t.finding)).toEqual([0]);
    expect(model.marks.map((m) => [m.addr.row, m.findings])).toEqual([['normativeDocs', [0]]]);
    expect(model.where).toEqual([{ kind: 'text', text: 0, marks: [0] }]);
  });

  it('marks the operands of a sum lightly: a cell that is only ever an operand has no badge of its own', () => {
    const { result, extracted } = load(buildReportHtml({}));
    const sum: Finding = { rule: 'a-sum', severity: 'error', status: 'fail', message: '和不符', cells: [
      { table: 't3', row: 'total', col: 'natural', role: 'total' }, { table: 't3', row: 'granted', col: 'natural', role: 'operand' },
    ] };
    // The same 予以公开 cell is no operand in another finding: it keeps its badge.
    const cell: Finding = { ...hintOnCell, cells: [{ table: 't3', row: 'granted', col: 'research' }] };
    const other: Finding = { ...sum, cells: [{ table: 't3', row: 'granted', col: 'research', role: 'operand' }] };
    const model = buildModel(withFindings(result, [sum, cell, other]), extracted, document);
    expect(model.marks.map((m) => [m.addr.row, m.addr.col, m.operand])).toEqual([
      ['total', 'natural', false], ['granted', 'natural', true], ['granted', 'research', false],
    ]);
  });

  it('a quote that is not on the page falls back to its section heading', () => {
    const { result, extracted } = load(buildReportHtml({}));
    const model = buildModel(withFindings(result, [{ ...textFinding, text: '这句话不在页面上' }]), extracted, document);
    expect(model.texts).toEqual([]);
    expect(model.sections.map((s) => s.number)).toEqual([1]);
  });
});

describe('the overlay on the page', () => {
  let overlay: Overlay;
  let cleared = 0;
  beforeEach(() => {
    // happy-dom lays nothing out: give every element and text a box.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return this.classList.contains('origin') ? rect(0, 0, 0, 0) : rect(100, 200, 60, 24);
    });
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [rect(104, 204, 20, 16)] as unknown as DOMRectList);
    Element.prototype.scrollIntoView = vi.fn();
    cleared = 0;
  });
  afterEach(() => {
    act(() => overlay?.clear());
    vi.restoreAllMocks();
  });

  const show = (result: AuditResult, extracted: ExtractedReport, lang: 'zh_CN' | 'en' = 'zh_CN') => {
    overlay = createOverlay(document, { lang, onCleared: () => cleared++ });
    act(() => overlay.show(document, result, extracted));
  };
  const root = () => document.querySelector('nianbao-audit-overlay')!.shadowRoot!;

  it('carries the data attributes of the contract on every mark, and draws each kind', async () => {
    const { result, extracted } = load(buildReportHtml({ omitSections: [5], ...CORNER }));
    show(withFindings(result, [textFinding, sectionFinding, docFinding, hintOnCell]), extracted);
    const marks = Array.from(root().querySelectorAll('.mark:not(.mark-section)'));
    expect(marks.map((m) => [m.getAttribute('data-table'), m.getAttribute('data-row'), m.getAttribute('data-col'), m.getAttribute('data-severity')].join(' ')).sort())
      .toEqual(['natural', 'total'].flatMap((col) => ['carriedIn', 'carriedOut', 'new', 'total'].map((row) => `t3 ${row} ${col} error`)).sort());
    // A cell named by two rules lists both.
    expect(root().querySelector('.mark[data-row="new"][data-col="natural"]')!.getAttribute('data-rule')).toBe('t3-balance t4-plausible');
    expect(root().querySelector('.hl')!.getAttribute('data-rule')).toBe('narrative-figures');
    expect(root().querySelector('.hl')!.getAttribute('data-section')).toBe('1');
    expect(root().querySelector('.mark-section')!.getAttribute('data-section')).toBe('6');
    const banner = root().querySelector('.banner')!;
    expect(banner.textContent).toContain('缺少第五部分');
    expect(banner.querySelector('[data-rule]')!.getAttribute('data-severity')).toBe('error');
  });

  it('lists findings by group with counts; arrows move, Enter shows on the page, Esc collapses', async () => {
    // One new request moved from 科研机构 to 法律服务机构: the corner identity fails in those two columns.
    const { result, extracted } = load(buildReportHtml({ t3: newMoved('research', 'legal', 1) }));
    show(withFindings(result, [textFinding]), extracted);
    const items = () => Array.from(root().querySelectorAll<HTMLButtonElement>('button.finding'));
    expect(items().map((b) => b.dataset.rule)).toEqual(['narrative-figures', 't3-balance', 't3-balance']);
    expect(Array.from(root().querySelectorAll('.group h3'), (h) => h.textContent)).toEqual([
      '一、总体情况 1',
      '表三 收到和处理政府信息公开申请情况 2',
    ]);
    expect(root().querySelector('.count-error b')!.textContent).toBe('2');
    expect(root().querySelector('.count-warning b')!.textContent).toBe('1');
    // One Tab stop in the list.
    expect(items().map((b) => b.tabIndex)).toEqual([0, -1, -1]);

    act(() => items()[0]!.focus());
    act(() => void items()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(root().activeElement).toBe(items()[1]);
    expect(items().map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    act(() => void items()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
    expect(root().activeElement).toBe(items()[2]);

    act(() => items()[2]!.click());
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(items()[2]!.getAttribute('aria-current')).toBe('true');
    expect(root().querySelectorAll('.mark.active')).toHaveLength(4);
    expect(Array.from(root().querySelectorAll('.mark.active'), (m) => m.getAttribute('data-col'))).toEqual(['legal', 'legal', 'legal', 'legal']);

    act(() => void items()[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(root().querySelector('[data-testid="panel"]')).toBeNull();
    expect(root().activeElement?.classList.contains('pill')).toBe(true);
    expect(root().querySelectorAll('.mark')).toHaveLength(8);
  });

  it('says a clean report is clean, with what was checked', async () => {
    const { result, extracted } = load(buildReportHtml({}));
    show(result, extracted);
    await act(() => new Promise((r) => setTimeout(r, 150))); // the live region fills after mounting
    expect(root().querySelector('[data-testid="summary"]')!.textContent).toBe('未发现问题');
    expect(root().querySelector('[data-testid="clean"]')!.textContent).toContain('200 个单元格'); // tables 二, 三 and 四: 10 + 175 + 15
    expect(root().querySelectorAll('.mark')).toHaveLength(0);
  });

  it('re-renders in the other language without a new audit', () => {
    const { result, extracted } = load(buildReportHtml(CORNER));
    show(result, extracted);
    expect(root().querySelector('.finding-message')!.textContent).toContain('“自然人”列');
    act(() => overlay.setLang('en'));
    expect(root().querySelector('.finding-message')!.textContent).toContain('Column “Natural persons”');
    expect(root().querySelector('.badge')!.getAttribute('aria-label')).toMatch(/^Error: /);
  });

  it('Clear leaves the document exactly as it was', () => {
    const { result, extracted } = load(buildReportHtml(CORNER));
    const before = document.documentElement.outerHTML;
    show(result, extracted);
    expect(document.documentElement.outerHTML).not.toBe(before);
    act(() => (root().querySelector('[data-testid="clear"]') as HTMLButtonElement).click());
    expect(document.documentElement.outerHTML).toBe(before);
    expect(cleared).toBe(1);
  });

  it('shows in the hosts prepared while the rules ran, keeping the overlay shown until then', () => {
    const { result, extracted } = load(buildReportHtml(CORNER));
    show(result, extracted);
    const first = document.querySelector('nianbao-audit-overlay')!;
    overlay.prepare(document);
    // The previous audit stays on the page while the next one's rules run.
    expect(document.querySelectorAll('nianbao-audit-overlay')).toHaveLength(2);
    expect(first.shadowRoot!.querySelector('[data-testid="panel"]')).not.toBeNull();
    const prepared = document.querySelectorAll('nianbao-audit-overlay')[1]!;
    act(() => overlay.show(document, result, extracted));
    expect(Array.from(document.querySelectorAll('nianbao-audit-overlay'))).toEqual([prepared]);
    expect(prepared.shadowRoot!.querySelector('[data-testid="panel"]')).not.toBeNull();
  });

  it('an audit that failed after preparing leaves the page as it was', () => {
    const before = document.documentElement.outerHTML;
    overlay = createOverlay(document, { lang: 'zh_CN' });
    overlay.prepare(document);
    expect(document.documentElement.outerHTML).not.toBe(before);
    overlay.discardPrepared();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(overlay.shown).toBe(false);
  });
});
