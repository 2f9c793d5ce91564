// FORMAT.md §4.4 N-5: the applicants the text lists ("涉及自然人72件、商业企业3件") are the columns
// of 一、本年新收, or of 一 + 二 when the text counts the carried-in requests too (Pingtan 2022).
import { compare, figureFindings } from './evidence/narrative';
import { sumIfComplete } from './evidence/operands';
import { t3Cell, t3View } from './evidence/t3-view';
import { NATIONAL_FORMATS, type Rule } from './types';

export const narrativeApplicants: Rule = {
  meta: {
    id: 'narrative-applicants',
    severity: 'warning',
    tags: ['narrative', 't3'],
    spec: '§4.4 N-5',
    messages: ['narrative-applicants.fail'],
    formats: NATIONAL_FORMATS,
  },
  check(input) {
    const t3 = t3View(input.report);
    if (!t3) return [];
    return figureFindings(input, (f) => {
      const topic = f.topic;
      if (topic?.kind !== 'applicant') return null;
      const n = sumIfComplete(topic.cols.map((c) => t3.get('new', c)));
      const ci = sumIfComplete(topic.cols.map((c) => t3.get('carriedIn', c)));
      const withCarried = sumIfComplete([n, ci]);
      return compare(f, [
        { value: n, cells: topic.cols.map((c) => t3Cell('new', c)) },
        { value: withCarried, cells: topic.cols.flatMap((c) => [t3Cell('new', c), t3Cell('carriedIn', c)]) },
      ], 'narrative-applicants.fail', { applicant: topic.label, new: n ?? '', withCarried: withCarried ?? '' });
    });
  },
};
