import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule narrative-overview-areas (N-12: the five areas of 总体情况)', () => {
  it('passes the sample', () => {
    expect(findingsOf('narrative-overview-areas')).toEqual([]);
  });

  it('warns once per missing area', () => {
    const found = findingsOf('narrative-overview-areas', { narrative: { 1: ['（一）主动公开。', '（二）依申请公开。', '（三）监督保障。'] } });
    expect(found.map((f) => [f.status, f.severity, f.params?.area])).toEqual([
      ['fail', 'warning', '@area.management'], ['fail', 'warning', '@area.platform'],
    ]);
    expect(found[1]!.message).toBe('“一、总体情况”没有写到“政府信息公开平台建设”方面。');
  });

  it('only hints for the 2019 format, and asks for review when 一 has no text', () => {
    expect(findingsOf('narrative-overview-areas', { format: '2019', narrative: { 1: ['（一）主动公开。（二）依申请公开。（三）监督保障。'] } }).map((f) => f.severity)).toEqual(['info', 'info']);
    expect(findingsOf('narrative-overview-areas', { narrative: { 1: [] } }).map((f) => f.status)).toEqual(['review']);
  });
});
