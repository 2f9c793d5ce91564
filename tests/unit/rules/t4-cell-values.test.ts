import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../fixtures/rule-input';

describe('rule t4-cell-values (15 non-negative integers)', () => {
  it('passes a consistent table 四', () => {
    expect(findingsOf('t4-cell-values')).toEqual([]);
  });

  it('fails a negative and a decimal cell, naming them', () => {
    const found = findingsOf('t4-cell-values', { t4: { review: { upheld: -1 }, suitDirect: { other: 0.5 } } });
    expect(found.map((f) => [f.messageKey, f.cells])).toEqual([
      ['cell-values.negative', [{ table: 't4', row: 'review', col: 'upheld' }]],
      ['cell-values.decimal', [{ table: 't4', row: 'suitDirect', col: 'other' }]],
    ]);
  });

  it('groups blanks by group: a wholly blank group once, scattered blanks listed', () => {
    const blank = { upheld: null, corrected: null, other: null, pending: null, total: null };
    const found = findingsOf('t4-cell-values', { t4: { suitAfterReview: blank, review: { pending: null } } }, 'en');
    expect(found.map((f) => [f.messageKey, f.cells.length])).toEqual([['cell-values.blankRow', 5], ['cell-values.blankCells', 1]]);
    expect(found[1]!.message).toBe('Table 4: reconsideration and litigation, “Administrative reconsideration”: 1 cell is blank: Pending. Write 0 where there is nothing; a blank is not read as 0.');
  });
});
