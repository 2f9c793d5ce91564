// FORMAT.md §4.4 N-13: 五、存在的主要问题及改进情况 names problems and the measures against them; from
// 2021 it is also expected to say how last year's problems were rectified (整改: from memory, a hint).
import { sectionExcerpt, sectionBody } from './evidence/sections';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

const PROBLEMS = /问题|不足|短板|薄弱|差距|欠缺/;
const MEASURES = /措施|改进|下一步|下步|将|计划|整改/;
const RECTIFIED = /整改/;

export const narrativeProblemsMeasures: Rule = {
  meta: {
    id: 'narrative-problems-measures',
    severity: 'warning',
    tags: ['narrative', 'sections'],
    spec: '§4.4 N-13',
    messages: ['narrative-problems-measures.problems', 'narrative-problems-measures.measures',
      'narrative-problems-measures.rectification', 'narrative-problems-measures.empty'],
    formats: NATIONAL_FORMATS,
  },
  check({ report, text }) {
    const five = sectionBody(text, 5);
    if (five.kind === 'absent') return [];
    if (five.kind === 'empty') return [{ status: 'review', messageKey: 'narrative-problems-measures.empty', cells: [], section: 5 }];
    const excerpt = sectionExcerpt(five.body);
    const out: RuleFinding[] = [];
    const finding = (messageKey: string, extra: Partial<RuleFinding> = {}): RuleFinding =>
      ({ status: 'fail', messageKey, cells: [], section: 5, ...excerpt, ...extra });
    if (!PROBLEMS.test(five.body)) out.push(finding('narrative-problems-measures.problems'));
    if (!MEASURES.test(five.body)) out.push(finding('narrative-problems-measures.measures'));
    const from2021 = report.format === '2021' || (report.year ?? 0) >= 2021;
    if (from2021 && !RECTIFIED.test(five.body)) out.push(finding('narrative-problems-measures.rectification', { severity: 'info' }));
    return out;
  },
};
