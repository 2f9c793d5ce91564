import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const overview = (last: string) => ({ narrative: { 1: ['（一）主动公开。', '（二）依申请公开。', '（三）政府信息管理。', '（四）平台建设。', `（五）监督保障。${last}`] } });

describe('rule narrative-government-duties (N-11: 考核, 评议, 追责 in a government’s report)', () => {
  it('passes a government that covers all three ("追究责任" counts), and any department', () => {
    expect(findingsOf('narrative-government-duties', { agency: '示例县人民政府' })).toEqual([]);
    expect(findingsOf('narrative-government-duties', { agency: '示例县某镇', ...overview('纳入绩效考核，接受公众评议，未发生需追究责任的情况。') })).toEqual([]);
    expect(findingsOf('narrative-government-duties', { agency: '示例县测试局', ...overview('加强培训。') })).toEqual([]);
  });

  it('warns once, listing what a government’s overview leaves out', () => {
    const [f, ...rest] = findingsOf('narrative-government-duties', { agency: '示例县人民政府', ...overview('将政务公开纳入绩效考核。') });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', section: 1, cells: [] });
    expect(f!.message).toBe('这是人民政府的年报，“一、总体情况”没有写到社会评议、责任追究的情况（条例第五十条第四项）。');
  });

  it('treats a report that sums up several units as a government’s', () => {
    const found = findingsOf('narrative-government-duties', { agency: '示例综合试验园', preamble: '本报告汇总本区各有关单位政府信息公开工作情况编制而成。', ...overview('加强培训。') });
    expect(found).toHaveLength(1);
  });
});
