// FORMAT.md §4.2 T4-B (presence): the 15 cells of table 四, as the extractor found them.
import { STRUCTURE_MESSAGES, structureFindings } from './evidence/structure';
import { NATIONAL_FORMATS, type Rule } from './types';

export const t4Structure: Rule = {
  meta: {
    id: 't4-structure',
    severity: 'error',
    tags: ['t4', 'structure'],
    spec: '§4.2 T4-B',
    messages: STRUCTURE_MESSAGES,
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    return structureFindings('t4', report.tableInfo?.t4, { row: (k) => `@t4.group.${k}`, col: (k) => `@t4.field.${k}` });
  },
};
