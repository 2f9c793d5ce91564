import { describe, expect, it } from 'vitest';
import { T3_COL_KEYS } from '../../../lib/model/keys';
import { findingsOf } from '../../fixtures/rule-input';
import { sampleValues } from '../../fixtures/report-builder';

const rows = Object.keys(sampleValues('2021').t3);
const cell = (row: string, col: string) => ({ table: 't3', row, col });

describe('rule t3-cell-values (non-negative integers, 0 not blank)', () => {
  it('passes a consistent report', () => {
    expect(findingsOf('t3-cell-values')).toEqual([]);
  });

  it('fails text, negative and decimal cells, one finding each, naming the cell', () => {
    const found = findingsOf('t3-cell-values', {
      t3: { granted: { natural: null, commercial: -1 }, partlyGranted: { research: 2.5 } },
      raw: { 't3:granted:natural': '见附件' },
    });
    expect(found.map((f) => [f.messageKey, f.status, f.severity, f.cells])).toEqual([
      ['cell-values.negative', 'fail', 'error', [cell('granted', 'commercial')]],
      ['cell-values.decimal', 'fail', 'error', [cell('partlyGranted', 'research')]],
      ['cell-values.text', 'fail', 'error', [cell('granted', 'natural')]],
    ]);
    expect(found[2]!.message).toBe('表三 收到和处理政府信息公开申请情况“（一）予以公开”的“自然人”填写了“见附件”，应填数字。');
  });

  it('warns about scattered blanks and placeholders ("—") once per column, naming each cell', () => {
    const found = findingsOf('t3-cell-values', { t3: { granted: { natural: null }, carriedOut: { natural: null } }, raw: { 't3:carriedOut:natural': '—' } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageKey: 'cell-values.blankCells', status: 'fail', severity: 'warning', cells: [cell('granted', 'natural'), cell('carriedOut', 'natural')] });
    expect(found[0]!.message).toContain('“自然人”有 2 个单元格未填写：（一）予以公开、四、结转下年度');
  });

  it('says a wholly blank column, row or table once', () => {
    const column = findingsOf('t3-cell-values', { t3: Object.fromEntries(rows.map((r) => [r, { research: null }])) });
    expect(column.map((f) => [f.messageKey, f.cells.length])).toEqual([['cell-values.blankColumn', rows.length]]);
    const row = findingsOf('t3-cell-values', { t3: { carriedIn: Object.fromEntries(T3_COL_KEYS.map((c) => [c, null])) } });
    expect(row.map((f) => [f.messageKey, f.cells.length])).toEqual([['cell-values.blankRow', 7]]);
    const table = findingsOf('t3-cell-values', { t3: Object.fromEntries(rows.map((r) => [r, Object.fromEntries(T3_COL_KEYS.map((c) => [c, null]))])) });
    expect(table.map((f) => [f.messageKey, f.cells.length])).toEqual([['cell-values.blankTable', rows.length * 7]]);
  });
});
