// FORMAT.md §4.1 T3-C: in every row, 总计 = 自然人 + the five kinds of 法人或其他组织.
// A blank 总计 cell is "总计列未填" (a warning to review), not an arithmetic error.
import { checkIdentity, labelList, totalAndParts } from './evidence/operands';
import { T3_ORG_COLS, t3Cell, t3View } from './evidence/t3-view';
import type { CellAddr } from '../model/schema';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

export const t3RowSum: Rule = {
  meta: {
    id: 't3-row-sum',
    severity: 'error',
    tags: ['t3', 'arithmetic'],
    spec: '§4.1 T3-C',
    messages: ['t3-row-sum.fail', 't3-row-sum.totalBlank', 't3-row-sum.review'],
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const t3 = t3View(report);
    if (!t3) return [];
    const out: RuleFinding[] = [];
    // Rows that cannot be checked are reported together, one finding per cause, not one per row.
    const totalBlank: { row: string; cells: CellAddr[] }[] = [];
    const otherBlank: { row: string; cells: CellAddr[]; blank: CellAddr[] }[] = [];
    for (const row of t3.rows) {
      const total = { cell: t3Cell(row, 'total'), value: t3.get(row, 'total') };
      const parts = T3_ORG_COLS.map((col) => ({ cell: t3Cell(row, col), value: t3.get(row, col) }));
      const roles = totalAndParts(total.cell, parts.map((p) => p.cell));
      const cells = [roles.total, ...roles.parts];
      const result = checkIdentity([total], parts, t3.skipped, t3.misaligned);
      if (result.kind === 'blank') {
        if (result.blank.length === 1 && result.blank[0]!.col === 'total') totalBlank.push({ row, cells });
        else otherBlank.push({ row, cells, blank: result.blank });
      } else if (result.kind === 'broken') {
        out.push({ status: 'fail', messageKey: 't3-row-sum.fail', cells,
          params: { row: `@row.${row}`, total: result.lhs, sum: result.rhs, diff: result.diff,
            terms: parts.map((p) => p.value).join(' + ') } });
      }
    }
    if (totalBlank.length > 0) {
      out.push({ status: 'review', severity: 'warning', messageKey: 't3-row-sum.totalBlank',
        cells: totalBlank.flatMap((r) => r.cells),
        params: { count: totalBlank.length, rows: labelList('row.', totalBlank.map((r) => r.row)) } });
    }
    if (otherBlank.length > 0) {
      out.push({ status: 'review', messageKey: 't3-row-sum.review', cells: otherBlank.flatMap((r) => r.cells),
        params: { count: otherBlank.length, rows: labelList('row.', otherBlank.map((r) => r.row)),
          blank: otherBlank.flatMap((r) => r.blank).length } });
    }
    return out;
  },
};
