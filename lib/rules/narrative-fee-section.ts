// FORMAT.md §4.4 N-9: from 2021, 六、其他需要报告的事项 reports the 信息处理费 charged (国办函〔2020〕
// 109号); "未收取…费用" in the context of requests says the same.
import { sectionExcerpt, sectionBody } from './evidence/sections';
import { type Rule } from './types';

const FEES = /信息处理费|处理费|收取.{0,20}费|收费|费用/;

export const narrativeFeeSection: Rule = {
  meta: {
    id: 'narrative-fee-section',
    severity: 'warning',
    tags: ['narrative', 'sections'],
    spec: '§4.4 N-9',
    messages: ['narrative-fee-section.fail', 'narrative-fee-section.empty'],
    formats: ['2021', 'unknown'],
  },
  check({ report, text }) {
    if (report.format === 'unknown' && (report.year === null || report.year < 2021)) return [];
    const six = sectionBody(text, 6);
    if (six.kind === 'empty') return [{ status: 'review', messageKey: 'narrative-fee-section.empty', cells: [], section: 6 }];
    if (six.kind !== 'text' || FEES.test(six.body)) return [];
    return [{ status: 'fail', messageKey: 'narrative-fee-section.fail', cells: [], section: 6, ...sectionExcerpt(six.body) }];
  },
};
