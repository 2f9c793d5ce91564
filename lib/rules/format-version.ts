// FORMAT.md §4.5 Y-4 with §3.4: the template follows the year (60号 for 2019–2020, 30号 from 2021),
// and so does the notice the report cites. Reports for 2018 and earlier had no national table
// format: the table rules do not apply to them, which is said here once.
import { ALL_FORMATS, type Rule, type RuleFinding } from './types';

export const formatVersion: Rule = {
  meta: {
    id: 'format-version',
    severity: 'error',
    tags: ['year', 'format'],
    spec: '§4.5 Y-4',
    messages: ['format-version.oldTemplate', 'format-version.newTemplate', 'format-version.notice', 'format-version.legacy'],
    formats: ALL_FORMATS,
  },
  check({ report }) {
    const { year, format, notice } = report;
    if (format === 'legacy') return [{ status: 'review', severity: 'info', messageKey: 'format-version.legacy', cells: [], params: { year: year ?? '' } }];
    if (year === null) return [];
    const out: RuleFinding[] = [];
    if (year >= 2021 && format === '2019') {
      out.push({ status: 'fail', messageKey: 'format-version.oldTemplate', cells: [], params: { year } });
    } else if ((year === 2019 || year === 2020) && format === '2021') {
      // Republished or edited after the 2021 format came out: a hint to check the date.
      out.push({ status: 'fail', severity: 'info', messageKey: 'format-version.newTemplate', cells: [], params: { year } });
    }
    const expected = year >= 2021 ? '30号' : year >= 2019 ? '60号' : null;
    if (notice && expected && notice !== expected) {
      out.push({ status: 'fail', severity: 'warning', messageKey: 'format-version.notice', cells: [], params: { year, notice, expected } });
    }
    return out;
  },
};
