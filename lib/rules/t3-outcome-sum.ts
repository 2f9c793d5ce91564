// FORMAT.md §4.1 T3-B: in every column, （七）总计 = the sum of the outcome rows （一）…（六）.
// Not printed on the form but implied by its label; T3-A alone misses it (Pingtan 2020).
import { T3_COL_KEYS } from '../model/keys';
import { checkIdentity, identityFinding, sum, totalAndParts } from './evidence/operands';
import { OUTCOME_GROUPS, groupOf } from './evidence/t3-groups';
import { t3Cell, t3View } from './evidence/t3-view';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

export const t3OutcomeSum: Rule = {
  meta: {
    id: 't3-outcome-sum',
    severity: 'error',
    tags: ['t3', 'arithmetic'],
    spec: '§4.1 T3-B',
    messages: ['t3-outcome-sum.fail', 't3-outcome-sum.review'],
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const t3 = t3View(report);
    if (!t3) return [];
    const out: RuleFinding[] = [];
    for (const col of T3_COL_KEYS) {
      const total = { cell: t3Cell('total', col), value: t3.get('total', col) };
      const leaves = t3.outcomeRows.map((row) => ({ row, cell: t3Cell(row, col), value: t3.get(row, col) }));
      const roles = totalAndParts(total.cell, leaves.map((l) => l.cell));
      const cells = [roles.total, ...roles.parts];
      const result = checkIdentity([total], leaves, t3.skipped, t3.misaligned);
      const finding = identityFinding('t3-outcome-sum', result, cells, { col: `@col.${col}` }, (c) => `@row.${c.row}`, ({ lhs, rhs }) => ({
        total: lhs, sum: rhs,
        ...Object.fromEntries(OUTCOME_GROUPS.map((g) => [g, sum(leaves.filter((l) => groupOf(l.row) === g).map((l) => l.value as number))])),
      }));
      if (finding) out.push(finding);
    }
    return out;
  },
};
