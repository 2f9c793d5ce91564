// Tables 二 and 四 from <table> markup (FORMAT.md §2.3, §2.5, §3.1), values per MODEL.md.
import { describe, expect, it } from 'vitest';
import { buildReportHtml, sampleValues, type LayoutOptions } from '../fixtures/report-builder';
import { edit, extractPage } from '../fixtures/page';

const t2Issues = (x: ReturnType<typeof extractPage>) => x.report.tableInfo?.t2?.issues ?? [];

describe('table 二', () => {
  const layouts: [string, LayoutOptions][] = [
    ['one table', {}],
    ['the 第二十条 blocks as separate small tables', { splitT2: true }],
    ['Word markup', { word: true }],
    ['Word markup, blocks as separate tables', { word: true, splitT2: true }],
  ];
  it.each(layouts)('reads the ten values of the 2021 format: %s', (_, layout) => {
    const x = extractPage(buildReportHtml({ layout }));
    expect(x.report.tables.t2).toEqual(sampleValues('2021').t2);
    expect(x.report.tableInfo?.t2).toMatchObject({ readable: true, missingRows: [], missingCols: [] });
    expect([...x.cells.keys()].filter((k) => k.startsWith('t2:'))).toHaveLength(10);
  });

  it('reads the 22 values of the 2019 format, signed changes kept', () => {
    const x = extractPage(buildReportHtml({ year: 2020, t2: { punishment: { change: '－18' }, fees: { change: '减少3' } } }));
    expect(x.report.tables.t2).toEqual({ ...sampleValues('2019').t2, punishment: { ...sampleValues('2019').t2.punishment, change: -18 }, fees: { previous: 4, change: -3 } });
  });

  it('keeps the decimals of fees, and converts 元 written in the cell to 万元 exactly', () => {
    expect(extractPage(buildReportHtml({ t2: { fees: { amount: '5949.088667' } } })).report.tables.t2).toMatchObject({ fees: { amount: 5949.088667 } });
    const x = extractPage(buildReportHtml({ t2: { fees: { amount: '251000元' } } }));
    expect(x.report.tables.t2).toMatchObject({ fees: { amount: 25.1 } });
    expect(x.report.raw?.['t2:fees:amount']).toBe('251000元');
  });

  it('gives 2019 procurement in 元 whatever unit the cell states', () => {
    expect(extractPage(buildReportHtml({ year: 2020, t2: { procurement: { amount: '73802895.90元' } } })).report.tables.t2).toMatchObject({ procurement: { amount: 73802895.9 } });
    expect(extractPage(buildReportHtml({ year: 2020, t2: { procurement: { amount: '7380.29万元' } } })).report.tables.t2).toMatchObject({ procurement: { amount: 73802900 } });
  });

  it('keeps a blank as null and says which row is missing', () => {
    const html = edit(buildReportHtml({ t2: { licensing: { decisions: null } } }), /<tr><td>行政强制<\/td>.*?<\/tr>/, '');
    const x = extractPage(html);
    expect(x.report.tables.t2).toMatchObject({ licensing: { decisions: null } });
    expect(x.report.tables.t2).not.toHaveProperty('coercion');
    expect(t2Issues(x)).toContainEqual({ kind: 'missing-row', row: 'coercion', expected: '行政强制' });
  });

  it('says which column of a block is missing', () => {
    const html = edit(buildReportHtml({}), '<td>现行有效件数</td>', '<td></td>');
    const x = extractPage(html);
    expect(t2Issues(x)).toContainEqual({ kind: 'missing-column', row: 'regulations', col: 'inForce', expected: '现行有效件数' });
    expect(x.report.tables.t2).toMatchObject({ normativeDocs: { issued: 12, repealed: 3 } });
  });

  it('decides its format by its labels, not by the year (a 2022 report on the old template)', () => {
    const x = extractPage(buildReportHtml({ year: 2022, format: '2019' }));
    expect(x.report.format).toBe('2019');
    expect(x.report.tables.t2).toEqual(sampleValues('2019').t2);
  });
});

describe('table 四', () => {
  const t4 = sampleValues('2021').t4;

  it.each([['with its three header rows', {}], ['flattened into one row of 15 values', { flatT4: true }], ['in Word markup', { word: true }]] as [string, LayoutOptions][])(
    'reads the 15 values by group and result: %s', (_, layout) => {
      const x = extractPage(buildReportHtml({ layout }));
      expect(x.report.tables.t4).toEqual(t4);
      expect([...x.cells.keys()].filter((k) => k.startsWith('t4:'))).toHaveLength(15);
    });

  it('maps each value by its headers, not its position', () => {
    const x = extractPage(buildReportHtml({ t4: { suitAfterReview: { total: 19 }, review: { total: 7 } } }));
    expect(x.report.tables.t4!.suitAfterReview!.total).toBe(19);
    expect(x.report.tables.t4!.review!.total).toBe(7);
    expect(x.cells.get('t4:suitAfterReview:total')!.el.textContent).toBe('19');
  });

  it('keeps blanks null and ignores a trailing row of empty cells', () => {
    const html = edit(buildReportHtml({ t4: { suitDirect: { pending: null } } }), /(<tr>(?:<td>\d*<\/td>){15}<\/tr>)<\/table>/, `$1<tr>${'<td></td>'.repeat(15)}</tr></table>`);
    const x = extractPage(html);
    expect(x.report.tables.t4!.suitDirect!.pending).toBeNull();
    expect(x.report.tables.t4!.review).toEqual(t4.review);
  });
});
