import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const cells = [{ table: 't2', row: 'fees', col: 'amount' }];

describe('rule t2-fee-unit (fees in 万元)', () => {
  it('passes an amount in 万元', () => {
    expect(findingsOf('t2-fee-unit')).toEqual([]);
    expect(findingsOf('t2-fee-unit', { raw: { 't2:fees:amount': '25.5万元' } })).toEqual([]);
  });

  it('warns about a cell written in 元', () => {
    const [f] = findingsOf('t2-fee-unit', { raw: { 't2:fees:amount': '255000元' } });
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', messageKey: 't2-fee-unit.yuan', cells });
    expect(f!.message).toContain('“255000元”');
  });

  it('warns about an implausible amount', () => {
    const [f] = findingsOf('t2-fee-unit', { t2: { fees: { amount: 25_500_000 } } });
    expect(f).toMatchObject({ messageKey: 't2-fee-unit.magnitude', cells });
  });
});
