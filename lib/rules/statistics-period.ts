// FORMAT.md §4.5 Y-2: the statistics period is exactly 1 January to 31 December of the report's year.
import { ALL_FORMATS, type Rule } from './types';

export const statisticsPeriod: Rule = {
  meta: {
    id: 'statistics-period',
    severity: 'error',
    tags: ['year'],
    spec: '§4.5 Y-2',
    messages: ['statistics-period.fail'],
    formats: ALL_FORMATS,
  },
  check({ report }) {
    const period = report.period;
    if (!period) return []; // the sentence is customary, not required (§2.1)
    const year = report.year ?? Number(period.from.slice(0, 4));
    if (period.from === `${year}-01-01` && period.to === `${year}-12-31`) return [];
    return [{ status: 'fail', messageKey: 'statistics-period.fail', cells: [], params: { from: period.from, to: period.to, year } }];
  },
};
