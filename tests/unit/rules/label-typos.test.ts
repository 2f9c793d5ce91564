import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule label-typos (S-4 text errors)', () => {
  it('passes the official headings and accepted variants', () => {
    expect(findingsOf('label-typos')).toEqual([]);
    expect(findingsOf('label-typos', { headings: { 4: '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况' } })).toEqual([]);
  });

  it('warns about “行政法复议” in the heading of 四 (Pingtan 2022), quoting the miswritten words', () => {
    const heading = '四、政府信息公开行政法复议、行政诉讼情况';
    const [f, ...rest] = findingsOf('label-typos', { headings: { 4: heading } });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', section: 4, text: '行政法复议' });
    expect(f!.message).toBe('部分标题“四、政府信息公开行政法复议、行政诉讼情况”把“行政复议”写成了“行政法复议”。');
  });
});
