import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule t4-suits-after-review (hint)', () => {
  it('is quiet when reconsiderations are at least the suits after them', () => {
    expect(findingsOf('t4-suits-after-review')).toEqual([]);
    expect(findingsOf('t4-suits-after-review', { t4: { suitAfterReview: { upheld: 6, total: 7 } } })).toEqual([]);
  });

  it('gives an info hint naming both totals (Pingtan 2024: 19 suits after 7 reconsiderations)', () => {
    const [f] = findingsOf('t4-suits-after-review', { t4: { suitAfterReview: { upheld: 18, total: 19 } } });
    expect(f).toMatchObject({ status: 'fail', severity: 'info', cells: [
      { table: 't4', row: 'suitAfterReview', col: 'total' }, { table: 't4', row: 'review', col: 'total' }] });
    expect(f!.message).toContain('复议后起诉总计 19 件，多于行政复议总计 7 件');
  });
});
