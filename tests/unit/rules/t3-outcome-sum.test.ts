import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../../lib/audit';
import { t3OutcomeRows } from '../../../lib/model/keys';
import { findingsOf } from '../../fixtures/rule-input';
import { buildReportHtml, sampleValues } from '../../fixtures/report-builder';

const s = sampleValues('2021').t3;
// （七）总计 is what the identity is about; the outcome leaves are its operands.
const col = (c: string, rows: readonly string[]) => rows.map((row) => ({ table: 't3', row, col: c, role: row === 'total' ? 'total' : 'operand' }));

describe('rule t3-outcome-sum (（七）总计 = Σ outcomes)', () => {
  it('passes a consistent report in both formats', () => {
    expect(findingsOf('t3-outcome-sum')).toEqual([]);
    expect(findingsOf('t3-outcome-sum', { format: '2019' })).toEqual([]);
  });

  it('fails the column whose outcomes do not add up, naming （七）总计 and every leaf, with the group sums', () => {
    const [f, ...rest] = findingsOf('t3-outcome-sum', { t3: { granted: { legal: s.granted!.legal + 2 } } });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'error' });
    expect(f!.cells).toEqual(col('legal', ['total', ...t3OutcomeRows('2021')]));
    expect(f!.message).toContain('“法律服务机构”列：（七）总计为 24，但各项办理结果之和为 26');
    expect(f!.message).toContain('予以公开 6');
    expect(f!.message).toContain('相差 2');
  });

  it('adds the single （六）其他处理 row of the 2019 format', () => {
    const v = sampleValues('2019').t3;
    const [f] = findingsOf('t3-outcome-sum', { format: '2019', t3: { otherHandling: { natural: v.otherHandling!.natural + 1 } } });
    expect(f!.cells).toEqual(col('natural', ['total', ...t3OutcomeRows('2019')]));
    expect(f!.cells.some((c) => c.row === 'otherHandling')).toBe(true);
  });

  it('asks for review when a leaf is blank, and skips a wholly blank column', () => {
    const [f] = findingsOf('t3-outcome-sum', { t3: { 'withheld.stateSecret': { natural: null } } });
    expect(f).toMatchObject({ status: 'review', cells: expect.arrayContaining([{ table: 't3', row: 'withheld.stateSecret', col: 'natural', role: 'operand' }]) });
    expect(f!.message).toContain('（三）1.属于国家秘密');
    const blank = Object.fromEntries(Object.keys(s).map((row) => [row, { research: null }]));
    expect(findingsOf('t3-outcome-sum', { t3: blank })).toEqual([]);
  });

  it('finds on a page what the corner identity misses (Pingtan 2020: T3-A holds, T3-B fails)', () => {
    // （七）总计 and 一 both 6 lower in 自然人: 一 + 二 = （七） + 四 still holds.
    const html = buildReportHtml({ t3: { total: { natural: s.total!.natural - 6 }, new: { natural: s.new!.natural - 6 } } });
    document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*/i, '');
    const { findings } = auditDocument(document, { source: 'test.html' }).result;
    expect(findings.filter((f) => f.rule === 't3-balance')).toEqual([]);
    expect(findings.filter((f) => f.rule === 't3-outcome-sum').map((f) => [f.status, f.cells[0]])).toEqual([['fail', { table: 't3', row: 'total', col: 'natural', role: 'total' }]]);
  });
});

describe('rule t3-outcome-sum with a breakdown left unfilled', () => {
  it('leaves a column whose every outcome is blank to t3-cell-values (seed 003’s 总计 column)', () => {
    const leaves = Object.fromEntries(t3OutcomeRows('2021').map((row) => [row, { total: null }]));
    expect(findingsOf('t3-outcome-sum', { t3: leaves })).toEqual([]);
    expect(findingsOf('t3-cell-values', { t3: leaves }).map((f) => [f.messageKey, f.cells.length])).toEqual([['cell-values.blankCells', 21]]);
  });
});

describe('rule t3-outcome-sum in a table missing a column (seed 003)', () => {
  it('leaves blanks to the structure finding, since cells may be misread, but still fails a broken column', () => {
    expect(findingsOf('t3-outcome-sum', { dropT3Cols: ['otherOrg'], t3: { 'withheld.stateSecret': { natural: null } } })).toEqual([]);
    expect(findingsOf('t3-outcome-sum', { t3: { 'withheld.stateSecret': { natural: null } } }).map((f) => f.status)).toEqual(['review']);
    const found = findingsOf('t3-outcome-sum', { dropT3Cols: ['otherOrg'], t3: { granted: { natural: s.granted!.natural + 1 } } });
    expect(found.map((f) => [f.status, f.params?.col])).toEqual([['fail', '@col.natural']]);
  });
});
