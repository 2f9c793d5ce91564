// FORMAT.md §4.1 T3-A, the identity printed in the table's corner:
// in every column, 一 + 二 = （七）总计 + 四.
import { T3_COL_KEYS, type T3RowKey } from '../model/keys';
import type { CellAddr } from '../model/schema';
import type { Rule, RuleFinding } from './types';

const OPERANDS = ['new', 'carriedIn', 'total', 'carriedOut'] as const satisfies readonly T3RowKey[];

export const t3Balance: Rule = {
  meta: {
    id: 't3-balance',
    severity: 'error',
    tags: ['t3', 'arithmetic'],
    spec: '§4.1 T3-A',
    messages: ['t3-balance.title', 't3-balance.fail', 't3-balance.review'],
  },
  check({ report }) {
    const t3 = report.tables.t3;
    if (!t3) return [];
    const out: RuleFinding[] = [];
    for (const col of T3_COL_KEYS) {
      const cells: CellAddr[] = OPERANDS.map((row) => ({ table: 't3', row, col }));
      const values = OPERANDS.map((row) => t3[row]?.[col]);
      // A column absent from the table, or a column left wholly blank, is the structure
      // rules' finding, reported once there rather than here for every identity.
      if (values.every((v) => v === undefined || v === null)) continue;
      const blank = OPERANDS.filter((_, i) => values[i] === undefined || values[i] === null);
      if (blank.length > 0) {
        out.push({
          status: 'review',
          messageKey: 't3-balance.review',
          params: { col: `@col.${col}`, blank: blank.map((r) => `@row.${r}`).join(',') },
          cells,
        });
        continue;
      }
      const [n, ci, total, co] = values as number[];
      const lhs = n! + ci!;
      const rhs = total! + co!;
      if (lhs !== rhs) {
        out.push({
          status: 'fail',
          messageKey: 't3-balance.fail',
          params: { col: `@col.${col}`, new: n!, carriedIn: ci!, total: total!, carriedOut: co!, lhs, rhs, diff: Math.abs(lhs - rhs) },
          cells,
        });
      }
    }
    return out;
  },
};
