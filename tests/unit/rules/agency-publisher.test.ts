import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule agency-publisher (Y-5: the publisher is the agency or its government’s office)', () => {
  it('passes the same body, a government’s office, and a page that names no publisher', () => {
    expect(findingsOf('agency-publisher', { publisher: '示例县测试局' })).toEqual([]);
    expect(findingsOf('agency-publisher', { agency: '平潭综合实验区', publisher: '平潭综合实验区管委会办公室' })).toEqual([]);
    expect(findingsOf('agency-publisher')).toEqual([]);
  });

  it('hints when the publisher is another body', () => {
    const [f] = findingsOf('agency-publisher', { publisher: '示例县档案馆' });
    expect(f).toMatchObject({ status: 'fail', severity: 'info' });
    expect(f!.message).toContain('“示例县测试局”');
    expect(f!.message).toContain('“示例县档案馆”');
  });
});
