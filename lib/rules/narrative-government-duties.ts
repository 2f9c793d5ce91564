// FORMAT.md §4.4 N-11 (条例第五十条(四)): a government's report (not a department's) covers 工作考核,
// 社会评议 and 责任追究 in 总体情况.
import { agencyKind, isAggregateReport } from './evidence/agency';
import { labelList } from './evidence/operands';
import { sectionExcerpt, sectionBody } from './evidence/sections';
import { NATIONAL_FORMATS, type Rule } from './types';

const DUTIES = [
  { key: 'assessment', re: /考核/ },
  { key: 'publicReview', re: /评议/ },
  { key: 'accountability', re: /责任追究|追究责任|追责|问责/ },
] as const;

export const narrativeGovernmentDuties: Rule = {
  meta: {
    id: 'narrative-government-duties',
    severity: 'warning',
    tags: ['narrative', 'sections'],
    spec: '§4.4 N-11',
    messages: ['narrative-government-duties.fail'],
    formats: NATIONAL_FORMATS,
  },
  check({ report, text }) {
    const kind = agencyKind(report.agency, isAggregateReport(text.preamble));
    if (kind !== 'government' && kind !== 'township') return [];
    const one = sectionBody(text, 1);
    if (one.kind !== 'text') return []; // absent: S-1; empty: N-12 asks for review
    const missing = DUTIES.filter((d) => !d.re.test(one.body)).map((d) => d.key);
    if (missing.length === 0) return [];
    return [{ status: 'fail', messageKey: 'narrative-government-duties.fail', cells: [], section: 1, ...sectionExcerpt(one.body),
      params: { missing: labelList('duty.', missing) } }];
  },
};
