import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule t2-in-force (in force ≥ issued − repealed, a hint)', () => {
  it('passes the sample (12 − 3 ≤ 85)', () => {
    expect(findingsOf('t2-in-force')).toEqual([]);
  });

  it('gives a hint naming the three cells when fewer are in force than were added', () => {
    const [f] = findingsOf('t2-in-force', { t2: { normativeDocs: { issued: 12, repealed: 3, inForce: 5 } } });
    expect(f).toMatchObject({ status: 'fail', severity: 'info', cells: ['issued', 'repealed', 'inForce'].map((col) => ({ table: 't2', row: 'normativeDocs', col })) });
    expect(f!.message).toContain('本年制发 12 − 本年废止 3 = 9，但现行有效只有 5 件');
  });

  it('does not apply to the 2019 format', () => {
    expect(findingsOf('t2-in-force', { format: '2019', t2: { normativeDocs: { made: 50, published: 0, total: 1 } } })).toEqual([]);
  });
});
