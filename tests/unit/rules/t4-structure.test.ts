import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule t4-structure (the cells of table 四)', () => {
  it('passes a complete table', () => {
    expect(findingsOf('t4-structure')).toEqual([]);
  });

  it('fails a missing column and warns about a label variant, in table 四’s words', () => {
    const found = findingsOf('t4-structure', { tableInfo: { t4: { issues: [
      { kind: 'missing-column', col: 'pending' },
      { kind: 'label-variant', row: 'review', col: 'upheld', found: '维持', expected: '结果维持' },
    ] } } });
    expect(found.map((f) => [f.messageKey, f.status, f.severity])).toEqual([['structure.missingColumn', 'fail', 'error'], ['structure.labelVariant', 'fail', 'warning']]);
    expect(found[0]!.message).toContain('缺少“尚未审结”列');
    expect(found[1]!.cells).toEqual([{ table: 't4', row: 'review', col: 'upheld' }]);
  });
});
