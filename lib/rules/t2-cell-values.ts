// FORMAT.md §4.3 T2-A: the cells of table 二 are numbers; counts are integers ≥ 0, money may have
// decimals, and the 2019 本年增/减 column may be signed (T2-F); 0 rather than blank.
import { CELL_VALUE_MESSAGES, cellValueFindings } from './evidence/cell-values';
import { t2View } from './evidence/t2-view';
import { NATIONAL_FORMATS, type Rule } from './types';

export const t2CellValues: Rule = {
  meta: {
    id: 't2-cell-values',
    severity: 'error',
    tags: ['t2', 'values'],
    spec: '§4.3 T2-A',
    messages: CELL_VALUE_MESSAGES,
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const t2 = t2View(report);
    if (!t2) return [];
    return cellValueFindings({
      table: 't2',
      lines: t2.lines,
      get: t2.get,
      rowLabel: (row) => `@t2.row.${row}`,
      colLabel: (col) => `@t2.col.${col}`,
      allowNegative: (_row, col) => col === 'change',
      allowDecimal: (_row, col) => col === 'amount',
      groupBlanksBy: 'row',
    }, report, report.tableInfo?.t2);
  },
};
