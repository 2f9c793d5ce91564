import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule t2-structure (the rows and columns of table 二)', () => {
  it('passes a complete table', () => {
    expect(findingsOf('t2-structure')).toEqual([]);
  });

  it('fails a missing row, in table 二’s words', () => {
    const [f] = findingsOf('t2-structure', { tableInfo: { t2: { issues: [{ kind: 'missing-row', row: 'coercion' }] } } });
    expect(f).toMatchObject({ status: 'fail', severity: 'error', messageKey: 'structure.missingRow' });
    expect(f!.message).toBe('表二 主动公开政府信息情况缺少“行政强制”行，涉及该行的勾稽关系无法核对。');
  });
});
