// FORMAT.md §4.2 T4-C: more lawsuits after reconsideration than reconsiderations is only a hint:
// the suits can follow reconsiderations by another body or from an earlier year.
import { NATIONAL_FORMATS, type Rule } from './types';

export const t4SuitsAfterReview: Rule = {
  meta: {
    id: 't4-suits-after-review',
    severity: 'info',
    tags: ['t4', 'plausibility'],
    spec: '§4.2 T4-C',
    messages: ['t4-suits-after-review.fail'],
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    const suits = report.tables.t4?.suitAfterReview?.total;
    const reviews = report.tables.t4?.review?.total;
    if (typeof suits !== 'number' || typeof reviews !== 'number' || suits <= reviews) return [];
    return [{
      status: 'fail',
      messageKey: 't4-suits-after-review.fail',
      cells: [{ table: 't4', row: 'suitAfterReview', col: 'total' }, { table: 't4', row: 'review', col: 'total' }],
      params: { suits, reviews },
    }];
  },
};
