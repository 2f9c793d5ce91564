// FORMAT.md §4.3 T2-E (2019 format): 本年新公开数量 ≤ 对外公开总数量, for 规章 and 规范性文件.
import { t2View } from './evidence/t2-view';
import type { Rule, RuleFinding } from './types';

export const t2PublishedTotal: Rule = {
  meta: {
    id: 't2-published-total',
    severity: 'warning',
    tags: ['t2', 'plausibility'],
    spec: '§4.3 T2-E',
    messages: ['t2-published-total.fail'],
    formats: ['2019'],
  },
  check({ report }) {
    const t2 = t2View(report);
    if (!t2) return [];
    const out: RuleFinding[] = [];
    for (const row of ['regulations', 'normativeDocs']) {
      const [published, total] = [t2.get(row, 'published'), t2.get(row, 'total')];
      if (typeof published !== 'number' || typeof total !== 'number' || published <= total) continue;
      out.push({ status: 'fail', messageKey: 't2-published-total.fail',
        cells: [{ table: 't2', row, col: 'published' }, { table: 't2', row, col: 'total' }],
        params: { row: `@t2.row.${row}`, published, total } });
    }
    return out;
  },
};
