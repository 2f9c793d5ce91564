import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

const text = (s: string) => ({ narrative: { 1: [`本年度办结政府信息公开申请81件，其中：${s}。`] } });

describe('rule narrative-percentages (N-4: share = count / stated total)', () => {
  it('accepts shares rounded or truncated to the text’s decimals (Pingtan 2023: 42/81 = 51.85%)', () => {
    expect(findingsOf('narrative-percentages')).toEqual([]);
    expect(findingsOf('narrative-percentages', text('予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.3%'))).toEqual([]);
    expect(findingsOf('narrative-percentages', text('其他处理2件，占2.46%'))).toEqual([]);
  });

  it('warns about a share that is not the count over the total, quoting the sentence', () => {
    const [f, ...rest] = findingsOf('narrative-percentages', text('予以公开42件，占52.85%；不予公开5件，占6.17%'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', cells: [], section: 1 });
    expect(f!.text).toContain('占52.85%');
    expect(f!.message).toBe('正文写占 52.85%，但 42 ÷ 81 = 51.85%。');
  });

  it('pairs a share with the count just before it, even one it cannot name', () => {
    expect(findingsOf('narrative-percentages', text('予以公开42件，占51.85%；电话咨询20件，占24.69%'))).toEqual([]);
  });
});
