import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule t2-cell-values (numbers of the right kind)', () => {
  it('passes both formats, with a decimal fee amount and a signed 本年增/减', () => {
    expect(findingsOf('t2-cell-values')).toEqual([]);
    expect(findingsOf('t2-cell-values', { format: '2019' })).toEqual([]);
  });

  it('fails a decimal count, a negative count and text, naming the cell', () => {
    const found = findingsOf('t2-cell-values', {
      t2: { licensing: { decisions: 3.5 }, normativeDocs: { repealed: -2 }, punishment: { decisions: null } },
      raw: { 't2:punishment:decisions': '详见附件' },
    });
    expect(found.map((f) => [f.messageKey, f.cells[0]])).toEqual([
      ['cell-values.negative', { table: 't2', row: 'normativeDocs', col: 'repealed' }],
      ['cell-values.decimal', { table: 't2', row: 'licensing', col: 'decisions' }],
      ['cell-values.text', { table: 't2', row: 'punishment', col: 'decisions' }],
    ]);
  });

  it('warns once about a blank row', () => {
    const found = findingsOf('t2-cell-values', { t2: { normativeDocs: { issued: null, repealed: null, inForce: null } } });
    expect(found.map((f) => [f.messageKey, f.severity, f.cells.length])).toEqual([['cell-values.blankRow', 'warning', 3]]);
    expect(found[0]!.message).toContain('“行政规范性文件”整行未填写');
  });
});
