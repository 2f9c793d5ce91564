import { describe, expect, it } from 'vitest';
import { T3_COL_KEYS } from '../../../lib/model/keys';
import { findingsOf } from '../../fixtures/rule-input';
import { sampleValues } from '../../fixtures/report-builder';

const s = sampleValues('2021').t3;
// The row's 总计 is what the identity is about; the six applicant cells are its operands.
const row = (r: string) => ['total', 'natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg'].map((col) => ({ table: 't3', row: r, col, role: col === 'total' ? 'total' : 'operand' }));

describe('rule t3-row-sum (总计 = Σ applicants)', () => {
  it('passes a consistent report', () => {
    expect(findingsOf('t3-row-sum')).toEqual([]);
  });

  it('fails the row whose applicants do not add up to its total, naming its seven cells and the terms', () => {
    const [f, ...rest] = findingsOf('t3-row-sum', { t3: { new: { legal: s.new!.legal + 1 } } });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'error', cells: row('new') });
    expect(f!.message).toBe('“一、本年新收”行：总计为 183，但各类申请人之和为 184（105 + 4 + 10 + 15 + 25 + 25），相差 1。两者应相等。');
  });

  it('reports blank totals once as “总计列未填”, a warning to review, not an arithmetic error', () => {
    const found = findingsOf('t3-row-sum', { t3: { granted: { total: null }, partlyGranted: { total: null } } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: 'review', severity: 'warning', messageKey: 't3-row-sum.totalBlank', cells: [...row('granted'), ...row('partlyGranted')] });
    expect(found[0]!.message).toContain('总计列有 2 行未填写');
  });

  it('groups rows with other blanks into one review', () => {
    const found = findingsOf('t3-row-sum', { t3: { granted: { natural: null }, carriedOut: { legal: null } } });
    expect(found.map((f) => [f.status, f.messageKey])).toEqual([['review', 't3-row-sum.review']]);
    expect(found[0]!.cells).toEqual([...row('granted'), ...row('carriedOut')]);
  });

  it('says nothing for a column missing from the page (the structure rule says it once)', () => {
    expect(findingsOf('t3-row-sum', { dropT3Cols: ['otherOrg'] })).toEqual([]);
    expect(T3_COL_KEYS).toContain('otherOrg');
  });
});
