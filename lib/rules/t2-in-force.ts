// FORMAT.md §4.3 T2-C: documents made this year and not repealed should still be in force, so
// 现行有效件数 ≥ 本年制发件数 − 本年废止件数 (a hint: repeals can concern older documents).
import { t2View } from './evidence/t2-view';
import type { Rule, RuleFinding } from './types';

export const t2InForce: Rule = {
  meta: {
    id: 't2-in-force',
    severity: 'info',
    tags: ['t2', 'plausibility'],
    spec: '§4.3 T2-C',
    messages: ['t2-in-force.fail'],
    formats: ['2021'],
  },
  check({ report }) {
    const t2 = t2View(report);
    if (!t2) return [];
    const out: RuleFinding[] = [];
    for (const row of ['regulations', 'normativeDocs']) {
      const [issued, repealed, inForce] = ['issued', 'repealed', 'inForce'].map((col) => t2.get(row, col));
      if (typeof issued !== 'number' || typeof repealed !== 'number' || typeof inForce !== 'number') continue;
      if (inForce >= issued - repealed) continue;
      out.push({ status: 'fail', messageKey: 't2-in-force.fail',
        cells: ['issued', 'repealed', 'inForce'].map((col) => ({ table: 't2', row, col })),
        params: { row: `@t2.row.${row}`, issued, repealed, inForce, net: issued - repealed } });
    }
    return out;
  },
};
