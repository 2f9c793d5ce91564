// FORMAT.md §4.1 T3-E: when 一 + 二 is 0 in the 总计 column there was nothing to handle, so every
// cell of table 三 is 0. It follows from T3-A/T3-B but reads more clearly on its own. For table 四
// the spec asks the same, but a case may concern an earlier year's request: a person decides.
import { T3_COL_KEYS, T4_FIELDS, T4_GROUPS } from '../model/keys';
import type { CellAddr } from '../model/schema';
import { t3Cell, t3View } from './evidence/t3-view';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

export const t3NoRequests: Rule = {
  meta: {
    id: 't3-no-requests',
    severity: 'error',
    tags: ['t3', 't4', 'arithmetic'],
    spec: '§4.1 T3-E',
    messages: ['t3-no-requests.t3', 't3-no-requests.t4'],
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const t3 = t3View(report);
    if (!t3) return [];
    const n = t3.get('new', 'total');
    const ci = t3.get('carriedIn', 'total');
    if (n !== 0 || ci !== 0) return [];
    // The two zeros the finding rests on; the cells that should be 0 are what it is about.
    const basis = [t3Cell('new', 'total'), t3Cell('carriedIn', 'total')].map((c) => ({ ...c, role: 'operand' as const }));
    const out: RuleFinding[] = [];
    const t3Cells: CellAddr[] = [];
    for (const row of t3.rows) {
      for (const col of T3_COL_KEYS) {
        const v = t3.get(row, col);
        if (typeof v === 'number' && v !== 0) t3Cells.push(t3Cell(row, col));
      }
    }
    if (t3Cells.length > 0) {
      out.push({ status: 'fail', messageKey: 't3-no-requests.t3', cells: [...basis, ...t3Cells], params: { count: t3Cells.length } });
    }
    const t4 = report.tables.t4;
    const t4Cells: CellAddr[] = [];
    for (const g of T4_GROUPS) {
      for (const f of T4_FIELDS) {
        const v = t4?.[g.key]?.[f.key];
        if (typeof v === 'number' && v !== 0) t4Cells.push({ table: 't4', row: g.key, col: f.key });
      }
    }
    if (t4Cells.length > 0) {
      out.push({ status: 'review', severity: 'warning', messageKey: 't3-no-requests.t4', cells: [...basis, ...t4Cells], params: { count: t4Cells.length } });
    }
    return out;
  },
};
