import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule year-consistent (Y-1: one year throughout)', () => {
  it('passes the sample and a range that starts earlier ("2019年以来")', () => {
    expect(findingsOf('year-consistent')).toEqual([]);
    expect(findingsOf('year-consistent', { narrative: { 1: ['2019年以来，本机关持续推进政务公开。'] } })).toEqual([]);
    expect(findingsOf('year-consistent', { narrative: { 6: ['2025年1月，本机关收到一份意见。'] } })).toEqual([]);
  });

  it('fails a statistics period of another year', () => {
    const [f] = findingsOf('year-consistent', { period: { from: '2023-01-01', to: '2023-12-31' } });
    expect(f).toMatchObject({ status: 'fail', severity: 'error', messageKey: 'year-consistent.period' });
    expect(f!.message).toBe('标题写的是 2024 年度，统计期限却是 2023 年。');
  });

  it('fails a section that opens with another year, quoting its first sentence', () => {
    const [f] = findingsOf('year-consistent', { narrative: { 6: ['2023年，本机关未收取信息处理费。另有说明。'] } });
    expect(f).toMatchObject({ section: 6, text: '2023年，本机关未收取信息处理费' });
    expect(f!.message).toBe('标题写的是 2024 年度，“六、其他需要报告的事项”开头却写的是 2023 年。');
  });
});
