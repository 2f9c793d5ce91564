// FORMAT.md §4.4 N-7: 规章 and 规范性文件 counts quoted in the text (制发 / 废止 / 现行有效; in the
// 2019 format 新制作 / 新公开 / 对外公开总数) are table 二's.
import { compare, figureFindings } from './evidence/narrative';
import { t2View } from './evidence/t2-view';
import { NATIONAL_FORMATS, type Rule } from './types';

export const narrativeDocuments: Rule = {
  meta: {
    id: 'narrative-documents',
    severity: 'warning',
    tags: ['narrative', 't2'],
    spec: '§4.4 N-7',
    messages: ['narrative-documents.fail'],
    formats: NATIONAL_FORMATS,
  },
  check(input) {
    const t2 = t2View(input.report);
    if (!t2) return [];
    return figureFindings(input, (f) => {
      const topic = f.topic;
      if (topic?.kind !== 'document') return null;
      const value = t2.get(topic.row, topic.col);
      return compare(f, [{ value, cells: [{ table: 't2', row: topic.row, col: topic.col }] }], 'narrative-documents.fail',
        { row: `@t2.row.${topic.row}`, col: `@t2.col.${topic.col}`, table: value ?? '' });
    });
  },
};
