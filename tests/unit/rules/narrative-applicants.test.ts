import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const text = (s: string) => ({ narrative: { 1: [`本年度共收到政府信息公开申请186件，涉及${s}。`] } });

describe('rule narrative-applicants (N-5: applicants = 一、本年新收 columns)', () => {
  it('accepts 新收 (自然人105) and 新收 + 结转 (自然人107, as Pingtan 2022 wrote)', () => {
    expect(findingsOf('narrative-applicants')).toEqual([]);
    expect(findingsOf('narrative-applicants', text('自然人107件、商业企业5件'))).toEqual([]);
    expect(findingsOf('narrative-applicants', text('自然人105件、法人或其他组织78件'))).toEqual([]);
  });

  it('warns about a column that matches neither, naming its cells', () => {
    const [f, ...rest] = findingsOf('narrative-applicants', text('自然人90件、商业企业4件'));
    expect(rest).toEqual([]);
    expect(f!.cells).toEqual([{ table: 't3', row: 'new', col: 'natural' }, { table: 't3', row: 'carriedIn', col: 'natural' }]);
    expect(f!.message).toBe('正文说自然人申请 90 件，但表三本年新收为 105 件，新收加上年结转为 107 件。');
  });
});
