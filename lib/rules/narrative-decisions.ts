// FORMAT.md §4.4 N-8: 行政许可 / 行政处罚 / 行政强制 decisions and the 行政事业性收费 amount quoted
// in the text are table 二's (money compared in 万元, to the cent). A count that does not say
// 决定 may count something else (cases, notices published): a mismatch is for review.
import { compare, figureFindings } from './evidence/narrative';
import { t2View } from './evidence/t2-view';
import { NATIONAL_FORMATS, type Rule } from './types';

const TO_WAN: Record<string, number> = { 元: 1 / 10_000, 万元: 1, 亿元: 10_000 };

export const narrativeDecisions: Rule = {
  meta: {
    id: 'narrative-decisions',
    severity: 'warning',
    tags: ['narrative', 't2'],
    spec: '§4.4 N-8',
    messages: ['narrative-decisions.decisions', 'narrative-decisions.fees'],
    formats: NATIONAL_FORMATS,
  },
  check(input) {
    const t2 = t2View(input.report);
    if (!t2) return [];
    return figureFindings(input, (f) => {
      const topic = f.topic;
      if (topic?.kind === 'decisions') {
        const value = t2.get(topic.row, 'decisions');
        return compare(f, [{ value, cells: [{ table: 't2', row: topic.row, col: 'decisions' }] }], 'narrative-decisions.decisions',
          { row: `@t2.row.${topic.row}`, table: value ?? '' }, { ambiguous: !topic.explicit });
      }
      if (topic?.kind !== 'fees' || t2.format !== '2021') return null;
      const value = t2.get('fees', 'amount');
      const finding = compare({ ...f, value: f.value * TO_WAN[f.unit]! }, [{ value, cells: [{ table: 't2', row: 'fees', col: 'amount' }] }],
        'narrative-decisions.fees', { table: value ?? '', unit: f.unit }, { tolerance: 0.01 });
      if (finding) finding.params!.found = f.value; // as written, in its own unit
      return finding;
    });
  },
};
