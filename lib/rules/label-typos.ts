// FORMAT.md §4.7 S-4 (text errors in fixed labels): a section heading whose fixed term is
// written with a character added, dropped or changed, such as "行政法复议" for 行政复议 (§2.2).
import { headingTypos } from './evidence/headings';
import { NATIONAL_FORMATS, type Rule } from './types';

export const labelTypos: Rule = {
  meta: {
    id: 'label-typos',
    severity: 'warning',
    tags: ['structure', 'text'],
    spec: '§4.7 S-4',
    messages: ['label-typos.heading'],
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    return report.sections.flatMap((s) => headingTypos(s.number, s.heading).map((typo) => ({
      status: 'fail' as const,
      messageKey: 'label-typos.heading',
      cells: [],
      section: s.number,
      // Quote the miswritten words themselves when the heading has them as written, so the page
      // highlights 行政法复议 rather than the whole heading.
      text: s.heading.includes(typo.found) ? typo.found : s.heading,
      params: { heading: s.heading, found: typo.found, expected: typo.expected },
    })));
  },
};
