// FORMAT.md §4.5 Y-3 with the deadlines of §1.3: published in year N+1, by 31 January for a
// department and 31 March for a 县级以上 government (31 March for everyone before 2019, under the
// 2008 条例). Provinces set the date for townships and subdistricts; an unknown kind of body between
// the two dates is for a person to judge.
import { agencyKind, isAggregateReport } from './evidence/agency';
import { ALL_FORMATS, type Rule, type RuleFinding } from './types';

export const publicationDeadline: Rule = {
  meta: {
    id: 'publication-deadline',
    severity: 'warning',
    tags: ['year', 'deadline'],
    spec: '§4.5 Y-3',
    messages: ['publication-deadline.early', 'publication-deadline.late', 'publication-deadline.local', 'publication-deadline.unknown'],
    formats: ALL_FORMATS,
  },
  check({ report, text }) {
    const year = report.year;
    const published = report.published;
    if (year === null || !published) return [];
    const params = { published, year };
    if (published < `${year + 1}-01-01`) {
      return [{ status: 'fail', severity: 'error', messageKey: 'publication-deadline.early', cells: [], params }];
    }
    const jan31 = `${year + 1}-01-31`;
    const mar31 = `${year + 1}-03-31`;
    const kind = agencyKind(report.agency, isAggregateReport(text.preamble));
    const late = (deadline: string, basis: string): RuleFinding =>
      ({ status: 'fail', messageKey: 'publication-deadline.late', cells: [], params: { ...params, deadline, basis } });
    if (year <= 2018) return published > mar31 ? [late(mar31, '@deadline.basis.2008')] : [];
    if (kind === 'department') return published > jan31 ? [late(jan31, '@deadline.basis.department')] : [];
    if (kind === 'government') return published > mar31 ? [late(mar31, '@deadline.basis.government')] : [];
    if (published <= jan31) return [];
    // Past 31 March is late for any body; between the two dates it depends on what the body is.
    if (published > mar31) return [late(mar31, '@deadline.basis.latest')];
    if (kind === 'township' || kind === 'subdistrict') {
      return [{ status: 'review', messageKey: 'publication-deadline.local', cells: [], params: { ...params, deadline: jan31 } }];
    }
    return [{ status: 'review', messageKey: 'publication-deadline.unknown', cells: [], params: { ...params, agency: report.agency ?? '' } }];
  },
};
