import { describe, expect, it } from 'vitest';
import { extractT3 } from '../../lib/extract/t3';
import { matchT3Row } from '../../lib/extract/t3-labels';
import { compactLabel } from '../../lib/text/normalize';
import { T3_COLUMNS, t3RowsFor } from '../../lib/model/keys';
import { buildReportHtml, sampleValues, type LayoutOptions } from '../fixtures/report-builder';

function load(html: string): Element[] {
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*/i, '');
  return Array.from(document.querySelectorAll('table'));
}

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
  });
});

describe('extractT3 on builder pages', () => {
  const layouts: [string, LayoutOptions][] = [
    ['plain', {}],
    ['Word markup', { word: true }],
    ['thead/th header', { thead: true }],
    ['inside a layout table', { layoutTable: true }],
  ];
  it.each(layouts)('reads all 175 cells exactly (%s)', (_, layout) => {
    const x = extractT3(load(buildReportHtml({ layout })))!;
    const expected = sampleValues('2021').t3;
    expect(x.format).toBe('2021');
    expect(x.info).toMatchObject({ found: true, readable: true, missingRows: [], missingCols: [] });
    expect(x.table).toEqual(expected);
    expect(x.cells.size).toBe(175);
  });

  it('reads the 2019 format with its single （六）其他处理 row (161 cells)', () => {
    const x = extractT3(load(buildReportHtml({ year: 2020, format: '2019' })))!;
    expect(x.format).toBe('2019');
    expect(Object.keys(x.table)).toEqual(t3RowsFor('2019').map((r) => r.key));
    expect(x.table).toEqual(sampleValues('2019').t3);
    expect(x.cells.size).toBe(161);
  });

  it('keeps blanks and placeholders as null with their raw text, never 0', () => {
    const x = extractT3(load(buildReportHtml({ t3: { new: { natural: null, research: '—', legal: '１２' } } })))!;
    expect(x.table.new).toMatchObject({ natural: null, research: null, legal: 12 });
    expect(x.raw['t3:new:research']).toBe('—');
    expect(x.raw['t3:new:legal']).toBe('１２');
  });

  it('links each value to the page cell it came from', () => {
    load(buildReportHtml({ t3: { carriedOut: { commercial: 77 } } }));
    const x = extractT3(Array.from(document.querySelectorAll('table')))!;
    const ref = x.cells.get('t3:carriedOut:commercial')!;
    expect(ref.el.textContent).toBe('77');
    expect(ref.el.closest('tr')!.textContent).toContain('结转下年度继续办理');
  });

  it('says which column is missing and keeps the rest', () => {
    const x = extractT3(load(buildReportHtml({ layout: { dropT3Column: 'otherOrg' } })))!;
    expect(x.info.missingCols).toEqual(['otherOrg']);
    const sample = sampleValues('2021').t3;
    expect(x.table.granted).toEqual(Object.fromEntries(T3_COLUMNS.filter((c) => c.key !== 'otherOrg').map((c) => [c.key, sample.granted![c.key]])));
  });

  it('returns null when the page has no table 三', () => {
    expect(extractT3(load('<table><tr><td>项目</td><td>1</td></tr></table>'))).toBeNull();
  });
});
