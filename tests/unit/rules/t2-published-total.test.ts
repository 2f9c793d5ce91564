import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule t2-published-total (2019: published this year ≤ total published)', () => {
  it('passes the 2019 sample', () => {
    expect(findingsOf('t2-published-total', { format: '2019' })).toEqual([]);
  });

  it('warns when more were published this year than in total, naming both cells', () => {
    const [f] = findingsOf('t2-published-total', { format: '2019', t2: { normativeDocs: { made: 70, published: 70, total: 60 } } });
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', cells: [
      { table: 't2', row: 'normativeDocs', col: 'published' }, { table: 't2', row: 'normativeDocs', col: 'total' }] });
    expect(f!.message).toContain('本年新公开 70 件，多于对外公开总数量 60 件');
  });
});
