import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

// The group's 总计 is what the identity is about; the four results are its operands.
const group = (row: string) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((col) => ({ table: 't4', row, col, role: col === 'total' ? 'total' : 'operand' }));

describe('rule t4-balance (维持 + 纠正 + 其他 + 尚未审结 = 总计)', () => {
  it('passes a consistent table 四', () => {
    expect(findingsOf('t4-balance')).toEqual([]);
  });

  it('fails the group that does not add up, naming its five cells and the numbers', () => {
    const [f, ...rest] = findingsOf('t4-balance', { t4: { suitDirect: { total: 9 } } });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'error', cells: group('suitDirect') });
    expect(f!.message).toBe('“行政诉讼（未经复议直接起诉）”：结果维持 3 + 结果纠正 1 + 其他结果 1 + 尚未审结 1 = 6，但总计为 9，相差 3。两者应相等。');
  });

  it('asks for review when a part is blank; a wholly blank group is left to t4-cell-values', () => {
    const [f] = findingsOf('t4-balance', { t4: { review: { pending: null } } });
    expect(f).toMatchObject({ status: 'review', cells: group('review') });
    expect(f!.message).toContain('尚未审结未填写');
    const blank = { upheld: null, corrected: null, other: null, pending: null, total: null };
    expect(findingsOf('t4-balance', { t4: { review: blank } })).toEqual([]);
  });
});
