// FORMAT.md §4.7 S-1: the six sections are there, in order, under their official headings
// (§2.2). A heading with a text error is label-typos' finding, not a wording variant.
import { headingWording } from './evidence/headings';
import { NATIONAL_FORMATS, type Rule, type RuleFinding } from './types';

export const sectionsPresent: Rule = {
  meta: {
    id: 'sections-present',
    severity: 'error',
    tags: ['structure', 'sections'],
    spec: '§4.7 S-1',
    messages: ['sections-present.none', 'sections-present.missing', 'sections-present.order',
      'sections-present.variant', 'sections-present.accepted'],
    formats: NATIONAL_FORMATS,
  },
  check({ report }) {
    if (report.sections.length === 0) {
      // Not one heading: more likely a page laid out in a way the reader does not follow.
      return [{ status: 'review', messageKey: 'sections-present.none', cells: [] }];
    }
    const out: RuleFinding[] = report.missing.map((n) => ({
      status: 'fail', messageKey: 'sections-present.missing', cells: [], section: n, params: { section: `@section.${n}` },
    }));
    report.sections.forEach((s, i) => {
      const before = report.sections[i - 1];
      if (before && before.number >= s.number) {
        out.push({ status: 'fail', messageKey: 'sections-present.order', cells: [], section: s.number,
          params: { section: `@section.${s.number}`, after: `@section.${before.number}` } });
      }
      const wording = headingWording(s.number, s.heading);
      if (wording === 'variant' || wording === 'accepted') {
        out.push({ status: 'fail', severity: wording === 'variant' ? 'warning' : 'info', cells: [], section: s.number, text: s.heading,
          messageKey: `sections-present.${wording}`, params: { found: s.heading, expected: `@section.${s.number}` } });
      }
    });
    return out;
  },
};
