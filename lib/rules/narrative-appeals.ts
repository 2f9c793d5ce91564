// FORMAT.md §4.4 N-6: "行政复议 N件" is 行政复议 总计 of table 四; "行政诉讼 N件" is the 总计 of
// 未经复议直接起诉 plus that of 复议后起诉.
import { compare, figureFindings } from './evidence/narrative';
import { sumIfComplete } from './evidence/operands';
import { NATIONAL_FORMATS, type Rule } from './types';

const total = (row: string) => ({ table: 't4' as const, row, col: 'total' });

export const narrativeAppeals: Rule = {
  meta: {
    id: 'narrative-appeals',
    severity: 'warning',
    tags: ['narrative', 't4'],
    spec: '§4.4 N-6',
    messages: ['narrative-appeals.review', 'narrative-appeals.suits'],
    formats: NATIONAL_FORMATS,
  },
  check(input) {
    const t4 = input.report.tables.t4;
    if (!t4) return [];
    const reviews = t4.review?.total;
    const direct = t4.suitDirect?.total;
    const after = t4.suitAfterReview?.total;
    const suits = sumIfComplete([direct, after]);
    return figureFindings(input, (f) => f.topic?.kind === 'review'
      ? compare(f, [{ value: reviews, cells: [total('review')] }], 'narrative-appeals.review', { table: reviews ?? '' })
      : f.topic?.kind === 'suits'
        ? compare(f, [{ value: suits, cells: [total('suitDirect'), total('suitAfterReview')] }], 'narrative-appeals.suits',
          { table: suits ?? '', direct: direct ?? '', after: after ?? '' })
        : null);
  },
};
