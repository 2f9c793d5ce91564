// FORMAT.md §4.7 S-2: tables 二, 三 and 四 are on the page as tables. A table seen but not readable
// (a picture, cells that cannot be told apart) blocks the numeric checks: a person must look.
import type { TableId } from '../model/keys';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

const SECTION_OF: Record<TableId, number> = { t2: 2, t3: 3, t4: 4 };

export const tablesPresent: Rule = {
  meta: {
    id: 'tables-present',
    severity: 'error',
    tags: ['structure', 'tables'],
    spec: '§4.7 S-2',
    messages: ['tables-present.missing', 'tables-present.unreadable'],
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const table of ['t2', 't3', 't4'] as const) {
      // Only what the extractor says it looked for counts as evidence of absence.
      const info = report.tableInfo?.[table];
      if (!info || report.tables[table]) continue;
      const section = SECTION_OF[table];
      if (!info.found) {
        out.push({ status: 'fail', messageKey: 'tables-present.missing', cells: [], section, params: { table: `@table.${table}` } });
      } else if (!info.readable) {
        out.push({ status: 'review', severity: 'warning', messageKey: 'tables-present.unreadable', cells: [], section, params: { table: `@table.${table}` } });
      }
    }
    return out;
  },
};
