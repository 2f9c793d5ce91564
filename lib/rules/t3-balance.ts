// FORMAT.md §4.1 T3-A, the identity printed in the table's corner:
// in every column, 一 + 二 = （七）总计 + 四.
import { T3_COL_KEYS } from '../model/keys';
import { checkIdentity, labelList } from './evidence/operands';
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
      const result = checkIdentity([n!, ci!], [total!, co!], t3.skipped);
      if (result.kind === 'blank') {
        out.push({ status: 'review', messageKey: 't3-balance.review', cells,
          params: { col: `@col.${col}`, blank: labelList('row.', result.blank.map((c) => c.row)) } });
      } else if (result.kind === 'broken') {
        out.push({ status: 'fail', messageKey: 't3-balance.fail', cells,
          params: { col: `@col.${col}`, new: n!.value!, carriedIn: ci!.value!, total: total!.value!, carriedOut: co!.value!,
            lhs: result.lhs, rhs: result.rhs, diff: result.diff } });
      }
    }
    return out;
  },
};
