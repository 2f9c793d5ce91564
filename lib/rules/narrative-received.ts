// FORMAT.md §4.4 N-1: "收到/受理/新收…申请 N件" is 一、本年新收 (总计) or 一 + 二 (新收 + 上年结转):
// either is accepted. "办理申请 N件" could also mean the requests closed: only a person can tell.
import { compare, figureFindings } from './evidence/narrative';
import { sumIfComplete } from './evidence/operands';
import { t3Cell, t3View } from './evidence/t3-view';
import { NATIONAL_FORMATS, type Rule } from './types';

export const narrativeReceived: Rule = {
  meta: {
    id: 'narrative-received',
    severity: 'warning',
    tags: ['narrative', 't3'],
    spec: '§4.4 N-1',
    messages: ['narrative-received.fail', 'narrative-received.handled'],
    formats: NATIONAL_FORMATS,
  },
  check(input) {
    const t3 = t3View(input.report);
    if (!t3) return [];
    const n = t3.get('new', 'total');
    const ci = t3.get('carriedIn', 'total');
    const closed = t3.get('total', 'total');
    const fresh = { value: n, cells: [t3Cell('new', 'total')] };
    const withCarried = { value: sumIfComplete([n, ci]), cells: [t3Cell('new', 'total'), t3Cell('carriedIn', 'total')] };
    const params = { new: n ?? '', withCarried: withCarried.value ?? '', closed: closed ?? '' };
    return figureFindings(input, (f) => f.topic?.kind === 'received'
      ? compare(f, [fresh, withCarried], 'narrative-received.fail', params)
      : f.topic?.kind === 'handled'
        ? compare(f, [fresh, withCarried, { value: closed, cells: [t3Cell('total', 'total')] }], 'narrative-received.handled', params, { ambiguous: true })
        : null);
  },
};
