// FORMAT.md §4.2 T4-A: in each group of table 四, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.
import { T4_GROUPS, type T4FieldKey } from '../model/keys';
import { checkIdentity, identityFinding, totalAndParts } from './evidence/operands';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

const PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

export const t4Balance: Rule = {
  meta: {
    id: 't4-balance',
    severity: 'error',
    tags: ['t4', 'arithmetic'],
    spec: '§4.2 T4-A',
    messages: ['t4-balance.fail', 't4-balance.review'],
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const t4 = report.tables.t4;
    if (!t4) return [];
    const out: RuleFinding[] = [];
    for (const { key: group } of T4_GROUPS) {
      const read = (field: T4FieldKey) => ({ cell: { table: 't4' as const, row: group, col: field }, value: t4[group]?.[field] });
      const total = read('total');
      const parts = PARTS.map(read);
      const roles = totalAndParts(total.cell, parts.map((p) => p.cell));
      const cells = [...roles.parts, roles.total];
      // A group left wholly blank is said once by t4-cell-values (checkIdentity skips it).
      const result = checkIdentity(parts, [total], () => false);
      const [upheld, corrected, other, pending] = parts.map((p) => p.value!);
      const finding = identityFinding('t4-balance', result, cells, { group: `@t4.group.${group}` }, (c) => `@t4.field.${c.col}`, ({ lhs, rhs }) =>
        ({ upheld: upheld!, corrected: corrected!, other: other!, pending: pending!, sum: lhs, total: rhs }));
      if (finding) out.push(finding);
    }
    return out;
  },
};
