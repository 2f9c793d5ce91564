// FORMAT.md §4.4 N-2: "办结 N件" is （七）总计 in the 总计 column.
import { compare, figureFindings } from './evidence/narrative';
import { t3Cell, t3View } from './evidence/t3-view';
import { NATIONAL_FORMATS, type Rule } from './types';

export const narrativeClosed: Rule = {
  meta: {
    id: 'narrative-closed',
    severity: 'warning',
    tags: ['narrative', 't3'],
    spec: '§4.4 N-2',
    messages: ['narrative-closed.fail'],
    formats: NATIONAL_FORMATS,
  },
  check(input) {
    const t3 = t3View(input.report);
    if (!t3) return [];
    const total = t3.get('total', 'total');
    return figureFindings(input, (f) => f.topic?.kind === 'closed'
      ? compare(f, [{ value: total, cells: [t3Cell('total', 'total')] }], 'narrative-closed.fail', { total: total ?? '' })
      : null);
  },
};
