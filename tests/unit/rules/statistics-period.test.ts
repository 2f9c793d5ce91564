import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule statistics-period (Y-2: 1 January to 31 December)', () => {
  it('passes the whole year, and says nothing when no period is stated', () => {
    expect(findingsOf('statistics-period')).toEqual([]);
    expect(findingsOf('statistics-period', { period: null })).toEqual([]);
  });

  it('fails a period that is not the whole year', () => {
    const [f] = findingsOf('statistics-period', { period: { from: '2024-01-01', to: '2024-11-30' } });
    expect(f).toMatchObject({ status: 'fail', severity: 'error' });
    expect(f!.message).toBe('统计期限写的是 2024-01-01 至 2024-11-30，应为 2024 年 1 月 1 日至 12 月 31 日。');
  });
});
