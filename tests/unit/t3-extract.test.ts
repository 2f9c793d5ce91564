// Table 三 from <table> markup as portals publish it (FORMAT.md §2.4, §3.2, §7).
import { describe, expect, it } from 'vitest';
import { matchT3Row } from '../../lib/extract/t3-labels';
import { compactLabel } from '../../lib/text/normalize';
import { T3_COLUMNS, t3RowsFor } from '../../lib/model/keys';
import { buildReportHtml, sampleValues, type LayoutOptions } from '../fixtures/report-builder';
import { edit, extractPage } from '../fixtures/page';

const sample = sampleValues('2021').t3;
const issues = (x: ReturnType<typeof extractPage>) => x.report.tableInfo?.t3?.issues ?? [];

describe('table 三 row labels', () => {
  const cases: [string, string, string][] = [
    ['一、本年新收政府信息公开申请数量', '', 'new'],
    ['二、上年结转政府信息公开申请数量', '', 'carriedIn'],
    ['（一）予以公开', '三、本年度办理结果', 'granted'],
    ['(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)', '三、本年度办理结果', 'partlyGranted'],
    ['1. 属于国家秘密', '(三) 不予公开', 'withheld.stateSecret'],
    ['2.其他法律法规禁止公开', '(三) 不予公开', 'withheld.lawProhibited'],
    ['3.危及"三安全一稳定"', '', 'withheld.threeSecurities'],
    ['1、本机关不掌握相关政府信息', '', 'unavailable.notHeld'],
    ['5.要求行政机关确认或重新出具已获取信息', '', 'notProcessed.confirmation'],
    ['5.要求行政机关确认或重新出', '', 'notProcessed.confirmation'],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '', 'otherHandling.unpaidFee'],
    ['3.其他', '（六）其他处理', 'otherHandling.other'],
    ['3.其它', '(六)其他处理', 'otherHandling.other'],
    ['（六）其他处理', '三、本年度办理结果', 'otherHandling'],
    ['（七）总计', '', 'total'],
    ['四、结转下年度继续办理', '', 'carriedOut'],
  ];
  it.each(cases)('%s (under %s) is %s', (leaf, group, key) => {
    expect(matchT3Row(compactLabel(leaf), compactLabel(group))).toBe(key);
  });

  it('does not take a lone 其他 outside （六） for a row, nor a group label for a leaf', () => {
    expect(matchT3Row('其他', '(三)不予公开')).toBeNull();
    expect(matchT3Row(compactLabel('（三）不予公开'), '')).toBeNull();
    expect(matchT3Row(compactLabel('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), '')).toBeNull();
  });
});

describe('table 三 in the markup variants of real portals', () => {
  const layouts: [string, LayoutOptions][] = [
    ['plain', {}],
    ['Word markup (MsoNormal, spans, <o:p>, labels broken by <br>)', { word: true }],
    ['<thead> with <th> header cells', { thead: true }],
    ['inside a layout table', { layoutTable: true }],
    ['split over two <table>s after a page break', { splitT3After: 'withheld.adminQuery' }],
    ['split, the header repeated on the second part', { splitT3After: 'withheld.adminQuery', repeatHeader: true }],
    ['split inside <thead>/<tbody>', { splitT3After: 'granted', thead: true }],
    ['header rows repeated mid-table, row-group cells started again', { repeatHeaderAfter: 'unavailable.unclear' }],
    ['Word markup split over two tables', { word: true, splitT3After: 'partlyGranted' }],
  ];
  it.each(layouts)('reads all 175 cells exactly: %s', (_, layout) => {
    const x = extractPage(buildReportHtml({ layout }));
    expect(x.report.format).toBe('2021');
    expect(x.report.tableInfo?.t3).toMatchObject({ found: true, readable: true, source: 'table', missingRows: [], missingCols: [] });
    expect(x.report.tables.t3).toEqual(sample);
    expect([...x.cells.keys()].filter((k) => k.startsWith('t3:'))).toHaveLength(175);
  });

  it('says a split table was read from several tables', () => {
    const x = extractPage(buildReportHtml({ layout: { splitT3After: 'withheld.adminQuery' } }));
    expect(issues(x)).toContainEqual({ kind: 'split-table', found: '2 tables' });
    expect(x.tableEls.t3).toHaveLength(2);
  });

  it('reads the 2019 format with its single （六）其他处理 row (161 cells)', () => {
    const x = extractPage(buildReportHtml({ year: 2020 }));
    expect(x.report.format).toBe('2019');
    expect(Object.keys(x.report.tables.t3!)).toEqual(t3RowsFor('2019').map((r) => r.key));
    expect(x.report.tables.t3).toEqual(sampleValues('2019').t3);
  });

  it('says which column is missing and keeps the rest', () => {
    const x = extractPage(buildReportHtml({ layout: { dropT3Column: 'otherOrg' } }));
    expect(x.report.tableInfo?.t3?.missingCols).toEqual(['otherOrg']);
    expect(issues(x)).toContainEqual({ kind: 'missing-column', col: 'otherOrg', expected: '其他' });
    expect(x.report.tables.t3!.granted).toEqual(Object.fromEntries(T3_COLUMNS.filter((c) => c.key !== 'otherOrg').map((c) => [c.key, sample.granted![c.key]])));
  });

  it('names an extra column and leaves its values out', () => {
    const x = extractPage(buildReportHtml({ layout: { extraT3Column: '小计' } }));
    expect(issues(x)).toContainEqual({ kind: 'extra-column', found: '小计' });
    expect(x.report.tables.t3).toEqual(sample);
  });

  it('reads values by meaning when header cells span two columns (an extra grid column), and says so', () => {
    const x = extractPage(buildReportHtml({ layout: { spanningT3Header: true } }));
    expect(x.report.tables.t3).toEqual(sample);
    expect(issues(x)).toContainEqual({ kind: 'extra-column', found: '' });
  });

  it('records a repeated row once and says it was repeated', () => {
    const html = edit(buildReportHtml({}), /(<tr><td colspan="3">四、结转下年度继续办理<\/td>.*?<\/tr>)/, '$1$1');
    const x = extractPage(html);
    expect(issues(x)).toContainEqual({ kind: 'duplicate-row', row: 'carriedOut', found: '四、结转下年度继续办理' });
    expect(x.report.tables.t3).toEqual(sample);
  });

  it('lists rows the format has and the page does not, leaving them absent (not null)', () => {
    const html = edit(buildReportHtml({}), /<tr><td>8\.属于行政查询事项<\/td>.*?<\/tr>/, '');
    const x = extractPage(html);
    expect(x.report.tables.t3).not.toHaveProperty(['withheld.adminQuery']);
    expect(x.report.tableInfo?.t3?.missingRows).toEqual(['withheld.adminQuery']);
    expect(issues(x)).toContainEqual({ kind: 'missing-row', row: 'withheld.adminQuery', expected: '8.属于行政查询事项' });
  });

  it('records a wording variant of a row label with the official one', () => {
    const x = extractPage(edit(buildReportHtml({}), '2.其他法律行政法规禁止公开', '2.其他法律法规禁止公开'));
    expect(issues(x)).toContainEqual({ kind: 'label-variant', row: 'withheld.lawProhibited', found: '2.其他法律法规禁止公开', expected: '2.其他法律行政法规禁止公开' });
  });
});

describe('table 三 cell values (MODEL.md "Values")', () => {
  it('keeps blanks and placeholders as null with their raw text, never 0', () => {
    const x = extractPage(buildReportHtml({ t3: { new: { natural: null, research: '—', legal: '１２', nonprofit: '\u00a0', otherOrg: '/', commercial: '无' } } }));
    expect(x.report.tables.t3!.new).toMatchObject({ natural: null, research: null, legal: 12, nonprofit: null, otherOrg: null, commercial: null });
    expect(x.report.raw).toMatchObject({ 't3:new:research': '—', 't3:new:legal': '１２', 't3:new:otherOrg': '/', 't3:new:commercial': '无' });
  });

  it('reads thousands separators and units, keeping the raw text', () => {
    const x = extractPage(buildReportHtml({ t3: { new: { natural: '3,001', total: '3,119件' } } }));
    expect(x.report.tables.t3!.new).toMatchObject({ natural: 3001, total: 3119 });
    expect(x.report.raw?.['t3:new:total']).toBe('3,119件');
  });

  it('says when a value cell holds text, and reads it as null', () => {
    const x = extractPage(buildReportHtml({ t3: { granted: { research: '约3' } } }));
    expect(x.report.tables.t3!.granted!.research).toBeNull();
    expect(x.report.tables.t3!.granted!.natural).toBe(sample.granted!.natural);
    expect(issues(x)).toContainEqual({ kind: 'text-in-cell', row: 'granted', col: 'research', found: '约3' });
  });

  it('links each value to the page cell it came from', () => {
    const x = extractPage(buildReportHtml({ t3: { carriedOut: { commercial: 77 } } }));
    const ref = x.cells.get('t3:carriedOut:commercial')!;
    expect(ref.el.textContent).toBe('77');
    expect(ref.raw).toBe('77');
    expect(ref.el.closest('tr')!.textContent).toContain('结转下年度继续办理');
  });

  it('never takes a table outside the article (a sidebar with the same labels) for table 三', () => {
    const sidebar = '<div class="sidebar"><table><tr><td>一、本年新收政府信息公开申请数量</td><td>999</td></tr><tr><td>四、结转下年度继续办理</td><td>999</td></tr><tr><td>二、上年结转政府信息公开申请数量</td><td>999</td></tr></table></div>';
    const x = extractPage(edit(buildReportHtml({}), '<div class="header">', `${sidebar}<div class="header">`));
    expect(x.report.tables.t3).toEqual(sample);
  });
});
