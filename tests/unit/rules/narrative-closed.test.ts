import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule narrative-closed (N-2: 办结 = （七）总计)', () => {
  it('passes the sample (办结182件)', () => {
    expect(findingsOf('narrative-closed')).toEqual([]);
  });

  it('warns when 办结 differs from （七）总计, naming that cell', () => {
    const [f] = findingsOf('narrative-closed', { narrative: { 1: ['依申请公开方面，本年度办结政府信息公开申请180件。'] } });
    expect(f).toMatchObject({ status: 'fail', cells: [{ table: 't3', row: 'total', col: 'total' }], text: '依申请公开方面，本年度办结政府信息公开申请180件。' });
    expect(f!.message).toBe('正文说办结 180 件，但表三（七）总计为 182 件。');
  });
});
