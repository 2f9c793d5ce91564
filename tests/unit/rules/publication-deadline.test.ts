import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const at = (agency: string, published: string, year = 2024) => findingsOf('publication-deadline', { agency, published, year });

describe('rule publication-deadline (Y-3 with the deadlines of §1.3)', () => {
  it('passes a department by 31 January and a government by 31 March', () => {
    expect(at('示例县测试局', '2025-01-31')).toEqual([]);
    expect(at('示例县人民政府', '2025-03-31')).toEqual([]);
    expect(at('平潭综合实验区', '2024-03-08', 2023)).toEqual([]);
  });

  it('warns about a late department and a late government, with the deadline and its basis', () => {
    const [dept] = at('示例县测试局', '2025-02-10');
    expect(dept).toMatchObject({ status: 'fail', severity: 'warning', messageKey: 'publication-deadline.late' });
    expect(dept!.message).toContain('发布日期 2025-02-10 晚于期限 2025-01-31');
    expect(at('示例县人民政府', '2025-04-02')[0]!.params).toMatchObject({ deadline: '2025-03-31' });
  });

  it('fails a report published before its year ended', () => {
    expect(at('示例县测试局', '2024-12-30')[0]).toMatchObject({ status: 'fail', severity: 'error', messageKey: 'publication-deadline.early' });
  });

  it('asks for review where the deadline depends on the province or on what the body is', () => {
    expect(at('示例县某镇', '2025-02-10')[0]).toMatchObject({ status: 'review', messageKey: 'publication-deadline.local' });
    expect(at('示例综合试验园', '2025-02-10')[0]).toMatchObject({ status: 'review', messageKey: 'publication-deadline.unknown' });
    expect(at('示例综合试验园', '2025-04-10')[0]).toMatchObject({ status: 'fail', messageKey: 'publication-deadline.late' });
  });

  it('holds reports before 2019 to the 31 March of the 2008 条例', () => {
    const found = findingsOf('publication-deadline', { reportFormat: 'legacy', year: 2011, agency: '示例县人民政府', published: '2012-04-18' });
    expect(found[0]!.params).toMatchObject({ deadline: '2012-03-31', basis: '@deadline.basis.2008' });
  });
});
