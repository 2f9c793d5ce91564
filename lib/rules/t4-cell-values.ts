// FORMAT.md §4.2 T4-B: the 15 cells of table 四 are non-negative integers, 0 rather than blank.
import { T4_FIELDS, T4_GROUPS, type T4FieldKey, type T4GroupKey } from '../model/keys';
import { CELL_VALUE_MESSAGES, cellValueFindings } from './evidence/cell-values';
import { NATIONAL_FORMATS, type Rule } from './types';

const FIELDS = T4_FIELDS.map((f) => f.key);

export const t4CellValues: Rule = {
  meta: {
    id: 't4-cell-values',
    severity: 'error',
    tags: ['t4', 'values'],
    spec: '§4.2 T4-B',
    messages: CELL_VALUE_MESSAGES,
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const t4 = report.tables.t4;
    if (!t4) return [];
    const lines = T4_GROUPS.filter((g) => t4[g.key] !== undefined).map((g) => ({ row: g.key, cols: FIELDS }));
    return cellValueFindings({
      table: 't4',
      lines,
      get: (row, col) => t4[row as T4GroupKey]?.[col as T4FieldKey],
      rowLabel: (row) => `@t4.group.${row}`,
      colLabel: (col) => `@t4.field.${col}`,
      groupBlanksBy: 'row',
    }, report, report.tableInfo?.t4);
  },
};
