// FORMAT.md §4.3 T2-D: 行政事业性收费 is in 万元; a cell written in 元, or an amount beyond any
// agency's fees, was probably entered in 元.
import { t2View } from './evidence/t2-view';
import type { Rule, RuleFinding } from './types';

/** 10^6 万元 = 100 亿元: the spec's bound for an implausible amount. */
const IMPLAUSIBLE = 1_000_000;

export const t2FeeUnit: Rule = {
  meta: {
    id: 't2-fee-unit',
    severity: 'warning',
    tags: ['t2', 'plausibility'],
    spec: '§4.3 T2-D',
    messages: ['t2-fee-unit.yuan', 't2-fee-unit.magnitude'],
    formats: ['2021'],
  },
  check({ report }) {
    const amount = t2View(report)?.get('fees', 'amount');
    const raw = report.raw?.['t2:fees:amount'];
    const cells = [{ table: 't2' as const, row: 'fees', col: 'amount' }];
    const out: RuleFinding[] = [];
    if (raw !== undefined && /(?<![万亿])元/.test(raw)) {
      out.push({ status: 'fail', messageKey: 't2-fee-unit.yuan', cells, params: { raw } });
    } else if (typeof amount === 'number' && amount > IMPLAUSIBLE) {
      out.push({ status: 'fail', messageKey: 't2-fee-unit.magnitude', cells, params: { amount } });
    }
    return out;
  },
};
