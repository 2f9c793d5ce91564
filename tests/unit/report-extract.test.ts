// The rest of the report: the article container, title and metadata, the six sections with their
// text and numbered sub-parts, the format (FORMAT.md §1.2, §2.1–2.2, §3.4, §6.3–6.4).
import { describe, expect, it } from 'vitest';
import { buildReportHtml, buildReportModel, sampleValues, type ReportSpec } from '../fixtures/report-builder';
import { buildLegacyReportHtml } from '../fixtures/other-pages';
import { edit, extractPage } from '../fixtures/page';
import { citedNotice, statisticsPeriod, tidyTitle, titleAgency } from '../../lib/extract/metadata';
import { headingNumber } from '../../lib/extract/sections';
import { ReportSchema } from '../../lib/model/schema';

describe('metadata', () => {
  it('reads title, agency, year, publication date, period and the notice cited', () => {
    const x = extractPage(buildReportHtml({ agency: '示例市档案局', year: 2023, published: '2024-01-25' }));
    expect(x.report).toMatchObject({
      title: '示例市档案局2023年政府信息公开工作年度报告', agency: '示例市档案局', year: 2023, published: '2024-01-25',
      period: { from: '2023-01-01', to: '2023-12-31' }, notice: '30号',
    });
    expect(extractPage(buildReportHtml({ year: 2020 })).report.notice).toBe('60号');
  });

  it('finds the publication date in the page text when there is no meta tag', () => {
    const html = edit(buildReportHtml({ meta: false }), '<h1 class="article-title">', '<p class="info">发布日期：2025-01-18</p><h1 class="article-title">');
    expect(extractPage(html).report.published).toBe('2025-01-18');
  });

  it.each([
    ['本报告中所列数据统计期限为2024年1月1日至2024年12月31日。', { from: '2024-01-01', to: '2024-12-31' }],
    ['报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。', { from: '2024-01-01', to: '2024-12-31' }],
    ['本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。', { from: '2018-01-01', to: '2018-12-31' }],
    ['统计期限为2023年1月1日至12月31日', { from: '2023-01-01', to: '2023-12-31' }],
    ['本报告所列数据统计时间为2022年7月1日至2023年6月30日', { from: '2022-07-01', to: '2023-06-30' }],
  ])('reads the statistics period of %s', (text, period) => {
    expect(statisticsPeriod(text)).toEqual(period);
  });

  it('reads the format notice in its bracket variants, and nothing else', () => {
    expect(citedNotice('依据国办公开办函〔2021〕30号')).toBe('30号');
    expect(citedNotice('国办公开办函[2019]60号')).toBe('60号');
    expect(citedNotice('闽政办网传〔2018〕41号')).toBeNull();
  });

  it.each([
    ['平潭综合实验区2023年度政府信息公开工作年度报告', '平潭综合实验区'],
    ['2022年上海市政府信息公开工作年度报告', '上海市'],
    ['2024年度政府信息公开工作年度报告', null],
  ])('names the agency of %s', (title, agency) => {
    expect(titleAgency(title)).toBe(agency);
  });

  it('drops the spaces a text layout leaves between Chinese and digits in a title', () => {
    expect(tidyTitle('淮安市人民政府 2024 年政府信息公开工作年度报告')).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
  });
});

describe('the article container', () => {
  it('starts the preamble after the title and leaves navigation and footer out', () => {
    const x = extractPage(buildReportHtml({}));
    expect(x.text.preamble).toMatch(/^本报告根据/);
    expect(x.text.preamble).not.toContain('政务公开 >');
    expect(x.text.sections.at(-1)!.body).not.toContain('主办');
  });

  it('finds the article inside a layout table, not the layout table itself', () => {
    const x = extractPage(buildReportHtml({ layout: { layoutTable: true } }));
    expect(x.article!.closest('td')?.className).toBe('content');
    expect(x.text.preamble).not.toContain('首页');
  });
});

describe('sections', () => {
  it('finds the six headings in order with their elements', () => {
    const x = extractPage(buildReportHtml({ layout: { word: true } }));
    expect(x.report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(x.text.sections[2]!.el!.textContent).toContain('三、收到和处理政府信息公开申请情况');
    expect(x.report.missing).toEqual([]);
  });

  it('accepts wording variants and records the heading as written', () => {
    const headings = { 4: '四、政府信息公开行政复议和行政诉讼情况', 5: '五、政府信息公开工作存在的主要问题及改进情况', 3: '三、收到和处理政府信息公开申请情况' };
    const x = extractPage(buildReportHtml({ headings: { ...headings, 4: '四、政府信息公开行政法复议、行政诉讼情况' } }));
    expect(x.report.sections.map((s) => s.heading)).toContain('四、政府信息公开行政法复议、行政诉讼情况');
    expect(extractPage(buildReportHtml({ headings })).report.sections.map((s) => s.heading)).toContain(headings[5]);
  });

  it('lists the sections the page does not have', () => {
    expect(extractPage(buildReportHtml({ omitSections: [5] })).report.missing).toEqual([5]);
  });

  it('does not take a numbered sub-part of 总体情况 (一、主动公开情况) for a section heading', () => {
    const x = extractPage(buildReportHtml({ narrative: { 1: ['一、主动公开情况', '二、依申请公开情况', '四、政府信息公开平台建设', '五、监督保障'] } }));
    expect(x.report.sections.map((s) => s.heading)).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
  });

  it.each([['二、主动公开政府信息情况', 2], ['## 一、总体情况', 1], ['第六部分 其他需要报告的事项', 6], ['一、主动公开情况', null], ['四、结转下年度继续办理', null]])(
    'reads %s as section %s', (text, n) => {
      expect(headingNumber(text)?.number ?? null).toBe(n);
    });

  it('keeps each section\'s narrative, as written, with its numbered sub-parts', () => {
    const x = extractPage(buildReportHtml({ narrative: { 5: ['存在问题：一是解读不足；三是培训少。三是互动少。', '(二) 改进措施'] } }));
    const s5 = x.text.sections.find((s) => s.number === 5)!;
    expect(s5.body).toBe('存在问题：一是解读不足；三是培训少。三是互动少。\n(二) 改进措施');
    expect(s5.subparts.map((p) => [p.marker, p.fullWidth])).toEqual([['一是', true], ['三是', true], ['三是', true], ['(二)', false]]);
    const s1 = x.text.sections[0]!;
    expect(s1.subparts.map((p) => p.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
  });

  it('leaves table text out of section text', () => {
    const x = extractPage(buildReportHtml({}));
    expect(x.text.sections.find((s) => s.number === 3)!.body).toBe('');
  });
});

describe('format', () => {
  it('is decided by the labels and kept when the year disagrees', () => {
    expect(extractPage(buildReportHtml({ year: 2020, format: '2021' })).report.format).toBe('2021');
    expect(extractPage(buildReportHtml({ year: 2023, format: '2019' })).report.format).toBe('2019');
  });

  it('is legacy for a pre-2019 report: no tables read, no table info', () => {
    const x = extractPage(buildLegacyReportHtml(2017));
    expect(x.report).toMatchObject({ format: 'legacy', year: 2017, tables: { t2: null, t3: null, t4: null }, tableInfo: {} });
  });

  it('says a table published as a picture is there but unreadable', () => {
    const x = extractPage(buildReportHtml({ layout: { tablesAsImages: true } }));
    expect(x.report.tables.t3).toBeNull();
    expect(x.report.tableInfo?.t3).toMatchObject({ found: true, readable: false, reason: expect.stringContaining('picture') });
  });

  it('says a table it looked for and did not find is not there, so that S-2 can report it', () => {
    const x = extractPage(buildReportHtml({ omitTables: ['t4'] }));
    expect(x.report.tables.t4).toBeNull();
    expect(x.report.tableInfo?.t4).toMatchObject({ found: false, readable: false });
    expect(x.report.tableInfo?.t3).toMatchObject({ found: true, readable: true });
  });
});

describe('the model', () => {
  it('validates against the MODEL.md schema, with every value linked to its page element', () => {
    const x = extractPage(buildReportHtml({ year: 2020 }));
    expect(() => ReportSchema.parse(x.report)).not.toThrow();
    const s = sampleValues('2019');
    const count = (t: object): number => Object.values(t).reduce((n: number, r) => n + Object.keys(r as object).length, 0);
    expect(x.cells.size).toBe(count(s.t2) + count(s.t3) + count(s.t4));
    for (const ref of x.cells.values()) expect(ref.el.isConnected).toBe(true);
  });
});

describe('against the model the builder says its pages hold', () => {
  it.each([
    ['the sample report', {}],
    ['the 2019 format', { year: 2020 }],
    ['blanks and placeholders', { t3: { new: { natural: null, research: '—' } }, t4: { review: { pending: '/' } }, t2: { licensing: { decisions: '无' } } }],
    ['no 其他 column, Word markup', { layout: { dropT3Column: 'otherOrg' as const, word: true } }],
    ['a missing section and table', { omitSections: [6], omitTables: ['t4' as const] }],
  ])('reads %s as buildReportModel describes it', (_, spec: ReportSpec) => {
    const { report } = extractPage(buildReportHtml(spec));
    const model = buildReportModel(spec);
    expect(report).toMatchObject({ ...model, tableInfo: expect.anything() });
    expect(report.raw).toEqual(model.raw);
  });
});
