import { describe, expect, it } from 'vitest';
import { chineseNumber, parseSubparts } from '../../lib/extract/subparts';

describe('parseSubparts', () => {
  it('reads each numbering family with its value and width', () => {
    const body = ['（一）主动公开方面。', '(二) 依申请公开', '（3）平台建设', '一、主动公开情况', '1.本年度…', '2、再一项'].join('\n');
    expect(parseSubparts(body).map((s) => [s.style, s.value, s.fullWidth, s.marker])).toEqual([
      ['cn-paren', 1, true, '（一）'],
      ['cn-paren', 2, false, '(二)'],
      ['arabic-paren', 3, true, '（3）'],
      ['cn-dun', 1, true, '一、'],
      ['arabic-dot', 1, true, '1.'],
      ['arabic-dot', 2, true, '2、'],
    ]);
  });

  it('finds 一是/二是 inside a paragraph with the sentence each one starts', () => {
    const parts = parseSubparts('存在以下问题：一是公开不及时。二是解读不足；三是互动少。三是培训少。');
    expect(parts.map((p) => [p.marker, p.text])).toEqual([
      ['一是', '公开不及时'],
      ['二是', '解读不足'],
      ['三是', '互动少'],
      ['三是', '培训少'],
    ]);
  });

  it('does not take a decimal or a year for a numbered item', () => {
    expect(parseSubparts('2024年，本机关…\n3.5万元')).toEqual([]);
  });
});

describe('chineseNumber', () => {
  it.each([['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['九十九', 99]])('%s = %d', (s, n) => {
    expect(chineseNumber(s)).toBe(n);
  });
  it('rejects what is not a number', () => expect(chineseNumber('是')).toBeNull());
});
