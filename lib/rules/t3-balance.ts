// FORMAT.md §4.1 T3-A, the identity printed in the table's corner:
// in every column, 一 + 二 = （七）总计 + 四.
import { T3_COL_KEYS } from '../model/keys';
import { checkIdentity, identityFinding } from './evidence/operands';
import { t3Cell, t3View } from './evidence/t3-view';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

export const t3Balance: Rule = {
  meta: {
    id: 't3-balance',
    severity: 'error',
    tags: ['t3', 'arithmetic'],
    spec: '§4.1 T3-A',
    messages: ['t3-balance.fail', 't3-balance.review'],
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const t3 = t3View(report);
    if (!t3) return [];
    const out: RuleFinding[] = [];
    for (const col of T3_COL_KEYS) {
      const [n, ci, total, co] = (['new', 'carriedIn', 'total', 'carriedOut'] as const).map((row) => ({ cell: t3Cell(row, col), value: t3.get(row, col) }));
      const cells = [n!.cell, ci!.cell, total!.cell, co!.cell];
      // A column or row absent from the table, or left wholly blank, is reported once by the
      // structure and cell rules rather than here for every identity.
      const result = checkIdentity([n!, ci!], [total!, co!], t3.skipped, t3.misaligned);
      const finding = identityFinding('t3-balance', result, cells, { col: `@col.${col}` }, (c) => `@row.${c.row}`, ({ lhs, rhs }) =>
        ({ new: n!.value!, carriedIn: ci!.value!, total: total!.value!, carriedOut: co!.value!, lhs, rhs }));
      if (finding) out.push(finding);
    }
    return out;
  },
};
