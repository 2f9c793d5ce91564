import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule t3-structure (rows, columns and labels of table 三)', () => {
  it('passes a table with all its rows and columns', () => {
    expect(findingsOf('t3-structure')).toEqual([]);
  });

  it('fails a missing row and a missing column, once each (seed 003 has no 其他 column)', () => {
    const found = findingsOf('t3-structure', { dropT3Rows: ['withheld.adminQuery'], dropT3Cols: ['otherOrg'] });
    expect(found.map((f) => [f.messageKey, f.status, f.severity])).toEqual([
      ['structure.missingRow', 'fail', 'error'], ['structure.missingColumn', 'fail', 'error'],
    ]);
    expect(found[0]!.message).toBe('表三 收到和处理政府信息公开申请情况缺少“（三）8.属于行政查询事项”行，涉及该行的勾稽关系无法核对。');
    expect(found[1]!.message).toContain('缺少“其他”列');
  });

  it('reads the older missingRows/missingCols when the extractor gives no issues', () => {
    const found = findingsOf('t3-structure', { tableInfo: { t3: { missingCols: ['research'], issues: undefined } } });
    expect(found.map((f) => f.params)).toEqual([{ table: '@table.t3', col: '@col.research' }]);
  });

  it('asks for review of an extra column, a repeated row and an unknown row; warns about a label variant', () => {
    const found = findingsOf('t3-structure', { tableInfo: { t3: { issues: [
      { kind: 'extra-column', found: '自然人' },
      { kind: 'duplicate-row', row: 'granted' },
      { kind: 'unmatched-row', found: '（八）其他' },
      { kind: 'label-variant', row: 'withheld.lawProhibited', found: '2.其他法律法规禁止公开', expected: '2.其他法律行政法规禁止公开' },
      { kind: 'split-table' },
      { kind: 'text-in-cell', row: 'new', col: 'natural', found: '见附件' },
    ] } } });
    expect(found.map((f) => [f.messageKey, f.status, f.severity])).toEqual([
      ['structure.extraColumn', 'review', 'warning'],
      ['structure.duplicateRow', 'review', 'warning'],
      ['structure.unmatchedRow', 'review', 'warning'],
      ['structure.labelVariant', 'fail', 'warning'],
    ]);
    expect(found[3]!.message).toContain('写作“2.其他法律法规禁止公开”，规定的文字是“2.其他法律行政法规禁止公开”');
    expect(findingsOf('t3-structure', { tableInfo: { t3: { issues: [{ kind: 'extra-column', found: '' }] } } })[0]!.message).toContain('多出一列（“无文字”）');
  });

  it('says nothing about a table that was not found (tables-present does)', () => {
    expect(findingsOf('t3-structure', { noTables: ['t3'], tableInfo: { t3: { found: false, readable: false, missingRows: ['new'] } } })).toEqual([]);
  });
});
