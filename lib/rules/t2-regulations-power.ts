// FORMAT.md §4.3 T2-B: only 国务院部门 and the governments of provinces and 设区的市 make 规章
// (立法法), so a county or township body, or a city department, reports 0 in the 规章 row.
import type { CellAddr } from '../model/schema';
import { agencyKind, agencyLevel } from './evidence/agency';
import { t2View } from './evidence/t2-view';
import { type Rule } from './types';

const COLS = ['issued', 'repealed', 'inForce'] as const;

export const t2RegulationsPower: Rule = {
  meta: {
    id: 't2-regulations-power',
    severity: 'warning',
    tags: ['t2', 'plausibility'],
    spec: '§4.3 T2-B',
    messages: ['t2-regulations-power.fail'],
    formats: ['2021'],
  },
  check({ report }) {
    const t2 = t2View(report);
    if (!t2) return [];
    const level = agencyLevel(report.agency);
    const kind = agencyKind(report.agency);
    const noPower = level === 'county' || level === 'township' || (kind === 'department' && level === 'city');
    if (!noPower) return [];
    const cells: CellAddr[] = COLS.filter((c) => (t2.get('regulations', c) ?? 0) > 0).map((col) => ({ table: 't2', row: 'regulations', col }));
    if (cells.length === 0) return [];
    return [{ status: 'fail', messageKey: 't2-regulations-power.fail', cells,
      params: { agency: report.agency ?? '', level: `@agency.level.${level}`,
        issued: t2.get('regulations', 'issued') ?? '—', inForce: t2.get('regulations', 'inForce') ?? '—' } }];
  },
};
