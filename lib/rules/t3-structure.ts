// FORMAT.md §4.1 T3-F (presence): rows and columns of table 三 in order, and their labels, as the extractor found them.
import { STRUCTURE_MESSAGES, structureFindings } from './evidence/structure';
import { NATIONAL_FORMATS, type Rule } from './types';

export const t3Structure: Rule = {
  meta: {
    id: 't3-structure',
    severity: 'error',
    tags: ['t3', 'structure'],
    spec: '§4.1 T3-F',
    messages: STRUCTURE_MESSAGES,
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    return structureFindings('t3', report.tableInfo?.t3, { row: (k) => `@row.${k}`, col: (k) => `@col.${k}` });
  },
};
