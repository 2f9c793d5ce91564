import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const UNPAID = { table: 't3', row: 'otherHandling.unpaidFee', col: 'total' };

describe('rule narrative-fee-notices (N-10: unpaid fees mean fee notices)', () => {
  it('passes when section 六 reports the 收费通知, or nothing went unpaid, and says nothing without a text of 六', () => {
    expect(findingsOf('narrative-fee-notices')).toEqual([]);
    expect(findingsOf('narrative-fee-notices', { narrative: { 6: null } })).toEqual([]);
    expect(findingsOf('narrative-fee-notices', { t3: { 'otherHandling.unpaidFee': { total: 0 } }, narrative: { 6: ['未收取信息处理费。'] } })).toEqual([]);
  });

  it('gives a hint naming the （六）2 cell when section 六 is silent about them', () => {
    const [f] = findingsOf('narrative-fee-notices', { narrative: { 6: ['未收取信息处理费。'] } });
    expect(f).toMatchObject({ status: 'fail', severity: 'info', cells: [UNPAID], section: 6 });
    expect(f!.message).toContain('表三有 10 件申请因逾期未缴纳费用不再处理');
  });
});
