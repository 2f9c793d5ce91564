// FORMAT.md §4.4 N-3: outcome counts in the text are the table's, in the 总计 column: 予以公开 =
// （一）, 部分公开 = （二）, "予以公开及部分公开" = （一）+（二）, 不予公开 = Σ（三）, 无法提供 = Σ（四）,
// 不予处理 = Σ（五）, 其他处理 = Σ（六）; a leaf named in the text ("本机关不掌握…1件") is its row.
import { compare, figureFindings } from './evidence/narrative';
import { sumIfComplete } from './evidence/operands';
import { groupOf } from './evidence/t3-groups';
import { t3Cell, t3View } from './evidence/t3-view';
import { NATIONAL_FORMATS, type Rule } from './types';

export const narrativeOutcomes: Rule = {
  meta: {
    id: 'narrative-outcomes',
    severity: 'warning',
    tags: ['narrative', 't3'],
    spec: '§4.4 N-3',
    messages: ['narrative-outcomes.fail'],
    formats: NATIONAL_FORMATS,
  },
  check(input) {
    const t3 = t3View(input.report);
    if (!t3) return [];
    return figureFindings(input, (f) => {
      const topic = f.topic;
      if (topic?.kind !== 'outcome') return null;
      const rows = 'leaf' in topic
        ? t3.outcomeRows.filter((r) => r === topic.leaf)
        : t3.outcomeRows.filter((r) => topic.groups.includes(groupOf(r)));
      if (rows.length === 0) return null; // a row of the other format
      const value = sumIfComplete(rows.map((r) => t3.get(r, 'total')));
      return compare(f, [{ value, cells: rows.map((r) => t3Cell(r, 'total')) }], 'narrative-outcomes.fail', { outcome: topic.label, table: value ?? '' });
    });
  },
};
