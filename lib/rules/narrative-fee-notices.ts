// FORMAT.md §4.4 N-10: requests dropped for unpaid fees (（六）2 > 0) mean fee notices were sent,
// which section 六 should report (a hint).
import { sectionBody } from './evidence/sections';
import { t3Cell, t3View } from './evidence/t3-view';
import { NATIONAL_FORMATS, type Rule } from './types';

export const narrativeFeeNotices: Rule = {
  meta: {
    id: 'narrative-fee-notices',
    severity: 'info',
    tags: ['narrative', 't3'],
    spec: '§4.4 N-10',
    messages: ['narrative-fee-notices.fail'],
    formats: NATIONAL_FORMATS,
  },
  check({ report, text }) {
    const unpaid = t3View(report)?.get('otherHandling.unpaidFee', 'total');
    if (typeof unpaid !== 'number' || unpaid <= 0) return [];
    const six = sectionBody(text, 6);
    // Without text under 六 there is nothing to judge (sections-present and N-9 say why).
    if (six.kind !== 'text' || /收费通知|缴费通知/.test(six.body)) return [];
    return [{ status: 'fail', messageKey: 'narrative-fee-notices.fail', cells: [t3Cell('otherHandling.unpaidFee', 'total')], section: 6, params: { count: unpaid } }];
  },
};
