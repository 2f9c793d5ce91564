// Tables written as text (FORMAT.md §7): paragraphs of labels and numbers on a page, and the three
// shapes of plain-text reports (a Word table saved as text, one cell per line, PDF layout text).
import { describe, expect, it } from 'vitest';
import { buildReportHtml, sampleValues } from '../fixtures/report-builder';
import { buildReportText, type TextStyle } from '../fixtures/report-text';
import { edit, extractPage, extractText } from '../fixtures/page';

const s21 = sampleValues('2021');

describe('tables written as paragraphs on a page', () => {
  it('reads tables 二, 三 and 四 from lines of labels and numbers', () => {
    const x = extractPage(buildReportHtml({ layout: { tablesAsText: true } }));
    expect(x.report.tables).toEqual({ t2: s21.t2, t3: s21.t3, t4: s21.t4 });
    expect(x.report.tableInfo?.t3).toMatchObject({ readable: true, source: 'text' });
  });

  it('reads the 2019 format as text too', () => {
    const x = extractPage(buildReportHtml({ year: 2020, layout: { tablesAsText: true } }));
    expect(x.report.format).toBe('2019');
    expect(x.report.tables).toEqual({ t2: sampleValues('2019').t2, t3: sampleValues('2019').t3, t4: sampleValues('2019').t4 });
  });

  it('links each value to the paragraph it is in', () => {
    const x = extractPage(buildReportHtml({ layout: { tablesAsText: true }, t3: { carriedOut: { natural: 9 } } }));
    const ref = x.cells.get('t3:carriedOut:natural')!;
    expect(ref.raw).toBe('9');
    expect(ref.el.textContent).toContain('四、结转下年度继续办理');
  });

  it('leaves the table text out of the section text', () => {
    const x = extractPage(buildReportHtml({ layout: { tablesAsText: true } }));
    for (const n of [2, 3, 4]) expect(x.text.sections.find((s) => s.number === n)!.body).toBe('');
  });

  it('says the table was found but not read, and why, when a row has fewer numbers than columns', () => {
    const html = edit(buildReportHtml({ layout: { tablesAsText: true } }), /(2\.重复申请(?:\u00a0\u00a0\d+){6})\u00a0\u00a0\d+/, '$1');
    const x = extractPage(html);
    expect(x.report.tables.t3).toBeNull();
    expect(x.report.tableInfo?.t3).toMatchObject({ found: true, readable: false, reason: expect.stringContaining('2.重复申请') });
  });

  it('reads the row whose label is unrecognised by its place between two recognised rows, and says so', () => {
    const html = edit(buildReportHtml({ layout: { tablesAsText: true } }), '3.要求提供公开出版物', '3.索要出版材料');
    const x = extractPage(html);
    expect(x.report.tables.t3).toEqual(s21.t3);
    expect(x.report.tableInfo?.t3?.issues).toContainEqual({ kind: 'label-variant', row: 'notProcessed.publication', found: '3.索要出版材料', expected: '3.要求提供公开出版物' });
  });
});

describe('plain-text reports (.txt)', () => {
  it.each(['tabs', 'lines', 'layout'] as TextStyle[])('reads every table of a report saved as text: %s', (style) => {
    const x = extractText(buildReportText({}, style));
    expect(x.report.tables).toEqual({ t2: s21.t2, t3: s21.t3, t4: s21.t4 });
    expect(x.report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(x.report.title).toBe('示例县测试局2024年政府信息公开工作年度报告');
    expect(x.report.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('rejoins lines wrapped by the PDF layout into paragraphs and drops page footers', () => {
    const x = extractText(buildReportText({}, 'layout'));
    const body = x.text.sections[0]!.body.split('\n');
    expect(body[0]).toBe('2024年，本机关认真贯彻落实政府信息公开条例，全面推进政务公开工作，取得了新的进展。');
    expect(x.text.sections.map((s) => s.body).join('\n')).not.toMatch(/-\d-/);
  });

  it('reads an empty cell of a Word table saved as text as blank, never 0', () => {
    const text = edit(buildReportText({}, 'tabs'), /(2\.重复申请(?:\t\d+){6})\t\d+/, '$1\t');
    const x = extractText(text);
    expect(x.report.tables.t3!['notProcessed.duplicate']!.total).toBeNull();
    expect(x.report.tables.t3!['notProcessed.duplicate']!.natural).toBe(s21.t3['notProcessed.duplicate']!.natural);
  });

  it('keeps the columns the header names when one is missing (no 其他 column)', () => {
    const text = buildReportText({}, 'tabs')
      .replace('\t其他\n', '\n')
      .replace(/^(.*?)((?:\t[\d]+){5})\t\d+(\t\d+)$/gm, (line, label: string, five: string, total: string) => (/[一二三四五六七八、.]/.test(label) ? `${label}${five}${total}` : line));
    const x = extractText(text);
    expect(x.report.tableInfo?.t3?.missingCols).toEqual(['otherOrg']);
    expect(x.report.tables.t3!.new).toEqual({ ...s21.t3.new, otherOrg: undefined });
    expect(x.report.tables.t3!.new).not.toHaveProperty('otherOrg');
  });

  it('does not read a table of four values a row when the header does not say which columns they are', () => {
    const text = buildReportText({}, 'tabs').replace(/^(.*?\t\d+\t\d+\t\d+\t\d+)(?:\t\d+){3}$/gm, '$1');
    const x = extractText(text);
    expect(x.report.tables.t3).toBeNull();
    expect(x.report.tableInfo?.t3?.reason).toMatch(/4 values/);
  });

  it('reads table 四 only from a row of exactly 15 values', () => {
    const x = extractText(buildReportText({}, 'tabs').replace(/^(\d+(?:\t\d+){13})\t\d+$/m, '$1'));
    expect(x.report.tables.t4).toBeNull();
    expect(x.report.tableInfo?.t4).toMatchObject({ readable: false, reason: expect.stringContaining('14 values') });
  });
});
