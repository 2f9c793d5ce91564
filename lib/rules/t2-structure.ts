// FORMAT.md §4.3 T2-A (presence): the rows and columns of table 二, as the extractor found them.
import { STRUCTURE_MESSAGES, structureFindings } from './evidence/structure';
import { NATIONAL_FORMATS, type Rule } from './types';

export const t2Structure: Rule = {
  meta: {
    id: 't2-structure',
    severity: 'error',
    tags: ['t2', 'structure'],
    spec: '§4.3 T2-A',
    messages: STRUCTURE_MESSAGES,
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    return structureFindings('t2', report.tableInfo?.t2, { row: (k) => `@t2.row.${k}`, col: (k) => `@t2.col.${k}` });
  },
};
