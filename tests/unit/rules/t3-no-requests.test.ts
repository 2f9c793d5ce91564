import { describe, expect, it } from 'vitest';
import { T3_COL_KEYS, T4_FIELDS, T4_GROUPS } from '../../../lib/model/keys';
import { findingsOf } from '../../fixtures/rule-input';
import { sampleValues } from '../../fixtures/report-builder';

const zeros = (rows: string[], cols: readonly string[]) => Object.fromEntries(rows.map((r) => [r, Object.fromEntries(cols.map((c) => [c, 0]))]));
const t3Zero = zeros(Object.keys(sampleValues('2021').t3), T3_COL_KEYS);
const t4Zero = zeros(T4_GROUPS.map((g) => g.key), T4_FIELDS.map((f) => f.key));

describe('rule t3-no-requests (nothing received, nothing handled)', () => {
  it('passes when requests were received, and when everything is 0', () => {
    expect(findingsOf('t3-no-requests')).toEqual([]);
    expect(findingsOf('t3-no-requests', { t3: t3Zero, t4: t4Zero })).toEqual([]);
  });

  it('fails the non-zero cells of table 三 when 一 + 二 is 0', () => {
    const [f, ...rest] = findingsOf('t3-no-requests', { t3: { ...t3Zero, granted: { ...t3Zero.granted, natural: 1, total: 1 } }, t4: t4Zero });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'error' });
    expect(f!.cells).toEqual([
      { table: 't3', row: 'new', col: 'total', role: 'operand' }, { table: 't3', row: 'carriedIn', col: 'total', role: 'operand' },
      { table: 't3', row: 'granted', col: 'natural' }, { table: 't3', row: 'granted', col: 'total' },
    ]);
    expect(f!.message).toContain('表三有 2 个单元格不为 0');
  });

  it('asks for review of table 四 (a case can concern an earlier year)', () => {
    const [f] = findingsOf('t3-no-requests', { t3: t3Zero, t4: { ...t4Zero, review: { ...t4Zero.review, upheld: 1, total: 1 } } });
    expect(f).toMatchObject({ status: 'review', severity: 'warning', messageKey: 't3-no-requests.t4' });
    expect(f!.cells).toContainEqual({ table: 't4', row: 'review', col: 'upheld' });
  });
});
