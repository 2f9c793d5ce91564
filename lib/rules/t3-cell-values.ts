// FORMAT.md §4.1 T3-D: every cell of table 三 is a non-negative integer; a blank is "应填0" (§2.6),
// and a wholly blank column, row or table is said once here (the identity rules skip it).
import { T3_COL_KEYS, type T3ColKey, type T3RowKey } from '../model/keys';
import { CELL_VALUE_MESSAGES, cellValueFindings } from './evidence/cell-values';
import { t3View } from './evidence/t3-view';
import { NATIONAL_FORMATS, type Rule } from './types';

export const t3CellValues: Rule = {
  meta: {
    id: 't3-cell-values',
    severity: 'error',
    tags: ['t3', 'values'],
    spec: '§4.1 T3-D',
    messages: CELL_VALUE_MESSAGES,
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const t3 = t3View(report);
    if (!t3) return [];
    const lines = t3.rows.filter((r) => t3.table[r] !== undefined).map((row) => ({ row, cols: T3_COL_KEYS }));
    return cellValueFindings({
      table: 't3',
      lines,
      get: (row, col) => t3.get(row as T3RowKey, col as T3ColKey),
      rowLabel: (row) => `@row.${row}`,
      colLabel: (col) => `@col.${col}`,
      groupBlanksBy: 'col',
    }, report, report.tableInfo?.t3);
  },
};
