import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule narrative-fee-section (N-9: section 六 reports the 信息处理费)', () => {
  it('passes the sample and the seeds’ wording "未收取申请人的任何费用"', () => {
    expect(findingsOf('narrative-fee-section')).toEqual([]);
    expect(findingsOf('narrative-fee-section', { narrative: { 6: ['在依申请公开工作中，未收取申请人的任何费用。'] } })).toEqual([]);
  });

  it('warns when section 六 says nothing about fees, quoting its opening as an excerpt (the fault is what is not there)', () => {
    const [f] = findingsOf('narrative-fee-section', { narrative: { 6: ['本年度无其他需要报告的事项。'] } });
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', section: 6, text: '本年度无其他需要报告的事项。', excerpt: true });
  });

  it('asks for review when no text was read under 六, and leaves a missing 六 to sections-present', () => {
    expect(findingsOf('narrative-fee-section', { narrative: { 6: [] } }).map((f) => f.status)).toEqual(['review']);
    expect(findingsOf('narrative-fee-section', { narrative: { 6: null } })).toEqual([]);
  });

  it('does not apply before the 2021 format', () => {
    expect(findingsOf('narrative-fee-section', { format: '2019', narrative: { 6: ['无。'] } })).toEqual([]);
  });
});
